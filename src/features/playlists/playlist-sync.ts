/**
 * Keeping the cache in step after a write to playlists, in this tab and in the others:
 * here the affected queries are re-read (or the new version is written from the plan),
 * and the other tabs are told the same through the tab channel.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Playlist } from '../../api/spotify-types';
import type { TrackRow } from '../../domain/track-row';
import { tellOtherTabs } from '../../lib/tab-channel';
import { playlistKeys, playlistQueries } from './queries';

/** A playlist's new version as its change planned it: the rows Spotify now has. */
export interface PlaylistVersion {
  /** The snapshot the change was made on: a tab still showing it can take `rows` as is. */
  before: string;
  snapshot: string;
  rows: TrackRow[];
  /** Made by this app: by whom and what (the version history says so). */
  made?: { by: string | null; message: string };
}

/** The items this app wrote from its own changes, with who made them and what. */
const madeHere = new WeakMap<object, NonNullable<PlaylistVersion['made']>>();

/** Who made a version's items and what, when this app made them (the cached items data). */
export const versionMadeHere = (data: unknown) =>
  typeof data === 'object' && data ? madeHere.get(data) : undefined;

interface PlaylistsMessage {
  type: 'playlists-changed';
  /** null: the list and any playlist may have changed (created, merged, restored). */
  id: string | null;
  version?: PlaylistVersion;
}

/** Records a new version's items and points the playlist at it: no request. */
export function recordVersion(queryClient: QueryClient, id: string, version: PlaylistVersion) {
  const total = version.rows.length;
  const data = { total, rows: version.rows };
  if (version.made) madeHere.set(data, version.made);
  queryClient.setQueryData(playlistQueries.items(id, version.snapshot, total).queryKey, data);
  queryClient.setQueryData<Playlist>(playlistQueries.detail(id).queryKey, (old) =>
    // The page the details embedded is of the version before: it goes.
    old
      ? { ...old, snapshot_id: version.snapshot, items: { ...old.items!, total, items: [] } }
      : old,
  );
}

function invalidate(queryClient: QueryClient, id: string, detail: boolean) {
  return Promise.all([
    detail &&
      queryClient.invalidateQueries({
        queryKey: playlistQueries.detail(id).queryKey,
        exact: true,
      }),
    // The list shows names and counts.
    queryClient.invalidateQueries({ queryKey: playlistQueries.list().queryKey }),
  ]);
}

/**
 * After a write to one playlist: it is read again, unless `version` (already recorded
 * here) says what it is now; the list too. The other tabs are told.
 */
export function playlistChanged(
  queryClient: QueryClient,
  id: string,
  version?: PlaylistVersion,
): Promise<unknown> {
  tellOtherTabs(queryClient, { type: 'playlists-changed', id, version } satisfies PlaylistsMessage);
  return invalidate(queryClient, id, !version);
}

/**
 * The list and every playlist's details, not their items: items are kept per snapshot, so
 * a playlist that changed gets a new snapshot (and items query) when its details are re-read,
 * and the open one's 10,000 items are not fetched again for nothing.
 */
function invalidateAll(queryClient: QueryClient) {
  return queryClient.invalidateQueries({
    queryKey: playlistQueries.all(),
    predicate: (query) => !playlistKeys.isItems(query.queryKey),
  });
}

/** After a write that created playlists or changed several: every playlist is re-read. */
export function playlistsChanged(queryClient: QueryClient): Promise<void> {
  tellOtherTabs(queryClient, { type: 'playlists-changed', id: null } satisfies PlaylistsMessage);
  return invalidateAll(queryClient);
}

function isPlaylistsMessage(message: unknown): message is PlaylistsMessage {
  const m = message as Partial<PlaylistsMessage> | null;
  if (m?.type !== 'playlists-changed' || (m.id !== null && typeof m.id !== 'string')) return false;
  const v = m.version;
  return (
    v === undefined ||
    (typeof v.before === 'string' && typeof v.snapshot === 'string' && Array.isArray(v.rows))
  );
}

/**
 * Another tab changed playlists. A version made on the snapshot this tab shows is taken
 * as is (no request); otherwise this tab re-reads. A tab that is behind never writes over
 * the newer version: every change re-reads the playlist before it is planned.
 */
export function applyPlaylistsMessage(queryClient: QueryClient, message: unknown): boolean {
  if (!isPlaylistsMessage(message)) return false;
  const { id, version } = message;
  if (id === null) {
    void invalidateAll(queryClient);
    return true;
  }
  const shown = queryClient.getQueryData<Playlist>(playlistQueries.detail(id).queryKey);
  const current = version && shown?.snapshot_id === version.before;
  if (current) recordVersion(queryClient, id, version);
  void invalidate(queryClient, id, !current);
  return true;
}
