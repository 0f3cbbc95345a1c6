import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemStep } from '../../../api/playlist-items';
import type { TrackRow } from '../../../domain/track-row';
import { applyMove } from '../tools/arrange';
import { planRestore } from './restore-plan';

const NOW = '2026-12-05T12:00:00Z';
const context = { now: NOW, userId: 'me' };

/** A song ("a".."f") or a local file ("x", "y"), added on `day`. */
function row(name: string, day: number): TrackRow {
  const local = name === 'x' || name === 'y';
  return {
    position: 0,
    kind: local ? 'local' : 'track',
    uri: local ? `spotify:local:a:b:${name}:100` : `spotify:track:${name.padEnd(22, '0')}`,
    title: name,
    byline: '',
    album: '',
    durationMs: 1000,
    addedAt: `2025-01-${String(day).padStart(2, '0')}T00:00:00Z`,
    addedBy: 'someone',
    spotifyUrl: null,
    imageUrl: null,
  };
}

/** What Spotify does with each request (remove = every copy; local files are never sent). */
function replay(rows: TrackRow[], steps: ItemStep[]): TrackRow[] {
  let current = rows;
  for (const step of steps) {
    if (step.kind === 'remove') {
      expect(step.uris.length).toBeLessThanOrEqual(100);
      expect(step.uris.some((uri) => uri.startsWith('spotify:local:'))).toBe(false);
      current = current.filter((r) => !step.uris.includes(r.uri!));
    } else if (step.kind === 'add') {
      expect(step.uris.length).toBeLessThanOrEqual(100);
      expect(step.uris.some((uri) => uri.startsWith('spotify:local:'))).toBe(false);
      const at = step.position ?? current.length;
      expect(at).toBeLessThanOrEqual(current.length);
      const added = step.uris.map((uri) => ({ ...row('a', 1), uri, addedAt: NOW }));
      current = [...current.slice(0, at), ...added, ...current.slice(at)];
    } else current = applyMove(current, step);
  }
  return current;
}

const identity = (r: TrackRow) => `${r.uri} ${r.addedAt}`;
const uris = (rows: TrackRow[]) => rows.map((r) => r.uri);

const version = fc
  .array(
    fc.tuple(
      fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'x', 'y'),
      fc.integer({ min: 1, max: 9 }),
    ),
    {
      maxLength: 14,
    },
  )
  .map((pairs) => pairs.map(([name, day]) => row(name, day)));

describe('planRestore', () => {
  it('turns any version into any other: the version, less local files no longer there, then the local files it lacks', () => {
    fc.assert(
      fc.property(version, version, (current, target) => {
        const plan = planRestore(current, target, context);
        const after = replay(current, plan.steps);
        expect(uris(after)).toEqual(uris(plan.result));
        const restored = target.filter((r) => !plan.unrestorable.includes(r));
        expect(uris(after.slice(0, restored.length))).toEqual(uris(restored));
        // Only local files the version lacks stay behind it.
        expect(after.slice(restored.length).every((r) => r.kind === 'local')).toBe(true);
        // Unrestorable: local files, and only those missing from the playlist.
        for (const lost of plan.unrestorable) expect(lost.kind).toBe('local');
        // A song that was never removed keeps its date added.
        const removed = new Set(plan.steps.flatMap((s) => (s.kind === 'remove' ? s.uris : [])));
        const before = new Set(current.map(identity));
        for (const r of after)
          if (!removed.has(r.uri!) && r.addedAt !== NOW) expect(before.has(identity(r))).toBe(true);
        // Only what is missing is added: all copies of a removed URI, the lacking ones of others.
        const count = (rows: TrackRow[], uri: string | null) =>
          rows.filter((r) => r.uri === uri).length;
        for (const uri of new Set(restored.map((r) => r.uri))) {
          const added = after.filter((r) => r.uri === uri && r.addedAt === NOW).length;
          const lacking = removed.has(uri!)
            ? count(restored, uri)
            : Math.max(0, count(restored, uri) - count(current, uri));
          expect(added).toBe(lacking);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('sends nothing for the version the playlist already is', () => {
    fc.assert(
      fc.property(version, (current) => {
        expect(planRestore(current, current, context).steps).toEqual([]);
      }),
    );
  });

  it('uses one request per kind of change for two removed songs and one moved', () => {
    const first = [...'abcdef'].map((name, i) => row(name, i + 1));
    // Elsewhere: "b" and "d" removed, "f" moved to the front.
    const now = [first[5]!, first[0]!, first[2]!, first[4]!];
    const plan = planRestore(now, first, context);
    expect(plan.steps.map((s) => s.kind)).toEqual(['reorder', 'add', 'add']);
    const after = replay(now, plan.steps);
    expect(uris(after)).toEqual(uris(first));
    // The songs that stayed keep their dates; the two put back are added now.
    expect(after.map((r) => r.addedAt)).toEqual([
      first[0]!.addedAt,
      NOW,
      first[2]!.addedAt,
      NOW,
      first[4]!.addedAt,
      first[5]!.addedAt,
    ]);
  });

  it('adds a long run in requests of 100, each at its place', () => {
    const songs = Array.from({ length: 250 }, (_, i) => ({
      ...row('a', 1),
      uri: `spotify:track:${String(i).padStart(22, '0')}`,
    }));
    const plan = planRestore(songs.slice(0, 10), songs, context);
    expect(plan.steps.map((s) => (s.kind === 'add' ? s.position : s.kind))).toEqual([10, 110, 210]);
    expect(uris(replay(songs.slice(0, 10), plan.steps))).toEqual(uris(songs));
  });
});
