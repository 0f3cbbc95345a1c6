import { useQuery } from '@tanstack/react-query';
import { NewPlaylistButton } from '../../features/playlists/details/playlist-actions';
import { PlaylistsPage } from '../../features/playlists/playlists-page';
import { userQueries } from '../../features/profile/queries';

export function Component() {
  // Badges ("Not yours") compare owners with the signed-in user, a profile concern.
  const { data: user } = useQuery(userQueries.me());
  return <PlaylistsPage currentUserId={user?.id} actions={<NewPlaylistButton />} />;
}
