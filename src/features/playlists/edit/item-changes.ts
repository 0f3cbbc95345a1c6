/**
 * Changes to a playlist's items, as intents over rows ("move these rows before that one"),
 * and the Spotify requests that carry them out. Intents name rows by key, not position,
 * so a change is planned against the latest items when it runs: if the playlist changed
 * meanwhile (an earlier change in the queue, another device), positions are recomputed.
 */
import { isAddable, isRemovable, type TrackRow } from '../../../domain/track-row';
import { batches, MAX_URIS_PER_WRITE } from '../../../domain/spotify-uri';
import { matchOrder, planRangeMoves } from '../tools/arrange';

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
  | { kind: 'arrange'; reference: TrackRow[] };

export type ItemStep =
  | { kind: 'add'; uris: string[]; position: number | null }
  | { kind: 'remove'; uris: string[] }
  | { kind: 'reorder'; range_start: number; insert_before: number; range_length: number };

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
function numbered(rows: readonly TrackRow[], id: (row: TrackRow) => string): string[] {
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
function runs(indices: number[]): number[][] {
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

/** The change that puts `after` back to `before` (for Undo). */
export function inverseChange(
  before: TrackRow[],
  after: TrackRow[],
  change: ItemChange,
): ItemChange | null {
  if (change.kind === 'add') {
    // The added rows, by their keys in the new list; remove puts other copies back.
    const keys = rowKeys(after);
    const added = missingPositions(after, before).map((i) => keys[i]!);
    return added.length ? { kind: 'remove', keys: added } : null;
  }
  if (change.kind === 'remove') {
    const removed = missingPositions(before, after);
    if (removed.length === 0) return null;
    return {
      kind: 'add',
      inserts: runs(removed).map((run) => ({
        position: run[0]!,
        rows: run.map((i) => before[i]!),
      })),
    };
  }
  // A new order is undone as one: back to the order before, by range moves.
  if (change.kind === 'arrange') return { kind: 'arrange', reference: before };
  // Copies of a song are told apart by their date added: undoing the move of one copy puts
  // that copy back (with its date), not whichever copy now comes first. The moves are then
  // named by the keys the rows have in `after`, where the undo will be planned.
  const afterKeys = rowKeys(after);
  const keyOf = new Map(identities(after).map((id, i) => [id, afterKeys[i]!]));
  const undo = reorderTo(identities(after), identities(before));
  if (undo?.kind !== 'move') return undo;
  return {
    kind: 'move',
    groups: undo.groups.map((group) => ({
      keys: group.keys.map((id) => keyOf.get(id)!),
      before: group.before === null ? null : keyOf.get(group.before)!,
    })),
  };
}

/** A key per row from its URI and date added, numbered among rows equal in both. */
const identities = (rows: readonly TrackRow[]) =>
  numbered(rows, (row) => `${row.uri ?? 'unavailable'} ${row.addedAt ?? ''}`);

/**
 * Positions in `longer` of the rows missing from `shorter`, which holds the rest in the
 * same order (adds and removes never reorder). Copies of one URI are interchangeable.
 */
function missingPositions(longer: TrackRow[], shorter: TrackRow[]): number[] {
  const out: number[] = [];
  let j = 0;
  longer.forEach((row, i) => {
    if (j < shorter.length && shorter[j]!.uri === row.uri) j++;
    else out.push(i);
  });
  return out;
}

/** Moves that turn the order `current` into `target` (same keys), fewest runs first-fit. */
function reorderTo(current: string[], target: string[]): ItemChange | null {
  const keys = current.slice();
  const groups: MoveGroup[] = [];
  for (let i = 0; i < target.length; i++) {
    if (keys[i] === target[i]) continue;
    const from = keys.indexOf(target[i]!);
    if (from === -1) continue;
    let length = 1;
    while (from + length < keys.length && keys[from + length] === target[i + length]) length++;
    const run = keys.splice(from, length);
    groups.push({ keys: run, before: keys[i] ?? null });
    keys.splice(i, 0, ...run);
  }
  return groups.length ? { kind: 'move', groups } : null;
}

function indexRuns(keys: string[], selected: readonly string[]): number[][] {
  const wanted = new Set(selected);
  return runs(keys.flatMap((key, i) => (wanted.has(key) ? [i] : [])));
}

/** "Move up": each run of selected rows swaps with the row above it. */
export function moveUp(keys: string[], selected: readonly string[]): ItemChange | null {
  const groups = indexRuns(keys, selected)
    .filter((run) => run[0]! > 0)
    .map((run) => ({ keys: run.map((i) => keys[i]!), before: keys[run[0]! - 1]! }));
  return groups.length ? { kind: 'move', groups } : null;
}

/** "Move down": each run of selected rows swaps with the row below it. */
export function moveDown(keys: string[], selected: readonly string[]): ItemChange | null {
  const groups = indexRuns(keys, selected)
    .filter((run) => run.at(-1)! < keys.length - 1)
    .map((run) => ({ keys: run.map((i) => keys[i]!), before: keys[run.at(-1)! + 2] ?? null }));
  return groups.length ? { kind: 'move', groups } : null;
}

/** "Move to position": the selection, gathered in order, starts at `position` (1-based). */
export function moveToPosition(
  keys: string[],
  selected: readonly string[],
  position: number,
): ItemChange | null {
  const wanted = new Set(selected);
  const rest = keys.filter((key) => !wanted.has(key));
  const moving = keys.filter((key) => wanted.has(key));
  if (moving.length === 0) return null;
  return { kind: 'move', groups: [{ keys: moving, before: rest[position - 1] ?? null }] };
}

/** "Move to bottom": the selection, gathered in order, ends the playlist. */
export function moveToBottom(keys: string[], selected: readonly string[]): ItemChange | null {
  const wanted = new Set(selected);
  const moving = keys.filter((key) => wanted.has(key));
  return moving.length ? { kind: 'move', groups: [{ keys: moving, before: null }] } : null;
}

/**
 * A drop of `active` on `over`'s place: the dragged row (with the rest of the selection
 * when it is selected) lands where `over` was, after it when dragged down.
 */
export function moveOnDrop(
  keys: string[],
  selected: readonly string[],
  active: string,
  over: string,
): ItemChange | null {
  const moving = selected.includes(active) ? [...selected] : [active];
  const from = keys.indexOf(active);
  const to = keys.indexOf(over);
  if (from === -1 || to === -1 || from === to) return null;
  const staying = new Set(moving);
  const start = to > from ? to + 1 : to;
  const before = keys.slice(start).find((key) => !staying.has(key)) ?? null;
  return { kind: 'move', groups: [{ keys: moving, before }] };
}
