/**
 * Fetches the pages of long lists (a playlist's items, Liked Songs) in a Web Worker, and
 * reads them into rows there. On the main thread, 240 pages of Liked Songs (about 90 kB
 * each) cost over a second of a phone's time in receiving the bodies, parsing them,
 * building rows and collecting what was left, in tasks long enough to block input (issue
 * 27); the page now receives the finished rows. Only the sending moves: the request still
 * goes through spotifyFetch (token, rate limits, retries, errors), which reads the answer
 * as it would the original. Until the worker has started, and where there is none, the
 * page fetches and reads the page itself (worker-client.ts): no page waits for the
 * worker's code to load.
 */
import type { Remote } from 'comlink';
import type { TrackRow } from '../domain/track-row';
import { workerClient } from '../lib/worker-client';
import type { PageChunk } from './paged-stream';
import { rowsAnswer, rowsOf, toResponse, type RowSource, type RowsAnswer } from './page-rows';
import type { PageReader } from './page-reader-worker';
import { spotifyFetch, type Send } from './spotify-fetch';

const pageReader = workerClient<PageReader>(
  () => new Worker(new URL('./page-reader-worker.ts', import.meta.url), { type: 'module' }),
);

let lastId = 0;
/**
 * Pages read so far: the first is read here without starting the worker, so a lone page
 * (Liked Songs' check that nothing changed, a short playlist) never starts one.
 */
let pagesRead = 0;

/** Asks the worker; `signal` cancels the worker's request too. */
function askWorker(
  remote: Remote<PageReader>,
  request: Request,
  source: RowSource,
  offset: number,
): Promise<RowsAnswer> {
  return new Promise((resolve, reject) => {
    const id = ++lastId;
    const { signal } = request;
    const abort = () => {
      void remote.cancel(id);
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('', 'AbortError'));
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    remote
      .fetchRows(id, { url: request.url, headers: [...request.headers] }, source, offset)
      .then((answer) => {
        // As fetch rejects when no answer came, so spotifyFetch retries or says so.
        if ('failed' in answer) reject(new TypeError('Failed to fetch'));
        else resolve(answer);
      }, reject)
      .finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * One page's GET: pass `fetch` to the client's call, and after it returns, `rows()` are
 * the page's rows (a MalformedResponseError if Spotify's page could not be read).
 */
export function pageReaderFor(
  source: RowSource,
  offset: number,
): { fetch: (request: Request) => Promise<Response>; rows: () => PageChunk<TrackRow> } {
  let rows: string | undefined;
  const send: Send = async (request) => {
    const here = async () => rowsAnswer(await globalThis.fetch(request), source, offset);
    const answer =
      pagesRead++ === 0
        ? await here()
        : await pageReader.run((remote) => askWorker(remote, request, source, offset), here, {
            whileStarting: 'in-place',
          });
    rows = answer.rows;
    return toResponse(answer);
  };
  return { fetch: (request) => spotifyFetch(request, send), rows: () => rowsOf(rows) };
}
