/**
 * Server state for the library: Liked Songs (every page, streamed like a playlist's
 * items) and whether songs are saved (one cache entry per URI, filled in batches).
 */
import {
  queryOptions,
  experimental_streamedQuery as streamedQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { spotify } from '../../api/client';
import { readPage, streamPages, type PageChunk } from '../../api/paged-stream';
import { retryDelayOf } from '../../api/retry-policy';
import { toRow, type TrackRow } from '../../components/track-list/track-row';
import { lookUpSaved } from './saved-lookup';

/** Spotify's maximum page size for /me/tracks (5.2). */
const LIKED_PAGE_SIZE = 50;
/** As for playlist items: browsers open about 6 connections per host anyway. */
const LIKED_PAGE_CONCURRENCY = Number(import.meta.env.VITE_ITEM_PAGE_CONCURRENCY) || 6;

export interface LikedSongs {
  total: number;
  /** Newest first; `position` is the place in that order. */
  rows: TrackRow[];
}

async function fetchLikedPage(offset: number, signal: AbortSignal): Promise<PageChunk<TrackRow>> {
  const { data } = await spotify().GET('/me/tracks', {
    params: { query: { limit: LIKED_PAGE_SIZE, offset } },
    signal,
  });
  const page = readPage<unknown>(data, 'Liked Songs');
  // A saved song is `{added_at, track}`; as a row it reads like a playlist entry.
  const rows = page.items.map((saved, i) => {
    const entry = (saved ?? {}) as { added_at?: unknown; track?: unknown };
    return toRow({ added_at: entry.added_at, item: entry.track, is_local: false }, offset + i);
  });
  return { total: page.total, rows };
}

/** How long a looked-up saved state is trusted; our own changes update it at once. */
const SAVED_STALE_MS = 10 * 60_000;

export const libraryQueries = {
  all: () => ['library'] as const,
  likedSongs: () =>
    queryOptions({
      queryKey: [...libraryQueries.all(), 'liked-songs'],
      queryFn: streamedQuery<PageChunk<TrackRow>, LikedSongs>({
        streamFn: ({ signal, client }) =>
          streamPages({
            fetchPage: fetchLikedPage,
            retryDelay: retryDelayOf(client),
            pageSize: LIKED_PAGE_SIZE,
            concurrency: LIKED_PAGE_CONCURRENCY,
            signal,
          }),
        reducer: (data, chunk) => ({ total: chunk.total, rows: data.rows.concat(chunk.rows) }),
        initialValue: { total: 0, rows: [] },
        // A reload keeps the list on screen until the new one is complete.
        refetchMode: 'replace',
      }),
      // Our own likes update the list in place; a reload is for changes made elsewhere.
      staleTime: SAVED_STALE_MS,
      // Deep-comparing 12,000 rows on every page would be O(n²).
      structuralSharing: false,
      retry: false,
    }),
  /** Whether one song or episode is saved; looked up with the others on screen (40 a request). */
  saved: (uri: string) =>
    queryOptions({
      queryKey: [...libraryQueries.all(), 'saved', uri],
      queryFn: ({ signal }) => lookUpSaved(uri, signal),
      staleTime: SAVED_STALE_MS,
      retry: 1,
    }),
};

/** Records saved states we know without asking (after a change, or from Liked Songs). */
export function setSavedStates(queryClient: QueryClient, uris: readonly string[], saved: boolean) {
  for (const uri of uris) queryClient.setQueryData(libraryQueries.saved(uri).queryKey, saved);
}
