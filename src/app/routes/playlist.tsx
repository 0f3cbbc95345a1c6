import { useParams } from 'react-router';
import { PlaylistPage } from '../../features/playlists/playlist-page';

export function Component() {
  const { id = '' } = useParams();
  // A new id is a new page: keyed so no state carries over between playlists.
  return <PlaylistPage key={id} id={id} />;
}
