import type { SimplifiedPlaylist } from '../../../api/spotify-types';

/** Private / collaborative / not yours, as visible text (not colour alone). */
export function PlaylistBadges({
  playlist,
  currentUserId,
}: {
  playlist: SimplifiedPlaylist;
  currentUserId: string | undefined;
}) {
  const notYours = currentUserId !== undefined && playlist.owner?.id !== currentUserId;
  return (
    <span className="badges">
      {playlist.public === false && !playlist.collaborative && (
        <span className="badge">Private</span>
      )}
      {playlist.collaborative && <span className="badge">Collaborative</span>}
      {notYours && <span className="badge badge--muted">Not yours</span>}
    </span>
  );
}
