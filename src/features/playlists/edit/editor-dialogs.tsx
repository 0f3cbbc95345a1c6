import type { Playlist } from '../../../api/spotify-types';
import type { RowSelection } from '../../../components/track-list/row-selection';
import type { TrackRow } from '../../../domain/track-row';
import { formatCount } from '../../../lib/format';
import { removalImpact } from './item-changes';
import { moveToPosition } from './move-intents';
import { DuplicateDialog, MoveToPositionDialog, RemoveItemsDialog } from './item-dialogs';
import { quoted, type PlaylistEditing } from './use-playlist-editing';

/** The editor's open dialog: confirm a removal, pick a position, or add a duplicate anyway. */
export function EditorDialogs({
  playlist,
  rows,
  keys,
  selection,
  editing,
  onRemoved,
}: {
  playlist: Playlist;
  rows: TrackRow[];
  keys: string[];
  selection: RowSelection;
  editing: PlaylistEditing;
  /** After a removal the toolbar that opened the dialog is gone: focus goes elsewhere. */
  onRemoved: () => void;
}) {
  const { dialog, setDialog } = editing;
  const close = () => setDialog(null);
  if (dialog?.kind === 'remove') {
    // One row from its menu (gone already if a change removed it meanwhile), or the selection.
    const one = dialog.row && keys[rows.indexOf(dialog.row)];
    const removing = dialog.row ? (one ? [one] : []) : selection.ordered;
    if (removing.length === 0) return null;
    const impact = removalImpact(rows, removing);
    return (
      <RemoveItemsDialog
        playlistName={playlist.name}
        impact={impact}
        onClose={close}
        onConfirm={() => {
          close();
          if (!dialog.row) selection.clear();
          onRemoved();
          const restored = impact.restoring.length
            ? ` ${formatCount(impact.restoring.length, 'other copy', 'other copies')} put back, dated today.`
            : '';
          void editing.run({
            change: { kind: 'remove', keys: removing },
            message: `Removed ${quoted(impact.removing)} from ${playlist.name}.${restored}`,
          });
        }}
      />
    );
  }
  if (dialog?.kind === 'move-to')
    return (
      <MoveToPositionDialog
        count={selection.ordered.length}
        itemCount={rows.length}
        onClose={close}
        onMove={(position) => {
          close();
          editing.runMove(moveToPosition(keys, selection.ordered, position));
        }}
      />
    );
  if (dialog?.kind === 'duplicate')
    return (
      <DuplicateDialog
        playlistName={playlist.name}
        duplicates={dialog.duplicates}
        onClose={close}
        onConfirm={() => {
          close();
          void editing.requestAdd(dialog.request, true);
        }}
      />
    );
  return null;
}
