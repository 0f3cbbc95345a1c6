/**
 * Bringing a playlist back to an earlier version (from the app's version history) with
 * the fewest requests, in three phases:
 *
 * 1. Remove the URIs the playlist has more copies of than the version (Spotify removes
 *    every copy of a URI, docs/spotify-api.md#playlists-and-their-items); the copies the
 *    version still has are added back in phase 3.
 * 2. Put the entries that stay in the version's order with range moves (the longest run
 *    already in order stays still). They keep their dates added.
 * 3. Add what the version has and the playlist lacks, one request per run of neighbours
 *    (≤ 100), each at its final position.
 *
 * Local files cannot be added or removed by apps (docs/spotify-api.md#local-files): one
 * still in the playlist is moved to its place; one that is not is left out and listed
 * (`unrestorable`). Entries the version does not have that cannot be removed (local
 * files) stay, after the version's entries.
 */
import { isAddable, isRemovable, type TrackRow } from '../../../domain/track-row';
import { batches, MAX_URIS_PER_WRITE } from '../../../domain/spotify-uri';
import type { ItemStep } from '../../../api/playlist-items';
import { matchOrder, planRangeMoves } from '../tools/arrange';

interface Context {
  now: string;
  userId: string | null;
}

export interface RestorePlan {
  steps: ItemStep[];
  /** The playlist once every step is made. */
  result: TrackRow[];
  /** Entries of the version that cannot be put back by an app (local files no longer there). */
  unrestorable: TrackRow[];
}

const uriKey = (row: TrackRow) => row.uri ?? '';

function counts(rows: readonly TrackRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) out.set(uriKey(row), (out.get(uriKey(row)) ?? 0) + 1);
  return out;
}

export function planRestore(rows: TrackRow[], target: TrackRow[], context: Context): RestorePlan {
  const have = counts(rows);
  const want = counts(target);
  // Phase 1: URIs with copies to spare go (all their copies, as Spotify removes them).
  const removed = new Set(
    rows
      .filter(
        (row) => isRemovable(row) && (have.get(uriKey(row)) ?? 0) > (want.get(uriKey(row)) ?? 0),
      )
      .map(uriKey),
  );
  const kept = rows.filter((row) => !removed.has(uriKey(row)));
  const steps: ItemStep[] = batches([...removed]).map((uris) => ({ kind: 'remove', uris }));

  // Which entries of the version the kept rows provide (by URI and date, then URI), and
  // which must be added; what can be neither is listed, not planned.
  const keptCounts = counts(kept);
  const provided: boolean[] = [];
  const unrestorable: TrackRow[] = [];
  const wanted: TrackRow[] = [];
  for (const row of target) {
    const left = keptCounts.get(uriKey(row)) ?? 0;
    if (left > 0) {
      keptCounts.set(uriKey(row), left - 1);
      provided.push(true);
      wanted.push(row);
    } else if (isAddable(row)) {
      provided.push(false);
      wanted.push(row);
    } else unrestorable.push(row);
  }

  // Phase 2: the kept rows in the version's order; those it lacks go to the end.
  const order = matchOrder(
    kept,
    wanted.filter((_, i) => provided[i]),
  );
  steps.push(...planRangeMoves(order).map((move) => ({ kind: 'reorder' as const, ...move })));
  const arranged = order.map((i) => kept[i]!);

  // Phase 3: each run of missing entries at its place, in ascending order.
  const result: TrackRow[] = [];
  let next = 0;
  let run: TrackRow[] = [];
  const flush = () => {
    batches(run).forEach((chunk, i) =>
      steps.push({
        kind: 'add',
        uris: chunk.map((row) => row.uri!),
        position: result.length - run.length + i * MAX_URIS_PER_WRITE,
      }),
    );
    run = [];
  };
  wanted.forEach((row, i) => {
    if (provided[i]) {
      flush();
      result.push(arranged[next++]!);
    } else {
      const added = { ...row, addedAt: context.now, addedBy: context.userId };
      run.push(added);
      result.push(added);
    }
  });
  flush();
  result.push(...arranged.slice(next));
  return {
    steps,
    result: result.map((row, position) => (row.position === position ? row : { ...row, position })),
    unrestorable,
  };
}
