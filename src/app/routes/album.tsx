import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { TrackSlotsProvider } from '../../components/track-list/track-slots';
import { catalogId } from '../../domain/spotify-uri';
import { AlbumPage } from '../../features/catalog/album-page';
import { LibraryToggle } from '../../features/library/library-toggle';
import { PlayContextButton } from '../../features/player/play-buttons';
import { userQueries } from '../../features/profile/queries';
import { useAlbumSlots } from '../compose/list-slots';
import { NotFoundView } from '../not-found-view';

export function Component() {
  const id = catalogId(useParams().id);
  const { data: user } = useQuery(userQueries.me());
  const slots = useAlbumSlots(`spotify:album:${id ?? ''}`, user?.id ?? null);
  // Only a catalogue id goes to Spotify; anything else is an address that leads nowhere.
  if (!id) return <NotFoundView />;
  return (
    <TrackSlotsProvider value={slots}>
      <AlbumPage
        key={id}
        id={id}
        actions={(album) => (
          <>
            <PlayContextButton contextUri={album.uri} name={album.name} />
            <LibraryToggle kind="album" uri={album.uri} name={album.name} />
          </>
        )}
      />
    </TrackSlotsProvider>
  );
}
