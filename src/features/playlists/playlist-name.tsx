import { useQuery } from '@tanstack/react-query';
import { playlistQueries } from './queries';

/**
 * One of your playlists by name, from the list of your playlists (read once, kept); "a
 * playlist" for one you do not follow, or until the list is here.
 */
export function PlaylistName({ id }: { id: string }) {
  const { data: name } = useQuery({
    ...playlistQueries.list(),
    select: (playlists) => playlists.find((playlist) => playlist.id === id)?.name ?? null,
  });
  return name ?? 'a playlist';
}
