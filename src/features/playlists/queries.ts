/**
 * Server state for playlists: the user's list (every page), one playlist, and its items
 * (streamed page by page, cached by snapshot_id so an unchanged playlist is never
 * fetched again).
 */
import {
  infiniteQueryOptions,
  queryOptions,
  experimental_streamedQuery as streamedQuery,
} from '@tanstack/react-query';
import { spotify } from '../../api/client';
import { MalformedResponseError } from '../../api/errors';
import { readPage, streamPages, type PageChunk } from '../../api/paged-stream';
import { retryDelayOf, withRetries } from '../../api/retry-policy';
import type { Paging, Playlist, SearchResults, SimplifiedPlaylist } from '../../api/spotify-types';
import { concurrencyLimit } from '../../lib/concurrency';
import { isPlayable, itemRow, toRow, type TrackRow } from '../../components/track-list/track-row';

/** Spotify's maximum page size for /me/playlists and /playlists/{id}/items (5.1). */
export const PAGE_SIZE = 50;
/**
 * Parallel item-page requests: browsers open about 6 connections per host anyway.
 * A build may set VITE_ITEM_PAGE_CONCURRENCY (the benchmark builds a sequential variant).
 */
export const ITEM_PAGE_CONCURRENCY = Number(import.meta.env.VITE_ITEM_PAGE_CONCURRENCY) || 6;

function isPlaylistLike(value: unknown): value is SimplifiedPlaylist {
  const p = value as SimplifiedPlaylist | null;
  return !!p && typeof p.id === 'string' && typeof p.name === 'string';
}

async function fetchPlaylistsPage(offset: number, signal: AbortSignal) {
  const { data } = await spotify().GET('/me/playlists', {
    params: { query: { limit: PAGE_SIZE, offset } },
    signal,
  });
  return readPage<SimplifiedPlaylist | null>(data, 'a list of playlists');
}

/** Every page of /me/playlists: the first, then the rest in parallel. null entries are skipped (8). */
async function fetchAllPlaylists(signal: AbortSignal): Promise<SimplifiedPlaylist[]> {
  const first = await fetchPlaylistsPage(0, signal);
  const offsets: number[] = [];
  for (let offset = PAGE_SIZE; offset < first.total; offset += PAGE_SIZE) offsets.push(offset);
  const run = concurrencyLimit(4);
  const rest = await Promise.all(
    offsets.map((offset) =>
      run(() => withRetries(() => fetchPlaylistsPage(offset, signal), signal)),
    ),
  );
  return [first, ...rest].flatMap((page) => page.items).filter(isPlaylistLike);
}

async function fetchPlaylist(id: string, signal: AbortSignal): Promise<Playlist> {
  const { data } = await spotify().GET('/playlists/{playlist_id}', {
    params: { path: { playlist_id: id }, query: { additional_types: 'track,episode' } },
    signal,
  });
  const playlist = data as Playlist | undefined;
  if (!isPlaylistLike(playlist) || typeof playlist.snapshot_id !== 'string') {
    throw new MalformedResponseError('Spotify sent a playlist we could not read. Try again.');
  }
  return playlist;
}

export type ItemsChunk = PageChunk<TrackRow>;

async function fetchItemsPage(
  id: string,
  offset: number,
  signal: AbortSignal,
): Promise<ItemsChunk> {
  const { data } = await spotify().GET('/playlists/{playlist_id}/items', {
    params: {
      path: { playlist_id: id },
      query: { limit: PAGE_SIZE, offset, additional_types: 'track,episode' },
    },
    signal,
  });
  const page = readPage<unknown>(data, 'playlist items');
  return { total: page.total, rows: page.items.map((item, i) => toRow(item, offset + i)) };
}

/** Spotify's search returns at most 10 of each type per request (5.3). */
const SEARCH_LIMIT = 10;

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
  const { data } = await spotify().GET('/search', {
    params: { query: { q, type: ['track', 'episode'], limit: SEARCH_LIMIT, offset } },
    // Spotify takes the types as one comma list (type=track,episode), not repeated.
    querySerializer: { array: { style: 'form', explode: false } },
    signal,
  });
  const results = data as SearchResults | undefined;
  if (!results || typeof results !== 'object')
    throw new MalformedResponseError('Spotify sent search results we could not read. Try again.');
  // Entries can be null (8); each result becomes a row as it would in a playlist.
  const rows = (page: Paging<unknown> | undefined) =>
    (Array.isArray(page?.items) ? page.items : []).map((item) => itemRow(item)).filter(isPlayable);
  return {
    tracks: rows(results.tracks),
    episodes: rows(results.episodes),
    more: !!(results.tracks?.next || results.episodes?.next),
  };
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

export interface PlaylistItemsData {
  total: number;
  rows: TrackRow[];
}

export const playlistQueries = {
  all: () => ['playlists'] as const,
  list: () =>
    queryOptions({
      queryKey: [...playlistQueries.all(), 'list'],
      queryFn: ({ signal }) => fetchAllPlaylists(signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...playlistQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchPlaylist(id, signal),
    }),
  /**
   * Items of one version of the playlist; a new snapshot_id is a new cache entry.
   * `expectedTotal` (the playlist's item count) lets every page start at once.
   */
  items: (id: string, snapshotId: string, expectedTotal: number) =>
    queryOptions({
      queryKey: [...playlistQueries.detail(id).queryKey, 'items', snapshotId],
      queryFn: streamedQuery<ItemsChunk, PlaylistItemsData>({
        streamFn: ({ signal, client }) =>
          streamPages({
            retryDelay: retryDelayOf(client),
            fetchPage: (offset, pageSignal) => fetchItemsPage(id, offset, pageSignal),
            pageSize: PAGE_SIZE,
            concurrency: ITEM_PAGE_CONCURRENCY,
            expectedTotal,
            signal,
          }),
        reducer: (data, chunk) => ({ total: chunk.total, rows: data.rows.concat(chunk.rows) }),
        initialValue: { total: 0, rows: [] },
      }),
      // A snapshot's items never change; pages already retry one by one.
      staleTime: Infinity,
      // Structural sharing would deep-compare every row on every page (O(n²) for 10,000 items).
      structuralSharing: false,
      gcTime: 30 * 60_000,
      retry: false,
    }),
};
