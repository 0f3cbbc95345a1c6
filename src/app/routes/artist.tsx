import { useParams } from 'react-router';
import { catalogId } from '../../domain/spotify-uri';
import { ArtistPage } from '../../features/catalog/artist-page';
import { LibraryToggle } from '../../features/library/library-toggle';
import { PlayContextButton } from '../../features/player/play-buttons';
import { NotFoundView } from '../not-found-view';

export function Component() {
  const id = catalogId(useParams().id);
  // Only a catalogue id goes to Spotify; anything else is an address that leads nowhere.
  if (!id) return <NotFoundView />;
  return (
    <ArtistPage
      key={id}
      id={id}
      actions={(artist) => (
        <>
          <PlayContextButton contextUri={artist.uri} name={artist.name} />
          <LibraryToggle kind="artist" uri={artist.uri} name={artist.name} />
        </>
      )}
    />
  );
}
