import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { isShelf, SHELF_LABELS, ShelfChips } from '../../components/library-shelves';
import { CollectionShelf } from '../../features/library/collection-shelf';
import { PlaylistsPage } from '../../features/playlists/playlists-page';
import { userQueries } from '../../features/profile/queries';
import { PlaylistsPageActions } from '../compose/playlists-page-actions';

/**
 * Your Library's page: playlists, or the shelf its chips choose (albums, artists,
 * podcasts), kept in the address (`?show=albums`) so Back and a reload keep it.
 */
export function Component() {
  // Badges ("Not yours") compare owners with the signed-in user, a profile concern.
  const { data: user } = useQuery(userQueries.me());
  const [params, setParams] = useSearchParams();
  const asked = params.get('show');
  const shelf = isShelf(asked) ? asked : 'playlists';
  return (
    <PlaylistsPage
      currentUserId={user?.id}
      actions={<PlaylistsPageActions userId={user?.id} />}
      shelves={{
        chips: (
          <ShelfChips
            label="Show in Your Library"
            value={shelf}
            onChange={(next) => setParams(next !== 'playlists' ? { show: next } : {})}
          />
        ),
        shown:
          shelf === 'playlists'
            ? null
            : {
                heading: SHELF_LABELS[shelf],
                content: <CollectionShelf key={shelf} shelf={shelf} />,
              },
      }}
    />
  );
}
