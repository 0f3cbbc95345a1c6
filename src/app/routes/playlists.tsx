import { useQuery } from '@tanstack/react-query';
import { PlaylistsPage } from '../../features/playlists/playlists-page';
import { userQueries } from '../../features/profile/queries';
import { PlaylistsPageActions } from '../compose/playlists-page-actions';

export function Component() {
  // Badges ("Not yours") compare owners with the signed-in user, a profile concern.
  const { data: user } = useQuery(userQueries.me());
  return (
    <PlaylistsPage currentUserId={user?.id} actions={<PlaylistsPageActions userId={user?.id} />} />
  );
}
