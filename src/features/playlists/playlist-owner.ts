import type { SimplifiedPlaylist } from '../../api/spotify-types';

/** Who a playlist belongs to, as the lists name them. */
export function ownerName(playlist: SimplifiedPlaylist) {
  return playlist.owner?.display_name || playlist.owner?.id || 'Unknown owner';
}
