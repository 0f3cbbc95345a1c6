import { useEffect, useMemo, useRef, useState } from 'react';
import type { Playlist } from '../../../api/spotify-types';
import { formatCount } from '../../../lib/format';
import { AddItemsPanel } from './add-items-panel';
import {
  moveDown,
  moveOnDrop,
  moveToBottom,
  moveToPosition,
  moveUp,
  planChange,
  removalImpact,
  rowKeys,
  type ItemChange,
} from './item-changes';
import { DuplicateDialog, MoveToPositionDialog, RemoveItemsDialog } from './item-dialogs';
import {
  retryRequest,
  useChangePlaylistItems,
  useFinishInterrupted,
  useRowsWithPendingChanges,
  type ChangeFailure,
  type ChangeRequest,
} from './item-mutations';
import { describeChangeError, InterruptedChangeError } from './change-errors';
import { RetryAlert } from '../../../components/retry-alert';
import { TrackTable, type RowActionsSlot } from '../../../components/track-list/track-table';
import type { TrackRow } from '../../../components/track-list/track-row';
import { useRowSelection } from '../../../components/track-list/row-selection';
import { SelectionToolbar } from '../../../components/track-list/selection-toolbar';
import { FindField } from '../../../components/track-list/find-field';
import { useTrackView } from '../../../components/track-list/use-track-view';
import { PlaylistTools, type ToolRequest } from '../tools/playlist-tools';

interface PlaylistItemsEditorProps extends RowActionsSlot {
  playlist: Playlist;
  /** The confirmed rows loaded so far. */
  rows: TrackRow[];
  /** How many items the playlist has (more than `rows` while loading). */
  total: number;
  complete: boolean;
  /** The playlist is being re-read (after a change or a failure). */
  rereading: boolean;
  userId: string | null;
  label: string;
  /** More for the selection from other features (e.g. Save to Liked Songs), as the app gives. */
  selectionActions?: (rows: TrackRow[]) => React.ReactNode;
  /** Told the rows in view order while a find or sort is applied (null otherwise). */
  onView?: (rows: TrackRow[] | null) => void;
  /** Rows loaded ahead of a gap, and who is told what is on screen (see TrackTable). */
  early?: (index: number) => TrackRow | undefined;
  onShowRow?: (index: number) => void;
}

type OpenDialog =
  | { kind: 'remove' }
  | { kind: 'move-to' }
  | { kind: 'duplicate'; request: ChangeRequest; duplicates: TrackRow[] }
  | null;

const quoted = (rows: TrackRow[]) =>
  rows.length === 1 ? `“${rows[0]!.title}”` : formatCount(rows.length, 'item');

/**
 * The items of a playlist the person may change (owner or collaborator): add by search,
 * select, remove, move by drag or by the toolbar, with Undo. Changes need every item:
 * positions and duplicate checks are computed on the whole list, so editing waits until
 * the items have loaded.
 */
export function PlaylistItemsEditor(props: PlaylistItemsEditorProps) {
  const { playlist, complete, userId } = props;
  const [failure, setFailure] = useState<ChangeFailure | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [adding, setAdding] = useState(false);
  // After a removal the toolbar that opened the dialog is gone: focus goes to the table.
  const tableRef = useRef<HTMLDivElement>(null);
  const focusTable = useRef(false);
  useEffect(() => {
    if (!focusTable.current) return;
    focusTable.current = false;
    tableRef.current?.querySelector<HTMLElement>('[role="row"][tabindex="0"]')?.focus();
  });
  const change = useChangePlaylistItems(playlist.id, userId, (error, request) =>
    setFailure({ request, error }),
  );
  const rows = useRowsWithPendingChanges(playlist.id, props.rows, userId);
  const keys = useMemo(() => (complete ? rowKeys(rows) : []), [complete, rows]);
  const view = useTrackView(rows);
  const viewing = view.indices !== null;
  const selection = useRowSelection(rows, keys, view.indices);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const waitReason = complete
    ? null
    : 'Adding, moving and removing start once every item has loaded.';
  // Changes a reload or a closed tab left unfinished are finished once the items are here.
  useFinishInterrupted(playlist.id, complete, (request) => change.mutate(request));
  const onView = props.onView;
  useEffect(() => onView?.(viewing ? view.rows : null), [onView, viewing, view.rows]);

  const run = (request: ChangeRequest) => {
    setFailure(null);
    setProgress(null);
    change.mutate(request);
  };

  // A new order of 10,000 items is thousands of requests: the count is redrawn at most
  // every 200 ms, not after each one.
  const lastShown = useRef(0);
  const progressShown = (done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - lastShown.current < 200) return;
    lastShown.current = now;
    setProgress({ done, total });
  };

  const runTool = ({ change: toolChange, message, moves }: ToolRequest) => {
    if (toolChange.kind === 'arrange') view.setSort(null);
    setProgress(null);
    setFailure(null);
    change.mutate(
      {
        change: toolChange,
        message,
        onProgress: moves ? progressShown : undefined,
      },
      { onSettled: () => setProgress(null) },
    );
  };

  const runMove = (move: ItemChange | null) => {
    if (!move) return;
    const moved = new Set(move.kind === 'move' ? move.groups.flatMap((group) => group.keys) : []);
    const order = planChange(rows, move, { now: '', userId }).order ?? [];
    const movedRows = rows.filter((_, i) => moved.has(keys[i]!));
    const first = order.findIndex((key) => moved.has(key)) + 1;
    run({
      change: move,
      message:
        movedRows.length === 1
          ? `Moved “${movedRows[0]!.title}” to position ${first} in ${playlist.name}.`
          : `Moved ${formatCount(movedRows.length, 'item')} in ${playlist.name}.`,
    });
  };

  /** Adds, asking first when the playlist already has any of them. */
  const requestAdd = (request: ChangeRequest, confirmed = false) => {
    const present = new Set(rows.map((row) => row.uri));
    const adding =
      request.change.kind === 'add' ? request.change.inserts.flatMap((i) => i.rows) : [];
    const duplicates = adding.filter((row) => present.has(row.uri));
    if (duplicates.length > 0 && !confirmed) {
      setDialog({ kind: 'duplicate', request, duplicates });
      return;
    }
    run(request);
  };

  const add = (added: TrackRow[], position: number | null) =>
    requestAdd({
      change: { kind: 'add', inserts: [{ position, rows: added }] },
      message: `Added ${quoted(added)} to ${playlist.name}${position === null ? '' : ` at position ${position + 1}`}.`,
    });

  const retry = (failed: ChangeFailure) => {
    const { request, askDuplicates } = retryRequest(failed);
    return askDuplicates ? requestAdd(request) : run(request);
  };

  const impact = dialog?.kind === 'remove' ? removalImpact(rows, selection.ordered) : null;
  const first = keys.indexOf(selection.ordered[0] ?? '');
  const last = keys.indexOf(selection.ordered.at(-1) ?? '');
  const contiguous = last - first + 1 === selection.ordered.length;

  return (
    <>
      {failure && (
        <RetryAlert
          message={
            <>
              {failure.request.undoing &&
                `Undoing “${failure.request.message.replace(/\.$/, '')}”: `}
              {describeChangeError(failure.error)}
            </>
          }
          retryLabel={
            failure.error instanceof InterruptedChangeError
              ? 'Finish the interrupted change'
              : 'Try again'
          }
          busyLabel={props.rereading || !complete ? 'Re-reading the playlist…' : null}
          onRetry={() => retry(failure)}
          onDismiss={() => setFailure(null)}
        />
      )}
      <div className="items-actions">
        <FindField
          label={`Find in ${playlist.name}`}
          query={view.query}
          onQuery={view.setQuery}
          matches={view.filtered ? view.rows.length : null}
          searched={rows.length}
          complete={complete}
        />
        <button
          type="button"
          className="button"
          aria-expanded={adding}
          onClick={() => setAdding((open) => !open)}
        >
          Add songs or episodes
        </button>
        {/* A hint of about the same length takes the reason's place, so nothing below jumps. */}
        {rows.length > 0 && (
          <p className="muted">
            {waitReason ?? 'Select rows to move or remove them, or drag them into place.'}
          </p>
        )}
      </div>
      <PlaylistTools
        playlistName={playlist.name}
        rows={rows}
        keys={keys}
        sortedRows={view.sorted && !view.filtered ? view.rows : null}
        sort={view.sort}
        filtered={view.filtered}
        waitReason={waitReason}
        onRun={runTool}
      />

      {/* Only while a change runs: a retried change has no onSettled of its own to clear it. */}
      {progress && change.isPending && (
        <p className="notice" role="status">
          Moving {progress.done.toLocaleString()} of {progress.total.toLocaleString()}…
        </p>
      )}
      {viewing && (
        <p className="muted">
          {view.sorted ? 'Sorted' : 'Filtered'} view: moving rows is off until the search is cleared
          and the sort is back to the playlist&apos;s order. Play follows this view.
        </p>
      )}
      {adding && (
        <AddItemsPanel
          playlistName={playlist.name}
          itemCount={rows.length}
          disabledReason={waitReason}
          onAdd={add}
          onClose={() => setAdding(false)}
        />
      )}
      {selection.ordered.length > 0 && (
        <SelectionToolbar
          count={selection.ordered.length}
          actions={[
            { label: 'Remove…', onClick: () => setDialog({ kind: 'remove' }) },
            {
              label: 'Move to top',
              onClick: () => runMove(moveToPosition(keys, selection.ordered, 1)),
              enabled: !viewing && !(contiguous && first === 0),
            },
            {
              label: 'Move up',
              onClick: () => runMove(moveUp(keys, selection.ordered)),
              enabled: !viewing && !(contiguous && first === 0),
            },
            {
              label: 'Move down',
              onClick: () => runMove(moveDown(keys, selection.ordered)),
              enabled: !viewing && !(contiguous && last === keys.length - 1),
            },
            {
              label: 'Move to bottom',
              onClick: () => runMove(moveToBottom(keys, selection.ordered)),
              enabled: !viewing && !(contiguous && last === keys.length - 1),
            },
            {
              label: 'Move to position…',
              onClick: () => setDialog({ kind: 'move-to' }),
              enabled: !viewing,
            },
          ]}
          onClear={selection.clear}
          extra={props.selectionActions?.(selection.selectedRows)}
        />
      )}
      {view.filtered && view.rows.length === 0 && (
        <p className="empty-state">
          Nothing in {playlist.name} matches “{view.query}”.
        </p>
      )}
      {rows.length === 0 && props.total === 0 ? (
        <div className="empty-state">
          <h2>This playlist is empty</h2>
          <p>Use “Add songs or episodes” to search Spotify and fill it.</p>
        </div>
      ) : (
        <div ref={tableRef}>
          <TrackTable
            label={props.label}
            total={
              viewing
                ? view.rows.length
                : complete
                  ? rows.length
                  : Math.max(rows.length, props.total)
            }
            rows={view.rows}
            isView={viewing}
            early={props.early}
            onShowRow={props.onShowRow}
            rowActions={props.rowActions}
            sorting={{ sort: view.sort, onSort: view.setSort }}
            editing={{
              ...selection.tableEditing(complete),
              onDrop: viewing
                ? undefined
                : (active, over) => runMove(moveOnDrop(keys, selection.ordered, active, over)),
            }}
          />
        </div>
      )}
      {dialog?.kind === 'remove' && impact && (
        <RemoveItemsDialog
          playlistName={playlist.name}
          impact={impact}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            selection.clear();
            focusTable.current = true;
            const restored = impact.restoring.length
              ? ` ${formatCount(impact.restoring.length, 'other copy', 'other copies')} put back, dated today.`
              : '';
            run({
              change: { kind: 'remove', keys: selection.ordered },
              message: `Removed ${quoted(impact.removing)} from ${playlist.name}.${restored}`,
            });
          }}
        />
      )}
      {dialog?.kind === 'move-to' && (
        <MoveToPositionDialog
          count={selection.ordered.length}
          itemCount={rows.length}
          onClose={() => setDialog(null)}
          onMove={(position) => {
            setDialog(null);
            runMove(moveToPosition(keys, selection.ordered, position));
          }}
        />
      )}
      {dialog?.kind === 'duplicate' && (
        <DuplicateDialog
          playlistName={playlist.name}
          duplicates={dialog.duplicates}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            requestAdd(dialog.request, true);
          }}
        />
      )}
    </>
  );
}
