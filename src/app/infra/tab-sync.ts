/**
 * What other tabs tell this one: each feature applies its own messages (playlist changes,
 * saved songs) to this tab's cache. Messages from a tab running another build of the app
 * that no feature recognises are ignored.
 */
import type { QueryClient } from '@tanstack/react-query';
import { applySavedMessage } from '../../features/library/liked-cache';
import { applyPlaylistsMessage } from '../../features/playlists/playlist-sync';
import { connectTabs } from '../../lib/tab-channel';

export function connectTabSync(queryClient: QueryClient): () => void {
  return connectTabs(
    queryClient,
    (message) =>
      applyPlaylistsMessage(queryClient, message) || applySavedMessage(queryClient, message),
  );
}
