import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { TrackSlotsProvider } from '../../components/track-list/track-slots';
import { catalogId } from '../../domain/spotify-uri';
import { ShowPage } from '../../features/catalog/show-page';
import { LibraryToggle } from '../../features/library/library-toggle';
import { userQueries } from '../../features/profile/queries';
import { usePlainListSlots } from '../compose/list-slots';
import { NotFoundView } from '../not-found-view';

export function Component() {
  const id = catalogId(useParams().id);
  const { data: user } = useQuery(userQueries.me());
  const slots = usePlainListSlots(user?.id ?? null);
  // Only a catalogue id goes to Spotify; anything else is an address that leads nowhere.
  if (!id) return <NotFoundView />;
  return (
    <TrackSlotsProvider value={slots}>
      <ShowPage
        key={id}
        id={id}
        actions={(show) => <LibraryToggle kind="show" uri={show.uri} name={show.name} />}
      />
    </TrackSlotsProvider>
  );
}
