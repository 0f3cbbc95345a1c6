/**
 * Putting a playlist in a new order with range moves only (`PUT …/items` with
 * range_start / insert_before / range_length), so every entry keeps its date added and
 * local files stay: never replace, never remove and add back.
 */
import type { TrackRow } from '../../../domain/track-row';
import { longestIncreasing } from '../../../lib/longest-increasing';

export interface RangeMove {
  range_start: number;
  insert_before: number;
  range_length: number;
}

/**
 * For each place in `reference`, the index in `rows` of the entry that goes there.
 * Entries match by URI and date added, then by URI alone (copies of a song are
 * interchangeable); entries the reference does not know (added since) keep their
 * relative order at the end.
 */
export function matchOrder(rows: readonly TrackRow[], reference: readonly TrackRow[]): number[] {
  const exact = new Map<string, number[]>();
  const byUri = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const uri = row.uri ?? '';
    const key = `${uri}\n${row.addedAt ?? ''}`;
    exact.set(key, [...(exact.get(key) ?? []), i]);
    byUri.set(uri, [...(byUri.get(uri) ?? []), i]);
  });
  const used = new Set<number>();
  const take = (list: number[] | undefined) => {
    while (list?.length) {
      const next = list.shift()!;
      if (!used.has(next)) return next;
    }
    return undefined;
  };
  const order: number[] = [];
  for (const row of reference) {
    const uri = row.uri ?? '';
    const index = take(exact.get(`${uri}\n${row.addedAt ?? ''}`)) ?? take(byUri.get(uri));
    if (index === undefined) continue;
    used.add(index);
    order.push(index);
  }
  rows.forEach((_, i) => {
    if (!used.has(i)) order.push(i);
  });
  return order;
}

/** Applies one move as Spotify does: `insert_before` counts positions before the move. */
export function applyMove<T>(list: readonly T[], move: RangeMove): T[] {
  const { range_start: start, range_length: length, insert_before: before } = move;
  const block = list.slice(start, start + length);
  const rest = [...list.slice(0, start), ...list.slice(start + length)];
  const at = before > start ? before - length : before;
  return [...rest.slice(0, at), ...block, ...rest.slice(at)];
}

/**
 * The range moves that put the entries in `order` (order[t] = today's index of the entry
 * that belongs at t). The longest run already in order stays where it is; every other
 * entry goes just after the one it follows in the new order, together with the entries
 * that follow it in both orders (one move for a whole run).
 */
export function planRangeMoves(order: readonly number[]): RangeMove[] {
  const n = order.length;
  const target = new Array<number>(n);
  order.forEach((entry, t) => (target[entry] = t));
  const keep = longestIncreasing(target);
  const current = Array.from({ length: n }, (_, i) => i);
  const placed = new Set<number>();
  const moves: RangeMove[] = [];
  for (let t = 0; t < n; t++) {
    const entry = order[t]!;
    if (keep.has(entry) || placed.has(entry)) continue;
    const start = current.indexOf(entry);
    let length = 1;
    while (
      t + length < n &&
      !keep.has(order[t + length]!) &&
      current[start + length] === order[t + length]
    )
      length++;
    const after = t === 0 ? -1 : current.indexOf(order[t - 1]!);
    for (let k = 0; k < length; k++) placed.add(order[t + k]!);
    if (after + 1 === start) continue; // already just after the entry it follows
    const move = { range_start: start, insert_before: after + 1, range_length: length };
    moves.push(move);
    const block = current.splice(start, length);
    current.splice(after < start ? after + 1 : after + 1 - length, 0, ...block);
  }
  return moves;
}

/** How many single-entry moves a one-by-one plan makes (for comparison in the benchmark). */
export function oneByOneMoveCount(order: readonly number[]): number {
  const current = Array.from({ length: order.length }, (_, i) => i);
  let moves = 0;
  order.forEach((entry, t) => {
    if (current[t] === entry) return;
    current.splice(current.indexOf(entry), 1);
    current.splice(t, 0, entry);
    moves++;
  });
  return moves;
}

/** A fair random permutation of `list` (Fisher-Yates over crypto-strength random numbers). */
export function shuffled<T>(list: readonly T[]): T[] {
  const out = [...list];
  const random = new Uint32Array(1);
  for (let i = out.length - 1; i > 0; i--) {
    // Rejection sampling: every j in 0..i equally likely.
    const limit = Math.floor(0x1_0000_0000 / (i + 1)) * (i + 1);
    let value: number;
    do value = crypto.getRandomValues(random)[0]!;
    while (value >= limit);
    const j = value % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
