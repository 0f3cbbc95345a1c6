/**
 * Writes to one playlist's items run one at a time, in order, whichever feature makes them:
 * the editor's change engine and a merge into that playlist share this mutation scope, so
 * neither plans against items the other is changing.
 */
import { MutationObserver, type QueryClient } from '@tanstack/react-query';

export const playlistScope = (playlistId: string) => ({ id: `playlist:${playlistId}` });

/** Runs `work` in the playlist's scope: after the writes queued before it, before later ones. */
export function inPlaylistScope<T>(
  queryClient: QueryClient,
  playlistId: string,
  work: () => Promise<T>,
): Promise<T> {
  return new MutationObserver<T, unknown, void>(queryClient, {
    scope: playlistScope(playlistId),
    mutationFn: work,
  }).mutate();
}
