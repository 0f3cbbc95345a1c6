/**
 * The page reader's worker (page-reader.ts): fetches pages of a long list and reads them
 * into rows off the main thread.
 */
import { rowsAnswer, type RowSource, type RowsAnswer } from './page-rows';
import { serveInWorker } from '../lib/worker-client';

/** A request as it crosses to the worker (a Request cannot). */
export interface SentRequest {
  url: string;
  headers: [string, string][];
}

/** Requests in flight by the page's id for them, so the page can cancel one. */
const inFlight = new Map<number, AbortController>();

const pageReader = {
  /** The answer, or `failed` when none came (as fetch rejects: offline, CORS, cut off). */
  async fetchRows(
    id: number,
    { url, headers }: SentRequest,
    source: RowSource,
    offset: number,
  ): Promise<RowsAnswer | { failed: true }> {
    const controller = new AbortController();
    inFlight.set(id, controller);
    try {
      return await rowsAnswer(
        await fetch(url, { headers, signal: controller.signal }),
        source,
        offset,
      );
    } catch {
      return { failed: true };
    } finally {
      inFlight.delete(id);
    }
  },
  cancel(id: number) {
    inFlight.get(id)?.abort();
  },
};

serveInWorker(pageReader);

export type PageReader = typeof pageReader;
