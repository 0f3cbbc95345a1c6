/**
 * The longest run two orders share: what a reorder leaves in place (arrange.ts) and what a
 * version diff does not count as moved (history).
 */

/** Indices (into `sequence`) of one longest strictly increasing subsequence, O(n log n). */
export function longestIncreasing(sequence: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(sequence.length).fill(-1);
  for (let i = 0; i < sequence.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sequence[tails[mid]!]! < sequence[i]!) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i]!) keep.add(i);
  return keep;
}
