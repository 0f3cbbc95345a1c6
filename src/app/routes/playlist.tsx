import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { PlayContextButton } from '../../features/player/play-buttons';
import {
  ChangeCoverButton,
  EditDetailsButton,
  RemoveFromLibraryButton,
} from '../../features/playlists/playlist-actions';
import { PlaylistPage } from '../../features/playlists/playlist-page';
import { userQueries } from '../../features/profile/queries';
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
      headerActions={(playlist, { playable }) => {
        const owned = !!user && user.id === playlist.owner.id;
        return (
          <div className="playlist-header__actions">
            {playable && <PlayContextButton contextUri={playlist.uri} name={playlist.name} />}
            {owned && <EditDetailsButton playlist={playlist} />}
            {owned && <ChangeCoverButton playlist={playlist} />}
            <RemoveFromLibraryButton playlist={playlist} owned={owned} />
            {user && !owned && (
              <p className="muted">
                Only {playlist.owner.display_name || playlist.owner.id} can change its details.{' '}
                {playlist.items
                  ? 'As a collaborator, you can add, move and remove its items.'
                  : 'Its items can be changed only by the owner and collaborators.'}
              </p>
            )}
          </div>
        );
      }}
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
