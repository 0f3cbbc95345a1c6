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
import {
  PAGE_CONCURRENCY,
  placePages,
  streamPages,
  type PageChunk,
  type PagedRows,
} from '../../api/paged-stream';
import { retryDelayOf, withRetries } from '../../api/retry-policy';
import type { TrackRow } from '../../domain/track-row';
import { pageReaderFor } from '../../api/page-reader';
import { lookUpSaved } from './saved-lookup';

/** Spotify's maximum page size for /me/tracks (docs/spotify-api.md#library). */
const LIKED_PAGE_SIZE = 50;

/** Newest first; a row's `position` is its place in that order. */
export type LikedSongs = PagedRows<TrackRow>;

async function fetchLikedPage(
  offset: number,
  limit: number,
  signal: AbortSignal,
): Promise<PageChunk<TrackRow>> {
  const reader = pageReaderFor('Liked Songs', offset);
  await spotify().GET('/me/tracks', {
    params: { query: { limit, offset } },
    parseAs: 'stream',
    fetch: reader.fetch,
    signal,
  });
  return reader.rows();
}

/**
 * Whether the list we have (from a reload's persisted copy, or an earlier visit) is still
 * Spotify's: a song saved anywhere goes on top with a new date, and an unsaved one changes
 * the count, so the same count and the same first page mean the same list. One request
 * instead of 240.
 */
async function unchanged(
  known: LikedSongs,
  signal: AbortSignal,
  retryDelay: (attempt: number) => number,
): Promise<boolean> {
  if (known.ahead || known.rows.length < known.total || known.total === 0) return false;
  const top = await withRetries(
    () => fetchLikedPage(0, LIKED_PAGE_SIZE, signal),
    signal,
    retryDelay,
  );
  return (
    top.total === known.total &&
    top.rows.every(
      (row, i) => row.uri === known.rows[i]?.uri && row.addedAt === known.rows[i]?.addedAt,
    )
  );
}

/** How long a looked-up saved state is trusted; our own changes update it at once. */
const SAVED_STALE_MS = 10 * 60_000;

export const libraryQueries = {
  all: () => ['library'] as const,
  likedSongs: () =>
    queryOptions({
      queryKey: [...libraryQueries.all(), 'liked-songs'],
      queryFn: streamedQuery({
        streamFn: async function* ({ signal, client, queryKey }) {
          const retryDelay = retryDelayOf(client);
          const known = client.getQueryData<LikedSongs>(queryKey);
          if (known && (await unchanged(known, signal, retryDelay))) {
            yield {
              total: known.total,
              pages: [{ offset: 0, total: known.total, rows: known.rows }],
            };
            return;
          }
          yield* streamPages({
            fetchPage: fetchLikedPage,
            retryDelay,
            pageSize: LIKED_PAGE_SIZE,
            concurrency: PAGE_CONCURRENCY,
            queryKey,
            signal,
          });
        },
        reducer: placePages<TrackRow>,
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
      // Saved states are never kept (persisted-cache.ts), so each of a screenful of
      // lookups skips the persister and the wait for its module (issue 27). Offline they
      // fail as before rather than pause (the persister made every query offlineFirst).
      persister: undefined,
      networkMode: 'offlineFirst',
      staleTime: SAVED_STALE_MS,
      retry: 1,
    }),
};

/** Records saved states we know without asking (after a change, or from Liked Songs). */
export function setSavedStates(queryClient: QueryClient, uris: readonly string[], saved: boolean) {
  for (const uri of uris) queryClient.setQueryData(libraryQueries.saved(uri).queryKey, saved);
}
