import { Link } from 'react-router';
import type { Context } from '../../api/spotify-types';
import { useTrackSlots } from '../../components/track-list/track-slots';

/**
 * Where something played from: playlists open inside the app (named when they are yours),
 * other contexts on Spotify.
 */
export function ContextLink({
  context,
  prefix,
}: {
  context: Context | null | undefined;
  prefix: string;
}) {
  const { playlistName } = useTrackSlots();
  if (!context) return null;
  const [, type, id] = context.uri.split(':');
  if (type === 'playlist' && id)
    return (
      <Link to={`/playlists/${id}`}>
        {prefix} {playlistName?.(id) ?? 'a playlist'}
      </Link>
    );
  const url = context.external_urls?.spotify;
  return url ? (
    <a href={url} target="_blank" rel="noreferrer">
      {`${prefix} the ${type}`}
    </a>
  ) : null;
}
