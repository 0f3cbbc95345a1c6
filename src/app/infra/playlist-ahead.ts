/**
 * A playlist's requests, started as its page opens (the route's loader) rather than as its
 * page renders: its details at once, and its items as soon as the details say which
 * version and how many. A cold load of 10,000 items otherwise asked for its first page
 * 100-185 ms after the details came, the time the page took to build itself around them
 * (issue 27). The items are handed over once the page shows them (streamPages' `shown`),
 * so none arrives in the middle of that build.
 */
import type { QueryClient } from '@tanstack/react-query';
import { playlistQueries } from '../../features/playlists/queries';
import { isReadBack } from './query-persistence';

export async function askAhead(client: QueryClient, id: string): Promise<void> {
  const detail = playlistQueries.detail(id);
  // Shown from memory: the page asks for the version its details name, at once.
  if (client.getQueryData(detail.queryKey)) return;
  const playlist = await client.fetchQuery(detail);
  // Items are shown to the owner and collaborators only (docs/spotify-api.md). Details read
  // back from IndexedDB mean a reopen: its items come from there too as the page opens
  // (within the reopen target), so there is nothing to win by reading them sooner.
  if (!playlist.items || (await isReadBack(client, detail.queryKey))) return;
  void client.prefetchQuery(playlistQueries.items(id, playlist.snapshot_id, playlist.items.total));
}
