import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useHasScopes } from '../../auth/scope-upgrade';
import { bulkSave } from '../../features/library/save-mutations';
import { rowKeys } from '../../features/playlists/edit/item-changes';
import { changePlaylistItems } from '../../features/playlists/edit/item-mutations';
import { playlistQueries } from '../../features/playlists/queries';
import {
  LibraryDuplicatesDialog,
  type ListChoice,
} from '../../features/playlists/tools/library-duplicates-dialog';
import { formatCount } from '../../lib/format';
import { likedRows, playlistRows } from './export-sources';

/** Liked Songs among the lists (no playlist id has a space). */
const LIKED: ListChoice = { id: 'liked songs', name: 'Liked Songs' };

/**
 * Duplicates across your library, composed: the lists are Liked Songs (when this login
 * may read it) and the playlists you can change; copies go through the change engine per
 * playlist (one undoable change each) and through /me/library for Liked Songs (40 a
 * request), all at once.
 */
export function LibraryDuplicates({
  userId,
  onClose,
}: {
  userId: string | undefined;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const likedAllowed = useHasScopes('user-library-read');
  const list = useQuery(playlistQueries.list());
  const yours = (list.data ?? []).filter((p) => p.owner.id === userId || p.collaborative);
  const choices = [
    ...(likedAllowed ? [LIKED] : []),
    ...yours.map(({ id, name }) => ({ id, name })),
  ];
  return (
    <LibraryDuplicatesDialog
      choices={choices}
      load={async (choice) =>
        choice.id === LIKED.id
          ? { ...LIKED, rows: await likedRows(queryClient) }
          : { ...choice, rows: (await playlistRows(queryClient, choice.id)).rows }
      }
      onRemove={(removals) =>
        Promise.all(
          removals.map(({ list: { id, name, rows }, rows: indices }) => {
            if (id === LIKED.id)
              return bulkSave(
                queryClient,
                indices.map((i) => rows[i]!),
                false,
                { known: true },
              );
            const keys = rowKeys(rows);
            return changePlaylistItems(queryClient, id, userId ?? null, {
              change: { kind: 'remove', keys: indices.map((i) => keys[i]!) },
              message: `Removed ${formatCount(indices.length, 'duplicate')} from ${name}.`,
            }).then(
              () => undefined,
              // Said by its toast; the other lists go on.
              () => undefined,
            );
          }),
        ).then(() => undefined)
      }
      onClose={onClose}
    />
  );
}
