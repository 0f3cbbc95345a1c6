/**
 * Changes to a playlist's items, as intents over rows ("move these rows before that one"),
 * and the Spotify requests that carry them out. Intents name rows by key, not position,
 * so a change is planned against the latest items when it runs: if the playlist changed
 * meanwhile (an earlier change in the queue, another device), positions are recomputed.
 */
import { isAddable, isRemovable, type TrackRow } from '../../../domain/track-row';
import { batches, MAX_URIS_PER_WRITE } from '../../../domain/spotify-uri';
import { matchOrder, planRangeMoves } from '../tools/arrange';
import type { ItemStep } from '../../../api/playlist-items';
import { planRestore } from './restore-plan';

export interface Insert {
  /** Index in the list as it is when this insert runs; null appends. */
  position: number | null;
  rows: TrackRow[];
}

export interface MoveGroup {
  /** Rows to move, kept in their playlist order. */
  keys: string[];
  /** The row they end up just before; null for the end. */
  before: string | null;
}

export type ItemChange =
  | { kind: 'add'; inserts: Insert[] }
  | { kind: 'remove'; keys: string[] }
  | { kind: 'move'; groups: MoveGroup[] }
  /**
   * The whole playlist in the order of `reference` (a sorted, shuffled or reversed copy
   * of its rows), by range moves only. Planned against the items when it runs, so after
   * an interruption it continues from what Spotify has.
   */
  | { kind: 'arrange'; reference: TrackRow[] }
  /**
   * The playlist made equal to `target` (an earlier version from the history), planned
   * against the items when it runs: removes, range moves, then adds (restore-plan.ts).
   */
  | { kind: 'restore'; target: TrackRow[] };

export interface PlanContext {
  /** When the change runs: Spotify stamps re-added copies with it. */
  now: string;
  userId: string | null;
}

/**
 * A key per row: its URI and which copy of that URI it is ("spotify:track:x#1" is the
 * second copy). Playlist entries have no id of their own; this one survives a reload of
 * an unchanged playlist, so a queued change still finds its rows.
 */
export function rowKeys(rows: readonly TrackRow[]): string[] {
  return numbered(rows, (row) => row.uri ?? 'unavailable');
}

/** `id(row)#n`, n counting the earlier rows with the same id. */
export function numbered(rows: readonly TrackRow[], id: (row: TrackRow) => string): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = id(row);
    const copy = seen.get(base) ?? 0;
    seen.set(base, copy + 1);
    return `${base}#${copy}`;
  });
}

function renumber(rows: TrackRow[]): TrackRow[] {
  return rows.map((row, position) => (row.position === position ? row : { ...row, position }));
}

/** Consecutive runs of ascending indices: [1,2,3,7,8] -> [[1,2,3],[7,8]]. */
export function runs(indices: number[]): number[][] {
  const out: number[][] = [];
  for (const index of indices) {
    const last = out.at(-1);
    if (last && last.at(-1) === index - 1) last.push(index);
    else out.push([index]);
  }
  return out;
}

export interface RemovalImpact {
  /** The selected rows that will go. */
  removing: TrackRow[];
  /** Other copies of the same URIs: Spotify removes every copy, so these are added back. */
  restoring: TrackRow[];
}

export function removalImpact(rows: readonly TrackRow[], keys: readonly string[]): RemovalImpact {
  const wanted = new Set(keys);
  const all = rowKeys(rows);
  const removing = rows.filter((row, i) => wanted.has(all[i]!) && isRemovable(row));
  const uris = new Set(removing.map((row) => row.uri));
  const restoring = rows.filter((row, i) => !wanted.has(all[i]!) && uris.has(row.uri));
  return { removing, restoring };
}

function planAdd(rows: TrackRow[], inserts: Insert[], context: PlanContext) {
  const steps: ItemStep[] = [];
  let result = rows;
  for (const insert of inserts) {
    const added = insert.rows
      .filter(isAddable)
      .map((row) => ({ ...row, addedAt: context.now, addedBy: context.userId }));
    if (added.length === 0) continue;
    const at =
      insert.position === null ? null : Math.max(0, Math.min(insert.position, result.length));
    batches(added).forEach((chunk, i) =>
      steps.push({
        kind: 'add',
        uris: chunk.map((row) => row.uri!),
        position: at === null ? null : at + i * MAX_URIS_PER_WRITE,
      }),
    );
    const index = at ?? result.length;
    result = [...result.slice(0, index), ...added, ...result.slice(index)];
  }
  return { steps, result };
}

/**
 * Spotify removes every occurrence of a URI (docs/spotify-api.md#playlists-and-their-items). Copies the person did not select are
 * added back where they were, in ascending order so each lands at its final index; their
 * date added becomes now (the confirmation says so).
 */
function planRemove(rows: TrackRow[], keys: string[], context: PlanContext) {
  const wanted = new Set(keys);
  const all = rowKeys(rows);
  const uris = [
    ...new Set(
      rows.filter((row, i) => wanted.has(all[i]!) && isRemovable(row)).map((row) => row.uri!),
    ),
  ];
  if (uris.length === 0) return { steps: [], result: rows };
  const removed = new Set(uris);
  const result = rows
    .filter((row, i) => !(wanted.has(all[i]!) && isRemovable(row)))
    .map((row) =>
      removed.has(row.uri!) ? { ...row, addedAt: context.now, addedBy: context.userId } : row,
    );
  const restored = result.flatMap((row, index) => (removed.has(row.uri!) ? [index] : []));
  const steps: ItemStep[] = batches(uris).map((chunk) => ({ kind: 'remove', uris: chunk }));
  for (const run of runs(restored)) {
    batches(run).forEach((chunk) =>
      steps.push({
        kind: 'add',
        uris: chunk.map((index) => result[index]!.uri!),
        position: chunk[0]!,
      }),
    );
  }
  return { steps, result };
}

/**
 * Each group's rows go, in order, just before its anchor. A group that is not contiguous
 * becomes one range move per run. `insert_before` is the anchor's index before the move
 * (Spotify measures both in the original positions, 5.1): moving the first of 10 to the
 * end is range_start 0, insert_before 10; the last to the front is 9 -> 0.
 */
function planMove(rows: TrackRow[], groups: MoveGroup[]) {
  const steps: ItemStep[] = [];
  let keys = rowKeys(rows);
  const byKey = new Map(keys.map((key, i) => [key, rows[i]!]));
  for (const group of groups) {
    const moving = new Set(group.keys.filter((key) => key !== group.before && byKey.has(key)));
    const indices = keys.flatMap((key, i) => (moving.has(key) ? [i] : []));
    for (const run of runs(indices).map((r) => r.map((i) => keys[i]!))) {
      const start = keys.indexOf(run[0]!);
      const anchor = group.before === null ? -1 : keys.indexOf(group.before);
      const insertBefore = anchor === -1 ? keys.length : anchor;
      if (start + run.length === insertBefore) continue; // already there
      steps.push({
        kind: 'reorder',
        range_start: start,
        insert_before: insertBefore,
        range_length: run.length,
      });
      const rest = [...keys.slice(0, start), ...keys.slice(start + run.length)];
      const at = anchor === -1 ? rest.length : rest.indexOf(group.before!);
      keys = [...rest.slice(0, at), ...run, ...rest.slice(at)];
    }
  }
  return { steps, result: keys.map((key) => byKey.get(key)!), order: keys };
}

function planArrange(rows: TrackRow[], reference: TrackRow[]) {
  const order = matchOrder(rows, reference);
  const keys = rowKeys(rows);
  const steps: ItemStep[] = planRangeMoves(order).map((move) => ({ kind: 'reorder', ...move }));
  return {
    steps,
    result: order.map((i) => rows[i]!),
    order: order.map((i) => keys[i]!),
  };
}

/** The requests for a change against `rows`, and the items Spotify will then have. */
export function planChange(
  rows: TrackRow[],
  change: ItemChange,
  context: PlanContext,
): {
  steps: ItemStep[];
  result: TrackRow[];
  /** For moves: the rows' keys (as named before the move) in their new order. */
  order?: string[];
} {
  const plan =
    change.kind === 'add'
      ? planAdd(rows, change.inserts, context)
      : change.kind === 'remove'
        ? planRemove(rows, change.keys, context)
        : change.kind === 'arrange'
          ? planArrange(rows, change.reference)
          : change.kind === 'restore'
            ? planRestore(rows, change.target, context)
            : planMove(rows, change.groups);
  return { ...plan, result: renumber(plan.result) };
}

/**
 * The items once `change` is made, without planning its requests: what the page shows
 * while a change is queued (a new order of 10,000 items is cheap to show, not to plan).
 */
export function changedRows(rows: TrackRow[], change: ItemChange, context: PlanContext) {
  if (change.kind !== 'arrange') return planChange(rows, change, context).result;
  return renumber(matchOrder(rows, change.reference).map((i) => rows[i]!));
}
