import { spotify } from './client';

/**
 * Sends a cover: the Base64 JPEG text itself as the body, `image/jpeg` (docs/spotify-api.md#playlists-and-their-items). Spotify
 * answers 202 and processes it later.
 */
export async function putCoverImage(playlistId: string, base64Jpeg: string) {
  await spotify().PUT('/playlists/{playlist_id}/images', {
    params: { path: { playlist_id: playlistId } },
    body: base64Jpeg as never,
    bodySerializer: (body: unknown) => body as string,
    headers: { 'Content-Type': 'image/jpeg' },
    parseAs: 'text',
  });
}
