/**
 * Streams every page of an offset-paged list (playlist items, Liked Songs): pages are
 * requested in parallel through the rate-limit gate (at most `concurrency` at once), the
 * ones covering the row on screen first, and handed on as they arrive, several at a
 * time. A failing page is retried on its own.
 */
import { defineSlot, runtime } from '../lib/runtime';
import { hashKey, type QueryKey } from '@tanstack/react-query';
import { MalformedResponseError, SpotifyApiError } from './errors';
import { withRetries } from './retry-policy';
import { asRecord } from '../domain/read-spotify';
import { concurrencyLimit } from '../lib/concurrency';
import { formatNumber } from '../lib/format';

/**
 * A paging object's entries (each still to be read) and total, or a MalformedResponseError
 * naming `what` (e.g. "playlist items").
 */
export function readPage(data: unknown, what: string): { items: unknown[]; total: number } {
  const page = asRecord(data);
  const { items, total } = page ?? {};
  if (!Array.isArray(items) || typeof total !== 'number' || !Number.isSafeInteger(total))
    throw new MalformedResponseError(`Spotify sent ${what} we could not read. Try again.`);
  return { items: items as unknown[], total };
}

/**
 * Every entry of a short offset-paged list (your playlists, saved albums): the first page,
 * then the rest in parallel, four at a time, each retried on its own.
 */
export async function readEveryPage(
  fetchPage: (offset: number) => Promise<{ items: unknown[]; total: number }>,
  pageSize: number,
  signal: AbortSignal,
): Promise<unknown[]> {
  const first = await fetchPage(0);
  const offsets: number[] = [];
  for (let offset = pageSize; offset < first.total; offset += pageSize) offsets.push(offset);
  const run = concurrencyLimit(4);
  const rest = await Promise.all(
    offsets.map((offset) => run(() => withRetries(() => fetchPage(offset), signal))),
  );
  return [first, ...rest].flatMap((page) => page.items);
}

export interface PageChunk<Row> {
  total: number;
  rows: Row[];
}

/** Pages that arrived together: one cache update and one render for all of them. */
export interface PageBatch<Row> {
  total: number;
  pages: (PageChunk<Row> & { offset: number })[];
}

/**
 * A streamed list: `rows` is every row from the first on without a gap (what selection,
 * find, play and editing work on); pages that came before the ones above them wait in
 * `ahead`, where the table can already show them.
 */
export interface PagedRows<Row> {
  total: number;
  rows: Row[];
  ahead?: PageBatch<Row>['pages'];
}

/** The list's reducer: each batch's pages go in place, and `rows` grows while it can. */
export function placePages<Row>(data: PagedRows<Row>, batch: PageBatch<Row>): PagedRows<Row> {
  const pages = [...(data.ahead ?? []), ...batch.pages].sort((a, b) => a.offset - b.offset);
  const joined: Row[][] = [];
  const ahead: PageBatch<Row>['pages'] = [];
  let end = data.rows.length;
  for (const page of pages) {
    if (page.offset === end) {
      joined.push(page.rows);
      end += page.rows.length;
    } else if (page.offset > end) ahead.push(page);
  }
  const rows = joined.length ? data.rows.concat(...joined) : data.rows;
  return ahead.length ? { total: batch.total, rows, ahead } : { total: batch.total, rows };
}

/** The row at `index`, whether in the gapless rows or in a page that came early. */
export function rowAt<Row>(data: PagedRows<Row>, index: number): Row | undefined {
  if (index < data.rows.length) return data.rows[index];
  const page = data.ahead?.find((p) => index >= p.offset && index < p.offset + p.rows.length);
  return page?.rows[index - page.offset];
}

/**
 * A page size Spotify may refuse. Asked for on the first pages after each page load (all
 * at once, as if it will be served); a 400 (Spotify says "Invalid limit") or a page
 * shorter than asked while more remain means `fallback` from then on, until the next page
 * load. Either costs one round trip, once.
 */
export interface PageSize {
  size: number;
  fallback: number;
  settled: boolean;
}

/** How many rows from the first on the pages cover without a gap. */
function coveredFromStart(pages: [number, number][]): number {
  let end = 0;
  for (const [offset, length] of [...pages].sort((a, b) => a[0] - b[0]))
    if (offset <= end) end = Math.max(end, offset + length);
  return end;
}

/**
 * Pages of one list asked for at once. Over HTTP/1.1 a browser keeps 6 connections to a
 * host and queues the other requests itself, so with 8 in flight a connection that frees
 * while the main thread is busy (a page's first render) takes the next page at once
 * instead of idling until the app can ask: a quarter of the connections' time was idle in
 * a cold load of 10,000 items (issue 27). Over HTTP/2, as Spotify's API is served, it is 8
 * requests at once. A build may set VITE_ITEM_PAGE_CONCURRENCY to compare.
 */
export const PAGE_CONCURRENCY = Number(import.meta.env.VITE_ITEM_PAGE_CONCURRENCY) || 8;

/** The row on screen per streamed list (by query hash). */
const wantedRows = defineSlot(() => new Map<string, number>());

/** Says which row of a streamed list is on screen: the pages around it are asked for next. */
export function wantRow(queryKey: QueryKey, row: number) {
  runtime().get(wantedRows).set(hashKey(queryKey), row);
}

/** Rows around the wanted one that count as on screen (a tall window shows about 40). */
const WANTED_SPAN = 60;
/**
 * Pages arriving within this long of the last hand-over wait and go together: every
 * hand-over re-renders the list and everything derived from all its rows, so 200 pages
 * handed over one by one cost a phone's main thread seconds. The first page, the last,
 * and a page with the wanted row go at once.
 */
const HAND_OVER_MS = 400;

interface StreamPagesOptions<Row> {
  fetchPage: (offset: number, limit: number, signal: AbortSignal) => Promise<PageChunk<Row>>;
  pageSize: number | PageSize;
  concurrency: number;
  /** The wait before retrying a failed page (the query client's, so tests need not wait). */
  retryDelay?: (attempt: number) => number;
  /**
   * How many items there are, when known beforehand (a playlist says): every page starts
   * at once. Without it the first page says, and the rest start when it arrives.
   */
  expectedTotal?: number;
  /**
   * Rows from the first on that came with something else (a playlist's details embed its
   * first page): handed over at once, and the pages start after them. Needs expectedTotal.
   */
  firstRows?: Row[];
  /** The list's query key, under which wantRow says what is on screen. */
  queryKey?: QueryKey;
  /**
   * Whether anything shows the list yet (asked as each page arrives). Until it does, pages
   * are kept, not handed over: a list asked for ahead of its page (with the details it
   * needs) changes nothing on screen while that page is still being built, and a list
   * nobody shows is handed over once, with its last page.
   */
  shown?: () => boolean;
  signal: AbortSignal;
}

export async function* streamPages<Row>({
  fetchPage,
  pageSize,
  concurrency,
  expectedTotal,
  firstRows,
  retryDelay,
  queryKey,
  shown = () => true,
  signal,
}: StreamPagesOptions<Row>): AsyncGenerator<PageBatch<Row>> {
  const size =
    typeof pageSize === 'number' ? { size: pageSize, fallback: pageSize, settled: true } : pageSize;
  const wanted = () => (queryKey ? runtime().get(wantedRows).get(hashKey(queryKey)) : undefined);

  const arrived: PageBatch<Row>['pages'] = [];
  /** [offset, rows] of every page received, to check at the end that nothing is missing. */
  const received: [number, number][] = [];
  const pending = new Set<number>();
  const planned = new Set<number>();
  let failure: { error: Error } | undefined;
  let wake: (() => void) | undefined;
  let inFlight = 0;
  let total = expectedTotal ?? 0;
  const given = expectedTotal !== undefined && firstRows?.length ? firstRows : [];
  if (given.length) {
    arrived.push({ total, rows: given, offset: 0 });
    received.push([0, given.length]);
  }

  // Every offset up to the total at the current page size, once (a smaller size adds the
  // offsets in between; the rows they repeat are dropped by placePages).
  const plan = () => {
    for (let offset = given.length; offset < Math.max(total, 1); offset += size.size)
      if (!planned.has(offset)) {
        planned.add(offset);
        pending.add(offset);
      }
    for (const offset of pending) if (offset >= total && offset > 0) pending.delete(offset);
  };
  const fallBack = () => {
    size.size = size.fallback;
    size.settled = true;
    plan();
  };
  // The pages covering the row on screen first, then the rest in order.
  const next = (): number => {
    const row = wanted();
    const rank = (offset: number) =>
      row !== undefined && offset + size.size > row && offset < row + WANTED_SPAN
        ? offset - 1e9
        : offset;
    let best = NaN;
    for (const offset of pending) if (!(rank(offset) >= rank(best))) best = offset;
    return best;
  };
  const settle = (offset: number, limit: number, page: PageChunk<Row>) => {
    if (page.total !== total) {
      total = page.total;
      plan();
    }
    if (size.settled || limit !== size.size) return;
    // Fewer rows than asked while more remain: this size is not served.
    if (page.rows.length < limit && offset + page.rows.length < page.total) fallBack();
    else size.settled = true;
  };
  const finished = () => inFlight === 0 && pending.size === 0;
  // Whether a page waiting to be handed over holds rows that are on screen.
  const onScreen = () => {
    const row = wanted() ?? 0;
    return arrived.some(
      (page) => row < page.offset + page.rows.length && page.offset < row + WANTED_SPAN,
    );
  };
  const pump = () => {
    while (!failure && inFlight < concurrency && pending.size > 0) {
      const offset = next();
      const limit = size.size;
      pending.delete(offset);
      inFlight += 1;
      withRetries(() => fetchPage(offset, limit, signal), signal, retryDelay)
        .then(
          (page) => {
            arrived.push({ ...page, offset });
            received.push([offset, page.rows.length]);
            settle(offset, limit, page);
          },
          (error: unknown) => {
            if (error instanceof SpotifyApiError && error.status === 400 && limit > size.fallback) {
              // A size Spotify does not serve: this page and the rest go again at the fallback.
              planned.delete(offset);
              fallBack();
            } else failure ??= { error: error instanceof Error ? error : new Error(String(error)) };
          },
        )
        .finally(() => {
          inFlight -= 1;
          pump();
          wake?.();
        });
    }
  };

  try {
    plan();
    pump();
    let handedOver = -Infinity;
    for (;;) {
      if (failure) throw failure.error;
      if (arrived.length > 0 && (finished() || shown())) {
        const wait = handedOver + HAND_OVER_MS - performance.now();
        if (wait > 0 && !finished() && !onScreen()) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, wait);
            // The last page, or one on screen, cuts the wait short.
            wake = () => {
              if (!finished() && !onScreen()) return;
              clearTimeout(timer);
              resolve();
            };
          });
          wake = undefined;
          continue;
        }
        handedOver = performance.now();
        yield { total, pages: arrived.splice(0) };
        continue;
      }
      if (finished()) {
        const covered = coveredFromStart(received);
        if (covered < total)
          throw new MalformedResponseError(
            `Spotify sent ${formatNumber(covered)} of the ${formatNumber(total)} it listed. Try again.`,
          );
        return;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    if (queryKey) runtime().get(wantedRows).delete(hashKey(queryKey));
  }
}
