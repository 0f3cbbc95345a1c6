import { formatCount } from '../../lib/format';
import { isPlayable, type TrackRow } from '../../domain/track-row';

/**
 * How many URIs one play request carries. Spotify documents no limit, but refuses bodies
 * of much more than 9 KB (500 or 413 around 226 to 850 URIs, spotify/web-api#582 and
 * #1483); 200 track URIs are about 8 KB.
 */
export const PLAY_URIS_LIMIT = 200;

/**
 * A list with no context URI to play (Liked Songs, a sorted or found view of a playlist):
 * playing from a row sends that row and the playable songs after it, up to the limit,
 * and says so when the list was cut.
 */
export function playListFrom(rows: readonly TrackRow[], from: number) {
  const uris: string[] = [];
  let more = 0;
  for (let i = Math.max(0, from); i < rows.length; i++) {
    const row = rows[i]!;
    if (!isPlayable(row) || !row.uri) continue;
    if (uris.length < PLAY_URIS_LIMIT) uris.push(row.uri);
    else more++;
  }
  const note =
    more > 0
      ? `Spotify takes ${PLAY_URIS_LIMIT} songs at a time, so the next ${PLAY_URIS_LIMIT} were sent and ${formatCount(more, 'later song')} will not follow.`
      : undefined;
  return { uris, note };
}
