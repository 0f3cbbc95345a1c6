/**
 * What other tabs tell this one: each feature applies its own messages (playlist changes,
 * saved songs) to this tab's cache. Messages from a tab running another build of the app
 * that no feature recognises are ignored.
 *
 * The channel opens at once, so no message is missed; the features' code that applies them
 * loads with the first message (only signed-in tabs send any), so the login page never
 * loads it. Messages are applied in the order they came: each waits for the same import.
 */
import type { QueryClient } from '@tanstack/react-query';
import { connectTabs } from '../../lib/tab-channel';

const appliers = () =>
  Promise.all([
    import('../../features/playlists/playlist-sync'),
    import('../../features/library/liked-cache'),
  ]);
let loaded: ReturnType<typeof appliers> | undefined;

export function connectTabSync(queryClient: QueryClient): () => void {
  return connectTabs(queryClient, (message) => {
    void (loaded ??= appliers()).then(
      ([playlists, liked]) =>
        playlists.applyPlaylistsMessage(queryClient, message) ||
        liked.applySavedMessage(queryClient, message),
    );
  });
}
