/**
 * Spotify's catalogue search, read safely: one fetcher for every feature that searches
 * (the add panel, CSV import). Since February 2026 a search returns at most 10 results
 * of each type per request (docs/spotify-api.md, "Search").
 */
import { spotify } from './client';
import { MalformedResponseError } from './errors';
import { asRecord } from '../domain/read-spotify';

export const SEARCH_LIMIT = 10;

export interface CatalogResults {
  /** The entries as Spotify sent them (any may be null): the caller makes rows of them. */
  tracks: unknown[];
  episodes: unknown[];
  /** Whether any type has a next page. */
  more: boolean;
}

const page = (value: unknown) => {
  const record = asRecord(value);
  return {
    items: Array.isArray(record?.items) ? (record.items as unknown[]) : [],
    more: typeof record?.next === 'string',
  };
};

export async function searchCatalog(
  q: string,
  types: ('track' | 'episode')[],
  { offset = 0, signal }: { offset?: number; signal?: AbortSignal } = {},
): Promise<CatalogResults> {
  const { data } = await spotify().GET('/search', {
    params: { query: { q, type: types, limit: SEARCH_LIMIT, offset } },
    // Spotify takes the types as one comma list (type=track,episode), not repeated.
    querySerializer: { array: { style: 'form', explode: false } },
    signal,
  });
  const results = asRecord(data);
  if (!results)
    throw new MalformedResponseError('Spotify sent search results we could not read. Try again.');
  const tracks = page(results.tracks);
  const episodes = page(results.episodes);
  return { tracks: tracks.items, episodes: episodes.items, more: tracks.more || episodes.more };
}
