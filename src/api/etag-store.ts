/**
 * Conditional GETs, as Spotify's "API calls" guide describes them: an answer carries an
 * ETag, and a GET that names it in If-None-Match gets `304 Not Modified` with no body
 * when nothing changed. The store keeps each URL's last 200 (its text, and the JSON read
 * from it once), so a 304 costs no download, no parsing and no new objects: the query
 * gets the very value it had, and React Query sees nothing changed.
 *
 * Beside the browser's HTTP cache, not instead of it: the browser revalidates by itself
 * (`max-age=0`) but hands back a 200 with its copy, which is parsed again, and the app
 * cannot tell it was a 304. A request that names an ETag of ours bypasses the browser's
 * copy (Fetch standard), so the browser's cache serves the first request for a URL after
 * a reload (this store is memory only) and this store every one after it
 * (`npm run bench requests` measures both).
 *
 * The values handed out are shared between readers: nothing may change them (frozen in
 * development and tests, where a change throws).
 */

interface Entry {
  etag: string;
  text: string;
  /** The answer's headers, with its length in bytes (openapi-fetch reads JSON through json() only when it is given). */
  headers: [string, string][];
  /** The JSON read from `text`, once someone asked for it. */
  value?: unknown;
}

/** Enough for the library's lists, details and player state, many times over. */
const MAX_ENTRIES = 400;
const MAX_TEXT = 8_000_000;
/**
 * Pages of streamed lists (a playlist's items, Liked Songs) are not kept: the query cache
 * keeps those per version already, and a 10,000-item playlist's 20 MB of pages would push
 * out everything else (in memory; the browser's cache keeps them on disk).
 */
const STREAMED_PAGES = /\/v1\/(playlists\/[^/?]+\/items|me\/tracks)(\?|$)/;

function freezeDeep(value: unknown): unknown {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) freezeDeep(child);
  }
  return value;
}

/** A 200 whose body is the stored text, read as JSON at most once for every reader. */
class StoredResponse extends Response {
  constructor(private readonly entry: Entry) {
    super(entry.text, { status: 200, statusText: 'OK', headers: entry.headers });
  }
  override text(): Promise<string> {
    return Promise.resolve(this.entry.text);
  }
  override json(): Promise<unknown> {
    const { entry } = this;
    if (!('value' in entry)) {
      const value: unknown = JSON.parse(entry.text);
      entry.value = import.meta.env.DEV ? freezeDeep(value) : value;
    }
    return Promise.resolve(entry.value);
  }
}

export class EtagStore {
  /**
   * Whether answers from this URL are kept here. The others are left to the browser's
   * HTTP cache, which revalidates them by itself.
   */
  static keeps(url: string): boolean {
    return !STREAMED_PAGES.test(url);
  }

  /** By URL, least recently used first. */
  private readonly entries = new Map<string, Entry>();
  private size = 0;

  /** The ETag to revalidate this URL with, if its answer is kept. */
  etagOf(url: string): string | undefined {
    return this.entries.get(url)?.etag;
  }

  /**
   * Keeps a 200 that has an ETag and returns the answer to hand on; undefined for one
   * not kept (and the URL's earlier answer is forgotten either way).
   */
  keep(url: string, response: Response, body: ArrayBuffer): Response | undefined {
    this.forget(url);
    const etag = response.headers.get('ETag');
    if (response.status !== 200 || !etag) return undefined;
    if (body.byteLength > MAX_TEXT / 4) return undefined;
    const text = new TextDecoder().decode(body);
    const headers = new Headers(response.headers);
    headers.set('Content-Length', String(body.byteLength));
    const entry: Entry = { etag, text, headers: [...headers] };
    this.entries.set(url, entry);
    this.size += text.length;
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.size <= MAX_TEXT) break;
      this.entries.delete(oldest);
      this.size -= old.text.length;
    }
    return new StoredResponse(entry);
  }

  /** The kept answer for a 304: the same text and the same JSON value as before. */
  reuse(url: string): Response | undefined {
    const entry = this.entries.get(url);
    if (!entry) return undefined;
    this.entries.delete(url);
    this.entries.set(url, entry);
    return new StoredResponse(entry);
  }

  forget(url: string): void {
    const entry = this.entries.get(url);
    if (!entry) return;
    this.entries.delete(url);
    this.size -= entry.text.length;
  }
}
