/** Undo: the change that puts a playlist back as it was before another change. */
import type { TrackRow } from '../../../domain/track-row';
import { numbered, rowKeys, runs, type ItemChange, type MoveGroup } from './item-changes';

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
  // A restored version is undone by restoring the playlist as it was before.
  if (change.kind === 'restore') return { kind: 'restore', target: before };
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
