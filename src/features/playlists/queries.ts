/**
 * Server state for playlists: the user's list (every page), one playlist, and its items
 * (streamed page by page, cached by snapshot_id so an unchanged playlist is never
 * fetched again).
 */
import {
  queryOptions,
  experimental_streamedQuery as streamedQuery,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { spotify } from '../../api/client';
import { defineSlot, runtime } from '../../lib/runtime';
import { MalformedResponseError } from '../../api/errors';
import { readFullPlaylist, readPlaylist } from '../../domain/read-spotify';
import {
  PAGE_CONCURRENCY,
  placePages,
  readEveryPage,
  readPage,
  streamPages,
  type PageChunk,
  type PageSize,
  type PagedRows,
} from '../../api/paged-stream';
import { retryDelayOf } from '../../api/retry-policy';
import type { Playlist, SimplifiedPlaylist } from '../../api/spotify-types';
import { toRow, type TrackRow } from '../../domain/track-row';
import { pageReaderFor } from '../../api/page-reader';

/** Spotify's documented maximum page size for /me/playlists and /playlists/{id}/items (docs/spotify-api.md#playlists-and-their-items). */
export const PAGE_SIZE = 50;
/**
 * Item pages: Spotify documents 50 but serves 100 in late 2026, halving the requests for a
 * big playlist. 100 is asked for on the first page after each page load (a runtime
 * lives as long as the page); a refusal or a short page means 50 until the next (PageSize).
 */
const itemPageSize = defineSlot((): PageSize => ({
  size: 100,
  fallback: PAGE_SIZE,
  settled: false,
}));

async function fetchPlaylistsPage(offset: number, signal: AbortSignal) {
  const { data } = await spotify().GET('/me/playlists', {
    params: { query: { limit: PAGE_SIZE, offset } },
    signal,
  });
  return readPage(data, 'a list of playlists');
}

/** Every page of /me/playlists: the first, then the rest in parallel. null entries are skipped (docs/spotify-api.md#null-items). */
async function fetchAllPlaylists(signal: AbortSignal): Promise<SimplifiedPlaylist[]> {
  const entries = await readEveryPage(
    (offset) => fetchPlaylistsPage(offset, signal),
    PAGE_SIZE,
    signal,
  );
  return entries.map(readPlaylist).filter((playlist) => playlist !== null);
}

async function fetchPlaylist(id: string, signal: AbortSignal): Promise<Playlist> {
  const { data } = await spotify().GET('/playlists/{playlist_id}', {
    params: { path: { playlist_id: id }, query: { additional_types: 'track,episode' } },
    signal,
  });
  const playlist = readFullPlaylist(data);
  if (!playlist) {
    throw new MalformedResponseError('Spotify sent a playlist we could not read. Try again.');
  }
  return playlist;
}

async function fetchItemsPage(
  id: string,
  offset: number,
  limit: number,
  signal: AbortSignal,
): Promise<PageChunk<TrackRow>> {
  const reader = pageReaderFor('playlist items', offset);
  await spotify().GET('/playlists/{playlist_id}/items', {
    params: {
      path: { playlist_id: id },
      query: { limit, offset, additional_types: 'track,episode' },
    },
    parseAs: 'stream',
    fetch: reader.fetch,
    signal,
  });
  return reader.rows();
}

export type PlaylistItemsData = PagedRows<TrackRow>;

/**
 * The rows of the first page GET /playlists/{id} embeds (none when it embeds none, or
 * after a change of the app's own, which leaves them as they were before it).
 */
export function embeddedRows(playlist: Playlist | undefined): TrackRow[] {
  const paging = playlist?.items;
  if (!paging || (paging.offset ?? 0) !== 0 || !Array.isArray(paging.items)) return [];
  let rows = embedded.get(paging);
  if (!rows) embedded.set(paging, (rows = paging.items.map((item, i) => toRow(item, i))));
  return rows;
}

/**
 * The rows read from each embedded page, once: the page shows them before its items
 * arrive, and the items query starts from the same rows, so the same row objects carry
 * on and their (memoized) table rows are not rendered again when the items arrive.
 */
const embedded = new WeakMap<object, TrackRow[]>();

/** The embedded rows of the cached details, when they are of this version. */
function embeddedRowsOf(client: QueryClient, id: string, snapshotId: string): TrackRow[] {
  const playlist = client.getQueryData(playlistQueries.detail(id).queryKey);
  return playlist?.snapshot_id === snapshotId ? embeddedRows(playlist) : [];
}

const ITEMS = 'items';

/**
 * Questions about a query key, answered here where the keys are laid out, so no other
 * module reads a key by position.
 */
export const playlistKeys = {
  /** A playlist's items (any version). */
  isItems: (key: QueryKey) => key[0] === 'playlists' && key[1] === ITEMS,
  /** For a version's items: the key of every version of that playlist's items. */
  versionsOf: (key: QueryKey): QueryKey | null =>
    playlistKeys.isItems(key) && typeof key[2] === 'string'
      ? playlistQueries.itemsOf(key[2])
      : null,
  /** For a version's items: which playlist and snapshot it is. */
  itemsVersion: (key: QueryKey): { id: string; snapshot: string } | null =>
    playlistKeys.isItems(key) && typeof key[2] === 'string' && typeof key[3] === 'string'
      ? { id: key[2], snapshot: key[3] }
      : null,
  /** The mutation key of changes to a playlist's items (one queue per playlist). */
  change: (id: string) => ['playlists', 'change', id] as const,
};

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
   * Every version's items of one playlist: a sibling of its detail, so re-reading the
   * details never touches the items (they are kept per snapshot and never go stale).
   */
  itemsOf: (id: string) => [...playlistQueries.all(), ITEMS, id] as const,
  /**
   * Items of one version of the playlist; a new snapshot_id is a new cache entry.
   * `expectedTotal` (the playlist's item count) lets every page start at once.
   */
  items: (id: string, snapshotId: string, expectedTotal: number) =>
    queryOptions({
      queryKey: [...playlistQueries.itemsOf(id), snapshotId],
      queryFn: streamedQuery({
        streamFn: ({ signal, client, queryKey }) =>
          streamPages({
            retryDelay: retryDelayOf(client),
            fetchPage: (offset, limit, pageSignal) => fetchItemsPage(id, offset, limit, pageSignal),
            pageSize: runtime().get(itemPageSize),
            concurrency: PAGE_CONCURRENCY,
            expectedTotal,
            firstRows: embeddedRowsOf(client, id, snapshotId),
            queryKey,
            // Handed over once something shows them: asked for ahead of the page
            // (playlist-ahead.ts), none lands mid-render; read whole by a tool, once at the end.
            shown: () =>
              (client.getQueryCache().find({ queryKey, exact: true })?.getObserversCount() ?? 0) >
              0,
            signal,
          }),
        reducer: placePages<TrackRow>,
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
