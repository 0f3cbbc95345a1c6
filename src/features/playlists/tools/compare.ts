/**
 * Comparing two playlists: the songs both have, and those only one has. Two entries are
 * the same song when they share a link or, under different links, a recording (ISRC).
 * Copies count once: a song twice in A and once in B is "in both".
 */
import type { TrackRow } from '../../../domain/track-row';

export interface Comparison {
  /** The songs both have (as A has them). */
  both: TrackRow[];
  onlyA: TrackRow[];
  onlyB: TrackRow[];
}

const keysOf = (row: TrackRow) => [
  ...(row.uri ? [`uri ${row.uri}`] : []),
  ...(row.isrc ? [`isrc ${row.isrc}`] : []),
];

/** Each song once (its first copy), in playlist order. */
function distinct(rows: readonly TrackRow[]): TrackRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const keys = keysOf(row);
    if (keys.length === 0 || keys.some((key) => seen.has(key))) return false;
    for (const key of keys) seen.add(key);
    return true;
  });
}

export function comparePlaylists(a: readonly TrackRow[], b: readonly TrackRow[]): Comparison {
  const inA = new Set(a.flatMap(keysOf));
  const inB = new Set(b.flatMap(keysOf));
  const songsA = distinct(a);
  return {
    both: songsA.filter((row) => keysOf(row).some((key) => inB.has(key))),
    onlyA: songsA.filter((row) => !keysOf(row).some((key) => inB.has(key))),
    onlyB: distinct(b).filter((row) => !keysOf(row).some((key) => inA.has(key))),
  };
}
