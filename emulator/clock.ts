/**
 * The emulator's notion of time. Token expiry, code expiry, player progress and
 * rate-limit windows all read it, so tests move time forward instead of sleeping.
 * A running clock follows real time plus an offset; a manual one moves only when
 * `advance` is called (tests use it so nothing drifts between two reads).
 */
export interface Clock {
  now(): number;
  advance(ms: number): void;
}

export function createClock(options: { start?: number; manual?: boolean } = {}): Clock {
  const start = options.start ?? Date.now();
  let offset = 0;
  const base = options.manual ? () => start : () => Date.now() + (start - startedAt);
  const startedAt = Date.now();
  return {
    now: () => base() + offset,
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError('advance takes a non-negative number');
      offset += ms;
    },
  };
}
