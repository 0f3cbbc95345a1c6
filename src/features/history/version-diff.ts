/**
 * What changed between two versions of a playlist: entries added, removed and moved.
 * Entries are told apart by URI and date added (two copies of a song added on different
 * days are different entries); equal ones are paired in order. "Moved" are the entries
 * both versions have that are not in the longest run the two orders share, so moving one
 * song counts one, not every song it passed.
 */
import type { TrackRow } from '../../domain/track-row';
import { formatNumber } from '../../lib/format';
import { longestIncreasing } from '../../lib/longest-increasing';

export interface VersionDiff {
  added: TrackRow[];
  removed: TrackRow[];
  moved: TrackRow[];
}

const identity = (row: Pick<TrackRow, 'uri' | 'addedAt'>) =>
  `${row.uri ?? ''}\n${row.addedAt ?? ''}`;

export function diffVersions(from: readonly TrackRow[], to: readonly TrackRow[]): VersionDiff {
  const waiting = new Map<string, number[]>();
  from.forEach((row, i) => {
    const key = identity(row);
    const list = waiting.get(key);
    if (list) list.push(i);
    else waiting.set(key, [i]);
  });
  const added: TrackRow[] = [];
  /** For each entry of `to` that `from` has: its index in `from`. */
  const pairs: { row: TrackRow; from: number }[] = [];
  const matched = new Set<number>();
  for (const row of to) {
    const index = waiting.get(identity(row))?.shift();
    if (index === undefined) added.push(row);
    else {
      matched.add(index);
      pairs.push({ row, from: index });
    }
  }
  const removed = from.filter((_, i) => !matched.has(i));
  const still = longestIncreasing(pairs.map((pair) => pair.from));
  const moved = pairs.filter((_, i) => !still.has(i)).map((pair) => pair.row);
  return { added, removed, moved };
}

export interface ChangeCounts {
  added: number;
  removed: number;
  moved: number;
}

export const countsOf = ({ added, removed, moved }: VersionDiff): ChangeCounts => ({
  added: added.length,
  removed: removed.length,
  moved: moved.length,
});

/** "+3, −1, 12 moved"; "" when the items are the same. */
export function summarize({ added, removed, moved }: ChangeCounts): string {
  return [
    added > 0 && `+${formatNumber(added)}`,
    removed > 0 && `−${formatNumber(removed)}`,
    moved > 0 && `${formatNumber(moved)} moved`,
  ]
    .filter(Boolean)
    .join(', ');
}
