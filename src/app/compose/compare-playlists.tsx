import { useQuery, useQueryClient } from '@tanstack/react-query';
import { changePlaylistItems } from '../../features/playlists/edit/item-mutations';
import { playlistQueries } from '../../features/playlists/queries';
import { CompareDialog } from '../../features/playlists/tools/compare-dialog';
import { formatCount } from '../../lib/format';
import { playlistRows } from './export-sources';

/**
 * Compare two playlists, composed: any playlist in your library (followed ones can be read,
 * not changed); the missing songs go to the end of the other through the change engine.
 */
export function ComparePlaylists({
  userId,
  onClose,
}: {
  userId: string | undefined;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const list = useQuery(playlistQueries.list());
  const choices = (list.data ?? []).map((p) => ({
    id: p.id,
    name: p.name,
    editable: p.owner.id === userId || !!p.collaborative,
  }));
  return (
    <CompareDialog
      choices={choices}
      load={async (id) => (await playlistRows(queryClient, id)).rows}
      onAdd={(target, rows) =>
        changePlaylistItems(queryClient, target.id, userId ?? null, {
          change: { kind: 'add', inserts: [{ position: null, rows }] },
          message: `Added ${formatCount(rows.length, 'song')} to ${target.name}.`,
        }).then(
          () => undefined,
          // Said by its toast.
          () => undefined,
        )
      }
      onClose={onClose}
    />
  );
}
