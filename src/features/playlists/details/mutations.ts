/**
 * Writes to playlists. Writes are never retried automatically (QueryClient default):
 * after a dropped connection the list is re-read so the person sees whether it happened
 * before trying again, and nothing is created twice.
 */
import { readFullPlaylist } from '../../../domain/read-spotify';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { spotify } from '../../../api/client';
import { putCoverImage } from '../../../api/cover-upload';
import { MalformedResponseError, NetworkError } from '../../../api/errors';
import type { Playlist } from '../../../api/spotify-types';
import { playlistQueries } from '../queries';
import { playlistChanged, playlistsChanged } from '../playlist-sync';
import { undoHistory } from '../../../components/undo/undo-store';

export type Visibility = 'public' | 'private' | 'collaborative';

export interface PlaylistDetails {
  name: string;
  description: string;
  visibility: Visibility;
}

/** Spotify requires collaborative playlists to be private (docs/spotify-api.md#playlists-and-their-items). */
export function visibilityFields(visibility: Visibility) {
  return { public: visibility === 'public', collaborative: visibility === 'collaborative' };
}

export function visibilityOfPlaylist(
  playlist: Pick<Playlist, 'public' | 'collaborative'>,
): Visibility {
  if (playlist.collaborative) return 'collaborative';
  return playlist.public === false ? 'private' : 'public';
}

export const UNCONFIRMED_WRITE =
  'The connection dropped before Spotify answered, so it may or may not have happened. The list has been re-read: check it before trying again.';

export function useCreatePlaylist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (details: PlaylistDetails) => {
      const { data } = await spotify().POST('/me/playlists', {
        body: {
          name: details.name,
          ...(details.description ? { description: details.description } : {}),
          ...visibilityFields(details.visibility),
        },
      });
      const playlist = readFullPlaylist(data);
      if (!playlist)
        throw new MalformedResponseError('Spotify did not say which playlist it created.');
      return playlist;
    },
    onSuccess: (playlist) =>
      queryClient.setQueryData(playlistQueries.detail(playlist.id).queryKey, playlist),
    onSettled: () => playlistsChanged(queryClient),
  });
}

export interface DetailsChange {
  details: PlaylistDetails;
  /** The details before, so the change can be undone; absent for an undo itself. */
  previous?: PlaylistDetails;
}

export function useEditPlaylistDetails(playlistId: string) {
  const queryClient = useQueryClient();
  const detailKey = playlistQueries.detail(playlistId).queryKey;
  // The undo closure outlives this component; it keeps the latest mutate.
  const mutateRef = useRef<(change: DetailsChange) => void>(() => undefined);
  const mutation = useMutation({
    mutationFn: ({ details }: DetailsChange) =>
      spotify().PUT('/playlists/{playlist_id}', {
        params: { path: { playlist_id: playlistId } },
        body: {
          name: details.name,
          description: details.description,
          ...visibilityFields(details.visibility),
        },
        // 200 with an empty body (docs/spotify-api.md#playlists-and-their-items).
        parseAs: 'text',
      }),
    scope: { id: `playlist:${playlistId}` },
    onMutate: async ({ details }) => {
      await queryClient.cancelQueries({ queryKey: detailKey, exact: true });
      const previous = queryClient.getQueryData(detailKey);
      if (previous) {
        queryClient.setQueryData(detailKey, {
          ...previous,
          name: details.name,
          description: details.description,
          ...visibilityFields(details.visibility),
        });
      }
      return { previous };
    },
    onSuccess: (_data, { details, previous }) => {
      if (!previous) {
        undoHistory.announce(`Undone: the details of “${details.name}” are back.`);
        return;
      }
      undoHistory.push(`Saved the details of “${details.name}”.`, () =>
        mutateRef.current({ details: previous }),
      );
    },
    onError: (_error, _change, context) => {
      if (context?.previous) queryClient.setQueryData(detailKey, context.previous);
    },
    onSettled: () => playlistChanged(queryClient, playlistId),
  });
  useEffect(() => {
    mutateRef.current = (change) => mutation.mutate(change);
  });
  return mutation;
}

/** Unfollow: Spotify's only way to take a playlist out of a library (it has no delete, 5.2). */
export function useRemovePlaylistFromLibrary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (playlistId: string) =>
      spotify().DELETE('/me/library', {
        params: { query: { uris: `spotify:playlist:${playlistId}` } },
        parseAs: 'text',
      }),
    onSettled: () => playlistsChanged(queryClient),
  });
}

export function isUnconfirmed(error: unknown): boolean {
  return error instanceof NetworkError;
}

const COVER_POLL_MS = 1000;
const COVER_POLL_LIMIT = 20;

/**
 * Uploads a cover (Base64 JPEG text, 202 Accepted) and waits until Spotify has processed
 * it, i.e. the playlist's images change, polling GET /playlists/{id}/images (docs/spotify-api.md#playlists-and-their-items).
 */
export function useUploadCover(playlistId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (base64Jpeg: string) => {
      const images = async () => {
        const { data } = await spotify().GET('/playlists/{playlist_id}/images', {
          params: { path: { playlist_id: playlistId } },
        });
        return Array.isArray(data) ? data.map((image) => image.url).join(' ') : '';
      };
      const before = await images();
      await putCoverImage(playlistId, base64Jpeg);
      for (let i = 0; i < COVER_POLL_LIMIT; i++) {
        await new Promise((resolve) => setTimeout(resolve, COVER_POLL_MS));
        if ((await images()) !== before) return true;
      }
      return false;
    },
    scope: { id: `playlist:${playlistId}` },
    onSettled: () => playlistChanged(queryClient, playlistId),
  });
}
