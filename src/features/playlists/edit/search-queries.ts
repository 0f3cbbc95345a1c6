/**
 * Songs and episodes found by the add panel's search, ten of each per page. Kept apart from
 * the playlist queries, which the app shell loads at start: search is needed only once the
 * add panel opens.
 */
import { infiniteQueryOptions } from '@tanstack/react-query';
import { SEARCH_LIMIT, searchCatalog } from '../../../api/search';
import { isPlayable, itemRow, type TrackRow } from '../../../domain/track-row';

export interface SearchPage {
  tracks: TrackRow[];
  episodes: TrackRow[];
  more: boolean;
}

async function fetchSearchPage(
  q: string,
  offset: number,
  signal: AbortSignal,
): Promise<SearchPage> {
  const results = await searchCatalog(q, ['track', 'episode'], { offset, signal });
  // Entries can be null; each result becomes a row as it would in a playlist.
  const rows = (items: unknown[]) => items.map((item) => itemRow(item)).filter(isPlayable);
  return { tracks: rows(results.tracks), episodes: rows(results.episodes), more: results.more };
}

export const searchQueries = {
  all: () => ['search'] as const,
  /** Songs and episodes for `q`, ten of each per page, paged by offset. */
  tracksAndEpisodes: (q: string) =>
    infiniteQueryOptions({
      queryKey: [...searchQueries.all(), 'tracks-episodes', q],
      queryFn: ({ pageParam, signal }) => fetchSearchPage(q, pageParam, signal),
      initialPageParam: 0,
      getNextPageParam: (last, _pages, offset) => (last.more ? offset + SEARCH_LIMIT : undefined),
      staleTime: 5 * 60_000,
    }),
};
