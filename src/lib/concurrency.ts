/**
 * Runs at most `limit` tasks at once; the rest wait in order. Each call returns the
 * task's own promise, so callers can await results in the order they were queued.
 */
export function concurrencyLimit(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    active -= 1;
    waiting.shift()?.();
  };
  return function run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        active += 1;
        task().then(resolve, reject).finally(next);
      };
      if (active < limit) start();
      else waiting.push(start);
    });
  };
}
