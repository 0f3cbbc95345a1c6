/**
 * Finding the same song more than once in a playlist: the same URI, the same recording
 * under another URI (ISRC), or the same title and artists with lengths within 2 s.
 */
import { isRemovable, type TrackRow } from '../../../domain/track-row';
import { foldText } from '../../../components/track-list/track-view';

export type DuplicateKind = 'same-uri' | 'same-isrc' | 'same-title';

export const DUPLICATE_KINDS: Record<DuplicateKind, string> = {
  'same-uri': 'The same song (same Spotify link)',
  'same-isrc': 'The same recording under different Spotify links (same ISRC)',
  'same-title': 'Same title and artists, lengths within 2 seconds',
};

export interface DuplicateGroup {
  kind: DuplicateKind;
  /** Indices into the rows, in playlist order. */
  members: number[];
  /** The copy kept by default: the earliest added (entries without a date count as oldest). */
  keep: number;
}

const LENGTH_TOLERANCE_MS = 2000;

function unionFind(size: number) {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  return { find, union: (a: number, b: number) => (parent[find(a)] = find(b)) };
}

function earliest(rows: readonly TrackRow[], members: number[]): number {
  const time = (i: number) => {
    const at = rows[i]!.addedAt ? Date.parse(rows[i]!.addedAt) : NaN;
    return Number.isNaN(at) ? -Infinity : at;
  };
  return members.reduce((best, i) => (time(i) < time(best) ? i : best));
}

/** Groups of two or more rows that are the same song, in playlist order of their first copy. */
export function findDuplicates(rows: readonly TrackRow[]): DuplicateGroup[] {
  const sets = unionFind(rows.length);
  // The first row of each URI and of each ISRC: every later one joins its group. (Maps of
  // their own, keyed by the value itself: no key string built per row, issue 27.)
  const link = (first: Map<string, number>, key: string, i: number) => {
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else sets.union(i, seen);
  };
  const byUri = new Map<string, number>();
  const byIsrc = new Map<string, number>();
  // Title and artists alike, lengths compared within each such bucket.
  const byName = new Map<string, number[]>();
  rows.forEach((row, i) => {
    if (!row.uri || row.kind === 'unavailable') return;
    link(byUri, row.uri, i);
    if (row.isrc) link(byIsrc, row.isrc, i);
    if (row.kind !== 'track' || !row.title) return;
    const name = foldText(`${row.title}\n${row.byline}`);
    const bucket = byName.get(name);
    if (bucket) bucket.push(i);
    else byName.set(name, [i]);
  });
  for (const bucket of byName.values()) {
    for (let a = 0; a < bucket.length; a++)
      for (let b = a + 1; b < bucket.length; b++) {
        const [x, y] = [rows[bucket[a]!]!, rows[bucket[b]!]!];
        if (
          x.durationMs !== null &&
          y.durationMs !== null &&
          Math.abs(x.durationMs - y.durationMs) <= LENGTH_TOLERANCE_MS
        )
          sets.union(bucket[a]!, bucket[b]!);
      }
  }
  const groups = new Map<number, number[]>();
  rows.forEach((_, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const uris = new Set(members.map((i) => rows[i]!.uri));
      const isrcs = new Set(members.map((i) => rows[i]!.isrc ?? null));
      const kind: DuplicateKind =
        uris.size === 1
          ? 'same-uri'
          : isrcs.size === 1 && !isrcs.has(null)
            ? 'same-isrc'
            : 'same-title';
      return { kind, members, keep: earliest(rows, members) };
    })
    .sort((a, b) => a.members[0]! - b.members[0]!);
}

/**
 * The rows to remove for the chosen copies to keep (group index -> row index), and the
 * local files among the rest, which Spotify's Web API cannot remove (docs/spotify-api.md#local-files).
 */
export function duplicatesToRemove(
  rows: readonly TrackRow[],
  groups: readonly DuplicateGroup[],
  keep: ReadonlyMap<number, number>,
): { remove: number[]; stuck: number[] } {
  const remove: number[] = [];
  const stuck: number[] = [];
  groups.forEach((group, g) => {
    const kept = keep.get(g) ?? group.keep;
    for (const i of group.members) {
      if (i === kept) continue;
      (isRemovable(rows[i]!) ? remove : stuck).push(i);
    }
  });
  return { remove: remove.sort((a, b) => a - b), stuck: stuck.sort((a, b) => a - b) };
}
