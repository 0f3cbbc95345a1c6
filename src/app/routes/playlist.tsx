import { useParams } from 'react-router';
import { PlayContextButton, RowPlayActions } from '../../features/player/play-buttons';
import { PlaylistPage } from '../../features/playlists/playlist-page';

export function Component() {
  const { id = '' } = useParams();
  return (
    // A new id is a new page: keyed so no state carries over between playlists.
    <PlaylistPage
      key={id}
      id={id}
      headerActions={(playlist) => (
        <div className="playlist-header__actions">
          <PlayContextButton contextUri={playlist.uri} name={playlist.name} />
        </div>
      )}
      rowActions={(row, tabIndex) => (
        <RowPlayActions
          contextUri={`spotify:playlist:${id}`}
          position={row.position}
          uri={row.uri!}
          title={row.title}
          tabIndex={tabIndex}
        />
      )}
    />
  );
}
