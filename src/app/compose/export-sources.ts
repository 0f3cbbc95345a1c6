/**
 * What the export reads, from the features that own it: a playlist with every item, or
 * Liked Songs. Through the query cache, so an export of a page already loaded costs
 * nothing, and one still loading waits for the same requests.
 */
import type { QueryClient } from '@tanstack/react-query';
import { settledQueryData } from '../../api/settled-query';
import { libraryQueries } from '../../features/library/queries';
import { playlistQueries } from '../../features/playlists/queries';
import { backupItems, type BackupPlaylist } from '../../features/transfer/backup-format';
import type { ExportSource } from '../../features/transfer/export-all';

export async function describePlaylist(
  queryClient: QueryClient,
  id: string,
): Promise<BackupPlaylist> {
  const playlist = await queryClient.fetchQuery({ ...playlistQueries.detail(id), staleTime: 0 });
  const shared = !!playlist.items;
  const rows = shared
    ? (
        await settledQueryData(
          queryClient,
          playlistQueries.items(id, playlist.snapshot_id, playlist.items?.total ?? 0),
        )
      ).rows
    : [];
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

/** Every playlist in the library (owned and followed), then Liked Songs when allowed. */
export async function librarySources(
  queryClient: QueryClient,
  withLikedSongs: boolean,
): Promise<ExportSource[]> {
  const list = await queryClient.fetchQuery(playlistQueries.list());
  return [
    ...list.map((playlist) => ({
      name: playlist.name,
      load: () => describePlaylist(queryClient, playlist.id),
    })),
    ...(withLikedSongs
      ? [{ name: 'Liked Songs', load: () => describeLikedSongs(queryClient) }]
      : []),
  ];
}

export async function describeLikedSongs(queryClient: QueryClient): Promise<BackupPlaylist> {
  const liked = await settledQueryData(queryClient, libraryQueries.likedSongs());
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
    items: backupItems(liked.rows),
  };
}
