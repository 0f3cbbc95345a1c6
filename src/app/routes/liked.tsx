import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ExportMenu } from '../../features/transfer/export-menu';
import { describeLikedSongs } from '../export-sources';
import { LikedSongsPage } from '../../features/library/liked-songs-page';
import { playListFrom } from '../../components/track-list/play-list';
import { PlayListButton } from '../../features/player/play-buttons';
import { userQueries } from '../../features/profile/queries';
import { SelectionAddToPlaylist, SelectionCopy } from '../selection-actions';
import { TrackRowActions } from '../track-row-actions';
import { playlistsChanged } from '../../features/playlists/playlist-sync';

export function Component() {
  const { data: user } = useQuery(userQueries.me());
  const userId = user?.id ?? null;
  const queryClient = useQueryClient();
  return (
    <LikedSongsPage
      headerActions={(rows) => {
        const { uris, note } = playListFrom(rows, 0);
        return (
          <div className="playlist-header__actions">
            <PlayListButton uris={uris} label="Liked Songs" note={note} />
            <ExportMenu name="Liked Songs" describe={() => describeLikedSongs(queryClient)} />
          </div>
        );
      }}
      rowActions={(row, tabIndex, rows) => (
        <TrackRowActions
          row={row}
          userId={userId}
          tabIndex={tabIndex}
          knownSaved
          play={{ list: () => playListFrom(rows, rows.indexOf(row)) }}
        />
      )}
      selectionActions={(rows) => (
        <>
          <SelectionAddToPlaylist rows={rows} userId={userId} />
          <SelectionCopy
            rows={rows}
            from="Liked Songs"
            onCreated={() => void playlistsChanged(queryClient)}
          />
        </>
      )}
    />
  );
}
