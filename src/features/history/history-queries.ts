/**
 * The history as queries: what the panels read from this browser's store (never from
 * Spotify). Not persisted (the store is its own copy) and read again whenever a panel opens.
 */
import { queryOptions } from '@tanstack/react-query';
import { recordedHistory } from './history-store';
import { storedEntries, type VersionMeta } from './version-store';

export const historyQueries = {
  all: () => ['history'] as const,
  /** A playlist's kept versions (oldest first) and how many entries the store holds; null: nothing can be kept here. */
  versions: (playlistId: string) =>
    queryOptions({
      queryKey: [...historyQueries.all(), 'versions', playlistId],
      queryFn: async () => {
        const store = await recordedHistory();
        if (!store) return null;
        const index = await store.readIndex();
        return {
          versions: index.playlists[playlistId]?.versions ?? [],
          stored: storedEntries(index),
        };
      },
      staleTime: 0,
      gcTime: 0,
      networkMode: 'always',
    }),
  /** Your playlists seen leaving your library, newest first, each with its last kept version. */
  removed: () =>
    queryOptions({
      queryKey: [...historyQueries.all(), 'removed'],
      queryFn: async () => {
        const store = await recordedHistory();
        if (!store) return [];
        const index = await store.readIndex();
        return index.removed.map((playlist) => ({
          playlist,
          last: index.playlists[playlist.id]?.versions.at(-1) ?? null,
        }));
      },
      staleTime: 0,
      gcTime: 0,
      networkMode: 'always',
    }),
  /** One version's rows (its entry, a few segments, is the key). */
  rows: (playlistId: string, version: VersionMeta | null) =>
    queryOptions({
      queryKey: [...historyQueries.all(), 'rows', playlistId, version],
      queryFn: async () => {
        const store = await recordedHistory();
        if (!store || !version) throw new Error('No history in this browser');
        return store.rows(version);
      },
      staleTime: Infinity,
      gcTime: 60_000,
      networkMode: 'always',
      retry: false,
    }),
};
