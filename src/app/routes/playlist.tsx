import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { playListFrom } from '../../components/track-list/play-list';
import { SelectionSaveButtons } from '../../features/library/selection-save-buttons';
import { PlaylistPage } from '../../features/playlists/playlist-page';
import { userQueries } from '../../features/profile/queries';
import { PlaylistHeaderActions } from '../playlist-header-actions';
import { SelectionAddToPlaylist, SelectionCopy } from '../selection-actions';
import { TrackRowActions } from '../track-row-actions';
import { playlistsChanged } from '../../features/playlists/playlist-sync';

export function Component() {
  const { id = '' } = useParams();
  const { data: user } = useQuery(userQueries.me());
  const userId = user?.id ?? null;
  const queryClient = useQueryClient();
  const refreshList = () => void playlistsChanged(queryClient);
  return (
    // A new id is a new page: keyed so no state carries over between playlists.
    <PlaylistPage
      key={id}
      id={id}
      userId={userId}
      headerActions={(playlist, { playable, view }) => (
        <PlaylistHeaderActions
          playlist={playlist}
          playable={playable}
          userId={userId}
          view={view}
        />
      )}
      rowActions={(row, tabIndex, view) => (
        <TrackRowActions
          row={row}
          userId={userId}
          tabIndex={tabIndex}
          // A found or sorted view plays in its own order, from this row.
          play={
            view
              ? { list: () => playListFrom(view, view.indexOf(row)) }
              : { contextUri: `spotify:playlist:${id}`, position: row.position }
          }
        />
      )}
      selectionActions={(rows) => (
        <>
          <SelectionSaveButtons rows={rows} />
          <SelectionAddToPlaylist rows={rows} userId={userId} />
          <SelectionCopy rows={rows} from="this playlist" onCreated={refreshList} />
        </>
      )}
    />
  );
}
