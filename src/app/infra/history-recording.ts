/**
 * Feeds the version history (features/history) from the query cache: every complete
 * version of a playlist you own or collaborate on that the app loads, restores from its
 * persisted copy or makes (its own changes write the new version into the cache), and
 * each read of your playlist list (to notice playlists gone from it). The history's code
 * loads with the first thing to record, not with the page.
 */
import { partialMatchKey, type Query, type QueryClient } from '@tanstack/react-query';
import type { Playlist, SimplifiedPlaylist } from '../../api/spotify-types';
import {
  playlistKeys,
  playlistQueries,
  type PlaylistItemsData,
} from '../../features/playlists/queries';
import { versionMadeHere } from '../../features/playlists/playlist-sync';
import { userQueries } from '../../features/profile/queries';
import type * as HistoryStore from '../../features/history/history-store';

let module: Promise<typeof HistoryStore> | undefined;
const history = () => (module ??= import('../../features/history/history-store'));

const isYours = (playlist: Pick<Playlist, 'owner' | 'collaborative'>, me: string | undefined) =>
  !!me && (playlist.owner.id === me || !!playlist.collaborative);

function recordItems(queryClient: QueryClient, query: Query) {
  const version = playlistKeys.itemsVersion(query.queryKey);
  const data = query.state.data as PlaylistItemsData | undefined;
  if (!version || !data || data.rows.length < data.total) return;
  const me = queryClient.getQueryData(userQueries.me().queryKey)?.id;
  const playlist = queryClient.getQueryData(playlistQueries.detail(version.id).queryKey);
  if (!playlist || !isYours(playlist, me)) return;
  const made = versionMadeHere(data);
  void history().then((h) =>
    h.queueVersion({
      playlistId: version.id,
      snapshot: version.snapshot,
      name: playlist.name,
      rows: data.rows,
      ...(made ? { made } : {}),
    }),
  );
}

function recordList(queryClient: QueryClient, list: SimplifiedPlaylist[]) {
  const me = queryClient.getQueryData(userQueries.me().queryKey)?.id;
  if (!me) return;
  const yours = Object.fromEntries(
    list.filter((playlist) => playlist.owner.id === me).map((p) => [p.id, p.name]),
  );
  void history().then((h) => h.queueListed(yours));
}

function record(queryClient: QueryClient, query: Query) {
  if (playlistKeys.isItems(query.queryKey)) recordItems(queryClient, query);
  else if (partialMatchKey(query.queryKey, playlistQueries.list().queryKey))
    recordList(queryClient, query.state.data as SimplifiedPlaylist[]);
}

/** Records what has loaded so far (the store keeps each version once). */
function recordLoaded(queryClient: QueryClient) {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: playlistQueries.all() }))
    if (query.state.status === 'success') record(queryClient, query);
}

/** Starts recording, with what loaded before; returns the unsubscribe function. */
export function connectHistory(queryClient: QueryClient): () => void {
  void history().then((h) => h.openHistory());
  recordLoaded(queryClient);
  let account = queryClient.getQueryData(userQueries.me().queryKey)?.id;
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const query = event.query as Query;
    // A streamed list's pages arrive while its fetch runs; recordItems waits for every
    // item, not for the fetch to settle, so the version is queued before the page says
    // "All 23 items loaded." (a panel opened then finds it).
    if (query.state.fetchStatus !== 'idle' && !playlistKeys.isItems(query.queryKey)) return;
    // Whose playlists they are is known once the profile is: what loaded before it is
    // recorded then (once per account, not on each refetch of the profile).
    if (partialMatchKey(query.queryKey, userQueries.me().queryKey)) {
      const me = (query.state.data as { id?: string } | undefined)?.id;
      if (me === account) return;
      account = me;
      recordLoaded(queryClient);
    } else record(queryClient, query);
  });
}

/** Logout: the account's history goes with its other data. */
export async function clearRecordedHistory(): Promise<void> {
  if (module) await (await module).clearHistory();
}
