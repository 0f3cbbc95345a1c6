/**
 * What the export reads, from the features that own it: a playlist with every item,
 * Liked Songs, or the saved albums, artists and podcasts. Through the query cache, so an
 * export of a page already loaded costs nothing, and one still loading waits for the same
 * requests. Export everything reads a
 * playlist whose snapshot_id in the (fresh) list is the one kept in memory or in the
 * persisted copy from there, with no request at all.
 */
import type { QueryClient } from '@tanstack/react-query';
import { settledQueryData } from '../../api/settled-query';
import { collectionQueries, type CollectionKind } from '../../features/library/collections';
import { libraryQueries } from '../../features/library/queries';
import { playlistQueries } from '../../features/playlists/queries';
import {
  backupItems,
  type BackupLibrary,
  type BackupPlaylist,
} from '../../features/transfer/backup-format';
import type { ExportSource } from '../../features/transfer/export-all';
import type { Playlist, SimplifiedPlaylist } from '../../api/spotify-types';
import type { TrackRow } from '../../domain/track-row';
import { keptQueryData } from '../infra/query-persistence';

export async function describePlaylist(
  queryClient: QueryClient,
  id: string,
): Promise<BackupPlaylist> {
  const playlist = await queryClient.fetchQuery({ ...playlistQueries.detail(id), staleTime: 0 });
  return describeVersion(queryClient, playlist);
}

/** Every row of a playlist's version, through the cache (none when its items are not shared). */
async function versionRows(queryClient: QueryClient, playlist: Playlist): Promise<TrackRow[]> {
  if (!playlist.items) return [];
  const items = playlistQueries.items(playlist.id, playlist.snapshot_id, playlist.items.total ?? 0);
  return (await settledQueryData(queryClient, items)).rows;
}

/** Every row of a playlist as Spotify has it now (its details asked again). */
export async function playlistRows(queryClient: QueryClient, id: string) {
  const playlist = await queryClient.fetchQuery({ ...playlistQueries.detail(id), staleTime: 0 });
  return { playlist, rows: await versionRows(queryClient, playlist) };
}

/** Every row of Liked Songs. */
export async function likedRows(queryClient: QueryClient): Promise<TrackRow[]> {
  return (await settledQueryData(queryClient, libraryQueries.likedSongs())).rows;
}

/** A playlist as the export writes it, its items read through the cache for its version. */
async function describeVersion(
  queryClient: QueryClient,
  playlist: Playlist,
): Promise<BackupPlaylist> {
  const shared = !!playlist.items;
  const rows = await versionRows(queryClient, playlist);
  return {
    source: 'playlist',
    id: playlist.id,
    name: playlist.name,
    description: playlist.description ?? null,
    public: playlist.public ?? null,
    collaborative: !!playlist.collaborative,
    owner: playlist.owner
      ? { id: playlist.owner.id, name: playlist.owner.display_name ?? null }
      : null,
    coverUrl: playlist.images?.[0]?.url ?? null,
    itemsShared: shared,
    items: backupItems(rows),
  };
}

/**
 * A playlist of the list: its kept details when they are of the version the list names
 * (whose items are then kept too, unless they were pushed out), else read anew.
 */
async function describeListed(
  queryClient: QueryClient,
  listed: SimplifiedPlaylist,
): Promise<BackupPlaylist> {
  const kept = await keptQueryData<Playlist>(
    queryClient,
    playlistQueries.detail(listed.id).queryKey,
  );
  if (kept?.snapshot_id !== listed.snapshot_id) return describePlaylist(queryClient, listed.id);
  if (kept.items)
    await keptQueryData(
      queryClient,
      playlistQueries.items(kept.id, kept.snapshot_id, kept.items.total).queryKey,
    );
  return describeVersion(queryClient, kept);
}

/** Every playlist in the library (owned and followed), then Liked Songs when allowed. */
export async function librarySources(
  queryClient: QueryClient,
  withLikedSongs: boolean,
): Promise<ExportSource[]> {
  // The list says each playlist's version now: asked again (a 304 when nothing changed).
  const list = await queryClient.fetchQuery({ ...playlistQueries.list(), staleTime: 0 });
  return [
    ...list.map((playlist) => ({
      name: playlist.name,
      load: () => describeListed(queryClient, playlist),
    })),
    ...(withLikedSongs
      ? [{ name: 'Liked Songs', load: () => describeLikedSongs(queryClient) }]
      : []),
  ];
}

export async function describeLikedSongs(queryClient: QueryClient): Promise<BackupPlaylist> {
  const rows = await likedRows(queryClient);
  return {
    source: 'liked-songs',
    id: null,
    name: 'Liked Songs',
    description: null,
    public: false,
    collaborative: false,
    owner: null,
    coverUrl: null,
    itemsShared: true,
    items: backupItems(rows),
  };
}

/**
 * The saved albums, followed artists and followed podcasts, read afresh; a kind this
 * login may not read (a session from before it was asked for) is left empty.
 */
export async function librarySaved(
  queryClient: QueryClient,
  allowed: { library: boolean; follows: boolean },
): Promise<BackupLibrary> {
  const read = async (kind: CollectionKind, may: boolean) =>
    may
      ? (await queryClient.fetchQuery({ ...collectionQueries.list(kind), staleTime: 0 })).map(
          (entry) => ({
            uri: entry.uri,
            name: entry.name,
            by: entry.byline,
            addedAt: entry.addedAt,
          }),
        )
      : [];
  const [albums, artists, shows] = await Promise.all([
    read('albums', allowed.library),
    read('artists', allowed.follows),
    read('shows', allowed.library),
  ]);
  return { albums, artists, shows };
}
