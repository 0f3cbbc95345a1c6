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
    const impact = removalImpact(rows, selection.ordered);
    return (
      <RemoveItemsDialog
        playlistName={playlist.name}
        impact={impact}
        onClose={close}
        onConfirm={() => {
          close();
          selection.clear();
          onRemoved();
          const restored = impact.restoring.length
            ? ` ${formatCount(impact.restoring.length, 'other copy', 'other copies')} put back, dated today.`
            : '';
          void editing.run({
            change: { kind: 'remove', keys: selection.ordered },
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
