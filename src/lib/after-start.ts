/**
 * Work a page does not need for its first screen (the code of other pages, this browser's
 * player) waits until the page has started: a few seconds, then the next idle moment.
 * On a phone the first seconds' main thread goes to the page's own data; done at once, the
 * browser player's start alone took about 200 ms of it at Lighthouse's 4x slowdown. What
 * needs the work sooner starts it itself (Play starts the browser player).
 */
const STARTED_AFTER_MS = 5000;
const IDLE_WAIT_MS = 2000;

export function afterStart(work: () => void): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(work, { timeout: IDLE_WAIT_MS });
    else work();
  }, STARTED_AFTER_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
