import { useQuery, useQueryClient } from '@tanstack/react-query';
import { playlistQueries } from '../../features/playlists/queries';
import { NewPlaylistButton } from '../../features/playlists/details/playlist-actions';
import { PlaylistsPage } from '../../features/playlists/playlists-page';
import { userQueries } from '../../features/profile/queries';
import { RestoreButton } from '../../features/transfer/restore-dialog';
import { ExportAllButton } from '../../features/transfer/export-all';
import { useHasScopes } from '../../auth/scope-upgrade';
import { describePlaylist, librarySources } from '../compose/export-sources';
import { MergeButton } from '../../features/transfer/merge-dialog';
import { ImportButton } from '../../features/transfer/import-dialog';
import { playlistsChanged } from '../../features/playlists/playlist-sync';

export function Component() {
  // Badges ("Not yours") compare owners with the signed-in user, a profile concern.
  const { data: user } = useQuery(userQueries.me());
  const queryClient = useQueryClient();
  const likedAllowed = useHasScopes('user-library-read');
  const list = useQuery(playlistQueries.list());
  return (
    <PlaylistsPage
      currentUserId={user?.id}
      actions={
        <>
          <NewPlaylistButton />
          <MergeButton
            playlists={(list.data ?? []).map((p) => {
              const yours = p.owner.id === user?.id || p.collaborative;
              return { id: p.id, name: p.name, readable: yours, editable: yours };
            })}
            loadUris={(id) =>
              describePlaylist(queryClient, id).then((p) => p.items.map((i) => i.uri))
            }
            onChanged={() => void playlistsChanged(queryClient)}
          />
          <ImportButton onCreated={() => void playlistsChanged(queryClient)} />
          <ExportAllButton sources={() => librarySources(queryClient, likedAllowed)} />
          <RestoreButton onRestored={() => void playlistsChanged(queryClient)} />
        </>
      }
    />
  );
}
