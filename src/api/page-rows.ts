/**
 * A page of playlist items or Liked Songs, from Spotify's answer to table rows: what
 * page-reader.ts has its worker do, or does here when there is none. The answer keeps
 * Spotify's status and headers, so the request's own handling (spotify-fetch.ts) reads it
 * as it would the original; a success's body is left behind, and its rows go beside it.
 */
import { asRecord } from '../domain/read-spotify';
import { toRow, type TrackRow } from '../domain/track-row';
import { MalformedResponseError } from './errors';
import { readPage, type PageChunk } from './paged-stream';

/** Which list a page is of: it names the list in the message when a page cannot be read. */
export type RowSource = 'playlist items' | 'Liked Songs';

/** The rows, or the sentence that says the page could not be read. */
export type ReadRows = PageChunk<TrackRow> | { malformed: string };

/** An answer as it crosses from the worker (a Response cannot). */
export interface RowsAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** A failure's body, as it came (spotify-fetch.ts reads Spotify's error from it). */
  body: ArrayBuffer | null;
  /** A success's rows (ReadRows as JSON: parsing it is cheaper than cloning the rows). */
  rows?: string;
}

const decoder = new TextDecoder();

function parse(body: ArrayBuffer): unknown {
  if (!body.byteLength) return undefined;
  try {
    return JSON.parse(decoder.decode(body));
  } catch {
    return undefined;
  }
}

function readRows(body: ArrayBuffer, source: RowSource, offset: number): ReadRows {
  let page: { items: unknown[]; total: number };
  try {
    page = readPage(parse(body), source);
  } catch (error) {
    if (error instanceof MalformedResponseError) return { malformed: error.message };
    throw error;
  }
  const rows =
    source === 'Liked Songs'
      ? // A saved song is `{added_at, track}`; as a row it reads like a playlist entry.
        page.items.map((saved, i) => {
          const entry = asRecord(saved);
          return toRow(
            { added_at: entry?.added_at, item: entry?.track, is_local: false },
            offset + i,
          );
        })
      : page.items.map((item, i) => toRow(item, offset + i));
  return { total: page.total, rows };
}

/** Spotify's answer, with a success's body read into rows. */
export async function rowsAnswer(
  response: Response,
  source: RowSource,
  offset: number,
): Promise<RowsAnswer> {
  const body = await response.arrayBuffer();
  const { status, statusText, ok } = response;
  const headers = [...response.headers];
  return ok
    ? {
        status,
        statusText,
        headers,
        body: null,
        rows: JSON.stringify(readRows(body, source, offset)),
      }
    : { status, statusText, headers, body };
}

/** Statuses whose answer cannot have a body (the Fetch standard's "null body status"). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export function toResponse({ status, statusText, headers, body }: RowsAnswer): Response {
  return new Response(NULL_BODY.has(status) ? null : body, { status, statusText, headers });
}

/** The rows of a success's answer. */
export function rowsOf(rows: string | undefined): PageChunk<TrackRow> {
  const read = (rows === undefined ? undefined : JSON.parse(rows)) as ReadRows | undefined;
  if (!read || 'malformed' in read) {
    throw new MalformedResponseError(read?.malformed ?? 'Spotify sent a page we could not read.');
  }
  return read;
}
