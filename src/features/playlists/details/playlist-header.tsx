import type { Playlist } from '../../../api/spotify-types';
import { CoverImage, pickImage } from '../../../components/cover-image';
import { formatCount, formatLongDuration } from '../../../lib/format';
import { PlaylistDescription } from './playlist-description';
import '../../../components/list-header.css';

export function visibilityOf(playlist: Pick<Playlist, 'public' | 'collaborative'>): string {
  if (playlist.collaborative) return 'Collaborative';
  if (playlist.public === true) return 'Public';
  if (playlist.public === false) return 'Private';
  return 'Visibility unknown';
}

interface PlaylistHeaderProps {
  playlist: Playlist;
  /** Item count, when known (not for playlists whose items Spotify hides). */
  total: number | undefined;
  /** Sum of durations once every item is loaded. */
  totalDurationMs: number | undefined;
  children?: React.ReactNode;
}

export function PlaylistHeader({
  playlist,
  total,
  totalDurationMs,
  children,
}: PlaylistHeaderProps) {
  const owner = playlist.owner;
  return (
    <header className="playlist-header">
      <CoverImage url={pickImage(playlist.images, 300)} label={playlist.name} size={192} />
      <div className="playlist-header__text">
        <p className="eyebrow">{visibilityOf(playlist)} playlist</p>
        <h1>{playlist.name}</h1>
        <PlaylistDescription html={playlist.description} />
        <p className="playlist-header__meta">
          <span>
            By{' '}
            {owner?.external_urls?.spotify ? (
              <a href={owner.external_urls.spotify} target="_blank" rel="noreferrer">
                {owner.display_name || owner.id}
              </a>
            ) : (
              (owner?.display_name ?? owner?.id)
            )}
          </span>
          {total !== undefined && <span>{formatCount(total, 'item')}</span>}
          {total !== undefined && total > 0 && (
            <span className="playlist-header__length">
              {totalDurationMs === undefined ? 'Length: …' : formatLongDuration(totalDurationMs)}
            </span>
          )}
        </p>
        {children}
      </div>
    </header>
  );
}
