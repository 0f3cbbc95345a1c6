/**
 * The toolbar's and drag and drop's moves as intents over row keys (see item-changes.ts):
 * planned against the items when they run, so a queued move still finds its rows.
 */
import { runs, type ItemChange } from './item-changes';

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
