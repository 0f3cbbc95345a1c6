import { useQuery, useQueryClient } from '@tanstack/react-query';
import { playlistQueries } from '../../features/playlists/queries';
import { NewPlaylistButton } from '../../features/playlists/details/playlist-actions';
import { PlaylistsPage } from '../../features/playlists/playlists-page';
import { userQueries } from '../../features/profile/queries';
import { RestoreButton } from '../../features/transfer/restore-dialog';
import { ExportAllButton } from '../../features/transfer/export-all';
import { useHasScopes } from '../../auth/scope-upgrade';
import { librarySources } from '../export-sources';

export function Component() {
  // Badges ("Not yours") compare owners with the signed-in user, a profile concern.
  const { data: user } = useQuery(userQueries.me());
  const queryClient = useQueryClient();
  const likedAllowed = useHasScopes('user-library-read');
  return (
    <PlaylistsPage
      currentUserId={user?.id}
      actions={
        <>
          <NewPlaylistButton />
          <ExportAllButton sources={() => librarySources(queryClient, likedAllowed)} />
          <RestoreButton
            onRestored={() =>
              void queryClient.invalidateQueries({ queryKey: playlistQueries.all() })
            }
          />
        </>
      }
    />
  );
}
