import { useQuery } from '@tanstack/react-query';
import { TrackSlotsProvider } from '../../components/track-list/track-slots';
import { SearchPage } from '../../features/catalog/search-page';
import { userQueries } from '../../features/profile/queries';
import { usePlainListSlots } from '../compose/list-slots';

export function Component() {
  const { data: user } = useQuery(userQueries.me());
  return (
    <TrackSlotsProvider value={usePlainListSlots(user?.id ?? null)}>
      <SearchPage />
    </TrackSlotsProvider>
  );
}
