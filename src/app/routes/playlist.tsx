import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { TrackSlotsProvider } from '../../components/track-list/track-slots';
import { PlaylistPage } from '../../features/playlists/playlist-page';
import { userQueries } from '../../features/profile/queries';
import { usePlaylistSlots } from '../compose/list-slots';

export function Component() {
  const { id = '' } = useParams();
  const { data: user } = useQuery(userQueries.me());
  const userId = user?.id ?? null;
  return (
    <TrackSlotsProvider value={usePlaylistSlots(id, userId)}>
      {/* A new id is a new page: keyed so no state carries over between playlists. */}
      <PlaylistPage key={id} id={id} userId={userId} />
    </TrackSlotsProvider>
  );
}
