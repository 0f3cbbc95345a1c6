/**
 * A comlink Web Worker the page uses when it can and does without when it cannot: where
 * there are no workers (the unit tests' jsdom), or the worker's code could not load, the
 * same function runs here instead, so no caller waits on a worker that will not answer.
 * The worker starts with the first call and stays for the next.
 */
import { expose, wrap, type Remote } from 'comlink';

/** What a worker says once its code has loaded and it answers calls. */
const STARTED = 'worker-started';

/** In the worker: answers calls to `api`, and tells the page it has started. */
export function serveInWorker(api: object) {
  expose(api);
  self.postMessage(STARTED);
}

class WorkerFailed extends Error {}

interface Running<Api> {
  remote: Remote<Api>;
  /** Rejects if the worker's code fails to load or run. */
  failed: Promise<never>;
  started: boolean;
}

export interface WorkerClient<Api> {
  /**
   * `call` in the worker, or `inPlace` here when there is none or it failed. With
   * `whileStarting: 'in-place'`, also here until the worker has started (its code is
   * still loading): for work that is needed now, such as the first page of a list.
   */
  run<T>(
    call: (remote: Remote<Api>) => Promise<T>,
    inPlace: () => T | Promise<T>,
    options?: { whileStarting: 'wait' | 'in-place' },
  ): Promise<T>;
}

/**
 * `create` must be `() => new Worker(new URL('./x-worker.ts', import.meta.url), { type:
 * 'module' })` written out at the call site: that is how Vite finds and bundles the worker.
 */
export function workerClient<Api>(create: () => Worker): WorkerClient<Api> {
  let running: Running<Api> | null | undefined;

  const start = (): Running<Api> | null => {
    if (running !== undefined) return running;
    if (typeof Worker === 'undefined') return (running = null);
    const worker = create();
    const failed = new Promise<never>((_, reject) =>
      worker.addEventListener('error', () => reject(new WorkerFailed()), { once: true }),
    );
    // Nobody may be waiting when it fails; the next call finds it failed.
    failed.catch(() => undefined);
    const started: Running<Api> = { remote: wrap<Api>(worker), failed, started: false };
    worker.addEventListener('message', (event: MessageEvent) => {
      if (event.data === STARTED) started.started = true;
    });
    return (running = started);
  };

  return {
    async run(call, inPlace, options) {
      const worker = start();
      if (!worker || (options?.whileStarting === 'in-place' && !worker.started)) return inPlace();
      try {
        return await Promise.race([call(worker.remote), worker.failed]);
      } catch (error) {
        if (!(error instanceof WorkerFailed)) throw error;
        running = null;
        return inPlace();
      }
    },
  };
}
