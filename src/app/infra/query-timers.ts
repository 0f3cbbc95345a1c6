/**
 * How React Query's timers are kept. A page coming in creates a query for every row's
 * heart, and React Query gives each query and each observer timers of its own: a batch of
 * notifications is one `setTimeout(0)`, a query no one watches waits 5 minutes to be
 * collected, a result goes stale after 30 s. Every timer set or cleared costs (Lighthouse's
 * trace records a stack for each), and on a playlist's first render the hundreds of them
 * were a fifth of the longest task. Here they share a few timers of the browser's.
 */
import { notifyManager, timeoutManager, type TimeoutProvider } from '@tanstack/react-query';

/**
 * Every batch scheduled before the timer fires rides on that one timer, in the order
 * scheduled; a batch scheduled while they run waits for the next (as it would have).
 */
let waitingBatches: (() => void)[] | null = null;
function scheduleBatch(runBatch: () => void) {
  if (waitingBatches) {
    waitingBatches.push(runBatch);
    return;
  }
  waitingBatches = [runBatch];
  setTimeout(() => {
    const batches = waitingBatches ?? [];
    waitingBatches = null;
    for (const batch of batches) runEach(batch);
  }, 0);
}

/** A callback that throws is reported as its own timer's would be, and the rest still run. */
function runEach(callback: () => void) {
  try {
    callback();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

/**
 * Waits of a second or more (collection, staleness, retries after a minute) are kept in a
 * list under one browser timer set for the earliest of them; clearing one is deleting it
 * from the list. Shorter waits keep a timer of their own, as exact as the browser's. The
 * list's ids are negative, so they never meet a browser timer's id. Deadlines are read
 * from Date.now(), which tests' fake clocks move together with the timers they fake.
 */
const LONG_WAIT_MS = 1000;
const waits = new Map<number, { at: number; callback: () => void }>();
let lastWaitId = 0;
let armed: { at: number; timer: ReturnType<typeof setTimeout> } | null = null;

/** Sets the browser's timer for `at` unless it is already set for then or sooner. */
function armFor(at: number) {
  if (armed && armed.at <= at) return;
  if (armed) clearTimeout(armed.timer);
  armed = { at, timer: setTimeout(fireDue, Math.max(0, at - Date.now())) };
}

function fireDue() {
  armed = null;
  const now = Date.now();
  const due = [...waits].filter(([, wait]) => wait.at <= now);
  for (const [id] of due) waits.delete(id);
  for (const [, wait] of due) runEach(wait.callback);
  let earliest = Infinity;
  for (const { at } of waits.values()) earliest = Math.min(earliest, at);
  if (earliest < Infinity) armFor(earliest);
}

const sharedTimers: TimeoutProvider<ReturnType<typeof setTimeout> | number> = {
  setTimeout: (callback, delay) => {
    if (delay < LONG_WAIT_MS) return setTimeout(callback, delay);
    const id = --lastWaitId;
    const at = Date.now() + delay;
    waits.set(id, { at, callback });
    armFor(at);
    return id;
  },
  clearTimeout: (id) => {
    if (typeof id === 'number' && id < 0) waits.delete(id);
    else clearTimeout(id);
  },
  setInterval: (callback, delay) => setInterval(callback, delay),
  clearInterval: (id) => clearInterval(id),
};

let installed = false;

/** Before the first QueryClient: timers of one provider cannot be cleared by another. */
export function shareQueryTimers() {
  if (installed) return;
  installed = true;
  notifyManager.setScheduler(scheduleBatch);
  timeoutManager.setTimeoutProvider(sharedTimers);
}
