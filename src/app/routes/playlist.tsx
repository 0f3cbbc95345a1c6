import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { PlaylistPage } from '../../features/playlists/playlist-page';
import { userQueries } from '../../features/profile/queries';
import { PlaylistHeaderActions } from '../playlist-header-actions';
import { PlaylistRowActions } from '../playlist-row-actions';

export function Component() {
  const { id = '' } = useParams();
  const { data: user } = useQuery(userQueries.me());
  return (
    // A new id is a new page: keyed so no state carries over between playlists.
    <PlaylistPage
      key={id}
      id={id}
      userId={user?.id ?? null}
      headerActions={(playlist, { playable }) => (
        <PlaylistHeaderActions playlist={playlist} playable={playable} userId={user?.id ?? null} />
      )}
      rowActions={(row, tabIndex) => (
        <PlaylistRowActions
          playlistId={id}
          row={row}
          userId={user?.id ?? null}
          tabIndex={tabIndex}
        />
      )}
    />
  );
}
