/**
 * Saving and following (`PUT`/`DELETE /me/library`, docs/spotify-api.md#library): the one
 * write for songs, episodes, albums, shows and artists, used by the hearts, Follow and
 * Save buttons and a backup's restore.
 */
import { spotify } from './client';

/** Spotify's most URIs in one /me/library or /me/library/contains request. */
export const LIBRARY_BATCH = 40;

/** Save or unsave (follow or unfollow) up to 40 URIs in one request. */
export async function writeSaved(uris: string[], save: boolean) {
  const options = { params: { query: { uris: uris.join(',') } } };
  if (save) await spotify().PUT('/me/library', options);
  else await spotify().DELETE('/me/library', options);
}
