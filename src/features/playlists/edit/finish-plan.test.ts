import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrackRow } from '../../../domain/track-row';
import { finishState, journalFor } from './finish-plan';
import type { ItemStep } from '../../../api/playlist-items';
import { planChange, rowKeys, type PlanContext } from './item-changes';

const context: PlanContext = { now: '2026-12-03T10:00:00Z', userId: 'me' };

const row = (name: string, position = 0): TrackRow => ({
  position,
  kind: name.startsWith('local') ? 'local' : 'track',
  uri: name.startsWith('local')
    ? `spotify:local:a:b:${name}:100`
    : `spotify:track:${name.padEnd(22, '0')}`,
  title: name,
  byline: '',
  album: '',
  durationMs: 1000,
  addedAt: `2020-01-0${(position % 9) + 1}T00:00:00Z`,
  addedBy: 'someone',
  spotifyUrl: null,
  imageUrl: null,
});

/** What Spotify does with one request (every copy of a removed URI goes). */
function apply(rows: TrackRow[], step: ItemStep, byUri: Map<string, TrackRow>): TrackRow[] {
  if (step.kind === 'remove') return rows.filter((r) => !step.uris.includes(r.uri!));
  if (step.kind === 'add') {
    const at = step.position ?? rows.length;
    const added = step.uris.map((uri) => ({ ...byUri.get(uri)!, addedAt: context.now }));
    return [...rows.slice(0, at), ...added, ...rows.slice(at)];
  }
  const moving = rows.slice(step.range_start, step.range_start + step.range_length);
  const rest = [
    ...rows.slice(0, step.range_start),
    ...rows.slice(step.range_start + step.range_length),
  ];
  const at =
    step.insert_before > step.range_start
      ? step.insert_before - step.range_length
      : step.insert_before;
  return [...rest.slice(0, at), ...moving, ...rest.slice(at)];
}

const uris = (rows: TrackRow[]) => rows.map((r) => r.uri);

function interrupted(names: string[], selected: number[], made: number) {
  const rows = names.map(row);
  const keys = rowKeys(rows);
  const change = { kind: 'remove' as const, keys: selected.map((i) => keys[i]!) };
  const plan = planChange(rows, change, context);
  const entry = journalFor(plan, {
    id: 'e',
    backend: 'demo',
    playlistId: 'p',
    message: 'Removed.',
    change,
    before: rows,
    startedAt: context.now,
  });
  const byUri = new Map(rows.map((r) => [r.uri!, r]));
  const now = plan.steps.slice(0, made).reduce((list, step) => apply(list, step, byUri), rows);
  return { rows, plan, entry, now, byUri };
}

describe('finishing an interrupted removal', () => {
  it('puts back exactly the kept copies a reload left out, in their places', () => {
    // Duplicates Galore: keep the first copy of a, b and c; the put-back failed.
    const names = ['a', 'b', 'c', 'a', 'd', 'b', 'e', 'a', 'f', 'c'];
    const { plan, entry, now } = interrupted(names, [3, 5, 7, 9], 1);
    expect(uris(now)).toEqual(['d', 'e', 'f'].map((n) => `spotify:track:${n.padEnd(22, '0')}`));
    const state = finishState(now, entry!, context);
    expect(state.kind).toBe('missing');
    if (state.kind !== 'missing') return;
    expect(state.exact).toBe(true);
    expect(uris(planChange(now, state.change, context).result)).toEqual(uris(plan.result));
  });

  it('says "not made" before the removal and "done" after the last request', () => {
    const names = ['a', 'b', 'a'];
    const { plan, entry } = interrupted(names, [2], 0);
    expect(finishState(names.map(row), entry!, context)).toEqual({ kind: 'not-made' });
    expect(finishState(plan.result, entry!, context)).toEqual({ kind: 'done' });
  });

  it('journals only a change that puts copies back', () => {
    expect(interrupted(['a', 'b'], [0], 0).entry).toBeNull();
    expect(interrupted(['a', 'b', 'a'], [0], 0).entry).not.toBeNull();
  });

  it('asks when the playlist changed meanwhile, and never adds a copy it has', () => {
    const names = ['a', 'b', 'a', 'c'];
    const { entry, now } = interrupted(names, [2], 1);
    // Someone added "a" elsewhere meanwhile: it counts as the kept copy.
    const changed = [row('x'), ...now, row('a')];
    const state = finishState(changed, entry!, context);
    expect(state.kind).toBe('done');
    // Someone added another song: "a" still goes back, but the person is asked.
    const other = finishState([row('x'), ...now], entry!, context);
    expect(other.kind === 'missing' && other.exact).toBe(false);
    expect(other.kind === 'missing' && other.rows.map((r) => r.title)).toEqual(['a']);
  });

  it('for any removal interrupted after any request, finishing gives the planned playlist', () => {
    const names = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'local1'), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(
        names.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.uniqueArray(fc.nat(list.length - 1), { minLength: 1 }),
            fc.nat(),
          ),
        ),
        ([list, selected, cut]) => {
          const { plan, entry, now } = interrupted(list, selected, 0);
          if (!entry) return;
          const made = cut % (plan.steps.length + 1);
          const state = finishState(interrupted(list, selected, made).now, entry, context);
          if (made === 0)
            expect(state.kind).toBe(
              uris(now).join() === uris(plan.result).join() ? 'done' : 'not-made',
            );
          else if (made === plan.steps.length) expect(state.kind).toBe('done');
          else {
            const current = interrupted(list, selected, made).now;
            const finished =
              state.kind === 'missing'
                ? planChange(current, state.change, context).result
                : current;
            expect(state.kind === 'missing' ? state.exact : true).toBe(true);
            expect(uris(finished)).toEqual(uris(plan.result));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
