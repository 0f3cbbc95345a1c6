import { PlaylistCounts } from '../../features/playlists/playlists-page';
import { ProfilePage } from '../../features/profile/profile-page';

export function Component() {
  return <ProfilePage stats={(user) => <PlaylistCounts userId={user.id} />} />;
}
