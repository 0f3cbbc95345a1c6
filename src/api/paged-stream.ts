/**
 * Streams every page of an offset-paged list (playlist items, Liked Songs): all pages are
 * requested in parallel through the rate-limit gate (at most `concurrency` at once) and
 * yielded in order, each as soon as it and the ones before it are in. A failing page is
 * retried on its own.
 */
import { concurrencyLimit } from '../lib/concurrency';
import { MalformedResponseError } from './errors';
import { withRetries } from './retry-policy';
import type { Paging } from './spotify-types';

/** A paging object, or a MalformedResponseError naming `what` (e.g. "playlist items"). */
export function readPage<T>(data: unknown, what: string): Paging<T> {
  const page = data as Paging<T> | undefined;
  if (!page || !Array.isArray(page.items) || typeof page.total !== 'number') {
    throw new MalformedResponseError(`Spotify sent ${what} we could not read. Try again.`);
  }
  return page;
}

export interface PageChunk<Row> {
  total: number;
  rows: Row[];
}

interface StreamPagesOptions<Row> {
  fetchPage: (offset: number, signal: AbortSignal) => Promise<PageChunk<Row>>;
  pageSize: number;
  concurrency: number;
  /** The wait before retrying a failed page (the query client's, so tests need not wait). */
  retryDelay?: (attempt: number) => number;
  /**
   * How many items there are, when known beforehand (a playlist says): every page starts
   * at once. Without it the first page says, and the rest start when it arrives.
   */
  expectedTotal?: number;
  signal: AbortSignal;
}

export async function* streamPages<Row>({
  fetchPage,
  pageSize,
  concurrency,
  expectedTotal = 0,
  retryDelay,
  signal,
}: StreamPagesOptions<Row>): AsyncGenerator<PageChunk<Row>> {
  const run = concurrencyLimit(concurrency);
  const pages = new Map<number, Promise<PageChunk<Row>>>();
  const request = (offset: number) => {
    if (!pages.has(offset)) {
      const page = run(() => withRetries(() => fetchPage(offset, signal), signal, retryDelay));
      // Rejections of pages not awaited yet must not surface as unhandled.
      page.catch(() => undefined);
      pages.set(offset, page);
    }
    return pages.get(offset)!;
  };
  const requestUpTo = (total: number) => {
    for (let offset = 0; offset < Math.max(total, 1); offset += pageSize) void request(offset);
  };
  requestUpTo(expectedTotal);
  // The first page's total is the truth if the hint was off; later pages follow it.
  for (let offset = 0, total = Infinity; offset < total; offset += pageSize) {
    const page = await request(offset);
    if (offset === 0) requestUpTo(page.total);
    total = page.total;
    yield page;
  }
}
