import { useQuery } from '@tanstack/react-query';
import { TrackSlotsProvider } from '../../components/track-list/track-slots';
import { LikedSongsPage } from '../../features/library/liked-songs-page';
import { userQueries } from '../../features/profile/queries';
import { useLikedSongsSlots } from '../compose/list-slots';

export function Component() {
  const { data: user } = useQuery(userQueries.me());
  return (
    <TrackSlotsProvider value={useLikedSongsSlots(user?.id ?? null)}>
      <LikedSongsPage />
    </TrackSlotsProvider>
  );
}
