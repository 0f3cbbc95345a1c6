/**
 * Spotify's catalogue search, read safely: one fetcher for every feature that searches
 * (the add panel, CSV import). Since February 2026 a search returns at most 10 results
 * of each type per request (docs/spotify-api.md, "Search").
 */
import { spotify } from './client';
import { MalformedResponseError } from './errors';
import { asRecord } from '../domain/read-spotify';

export const SEARCH_LIMIT = 10;

/** The kinds the app searches for, each a section of results. */
export type SearchType = 'track' | 'artist' | 'album' | 'playlist' | 'show' | 'episode';

export interface SearchSection {
  /** The entries as Spotify sent them (any may be null): the caller reads them. */
  items: unknown[];
  total: number;
  more: boolean;
}

export interface CatalogResults {
  /** The entries as Spotify sent them (any may be null): the caller makes rows of them. */
  tracks: unknown[];
  episodes: unknown[];
  /** Whether any type has a next page. */
  more: boolean;
  /** Each type asked for, by type. */
  sections: Partial<Record<SearchType, SearchSection>>;
}

const page = (value: unknown): SearchSection => {
  const record = asRecord(value);
  const items = Array.isArray(record?.items) ? (record.items as unknown[]) : [];
  const total = record?.total;
  return {
    items,
    total: typeof total === 'number' && Number.isSafeInteger(total) ? total : items.length,
    more: typeof record?.next === 'string',
  };
};

export async function searchCatalog(
  q: string,
  types: SearchType[],
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
  // Spotify names each section by its type in the plural (tracks, albums…).
  const sections: CatalogResults['sections'] = {};
  for (const type of types) sections[type] = page(results[`${type}s`]);
  const tracks = sections.track ?? page(null);
  const episodes = sections.episode ?? page(null);
  return {
    tracks: tracks.items,
    episodes: episodes.items,
    more: Object.values(sections).some((section) => section.more),
    sections,
  };
}
