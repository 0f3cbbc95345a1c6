import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Playlist } from '../../../api/spotify-types';
import { RetryAlert } from '../../../components/retry-alert';
import { useRowSelection } from '../../../components/track-list/row-selection';
import { TrackListView } from '../../../components/track-list/track-list-view';
import {
  TrackSlotsProvider,
  useTrackSlots,
  type TrackSlots,
} from '../../../components/track-list/track-slots';
import type { TrackTableProps } from '../../../components/track-list/track-table';
import { isRemovable, type TrackRow } from '../../../domain/track-row';
import { OFFLINE_REASON, useOnline } from '../../../lib/use-online';
import type { TrackView } from '../../../components/track-list/use-track-view';
import { PlaylistTools } from '../tools/playlist-tools';
import { AddItemsPanel } from './add-items-panel';
import { describeChangeError, InterruptedChangeError } from './change-errors';
import { EditorDialogs } from './editor-dialogs';
import { rowKeys } from './item-changes';
import { moveOnDrop } from './move-intents';
import { selectionMoves } from './selection-moves';
import { usePlaylistEditing, type PlaylistEditing } from './use-playlist-editing';
import './playlist-items-editor.css';
import { formatNumber } from '../../../lib/format';

interface PlaylistItemsEditorProps extends Pick<TrackTableProps, 'early' | 'onShowRow'> {
  playlist: Playlist;
  /** The rows loaded so far, with changes still queued applied. */
  rows: TrackRow[];
  view: TrackView;
  /** How many items the playlist has (more than `rows` while loading). */
  total: number;
  complete: boolean;
  /** The playlist is being re-read (after a change or a failure). */
  rereading: boolean;
  userId: string | null;
}

/**
 * The items of a playlist the person may change (owner or collaborator): add by search,
 * select, remove, move by drag or by the toolbar, the playlist tools, with Undo. Changes
 * need every item (positions and duplicate checks are computed on the whole list), so
 * editing waits until the items have loaded.
 */
export function PlaylistItemsEditor(props: PlaylistItemsEditorProps) {
  const { playlist, rows, view, complete } = props;
  const [adding, setAdding] = useState(false);
  const [history, setHistory] = useState(false);
  const { playlistHistory } = useTrackSlots();
  const keys = useMemo(() => (complete ? rowKeys(rows) : []), [complete, rows]);
  const selection = useRowSelection(rows, keys, view.indices);
  const editing = usePlaylistEditing(playlist, rows, keys, complete, props.userId);
  const viewing = view.indices !== null;
  const online = useOnline();
  const offline = online ? undefined : OFFLINE_REASON;
  const waitReason =
    offline ?? (complete ? null : 'Adding, moving and removing start once every item has loaded.');
  const hintId = useId();
  // After a removal the toolbar that opened the dialog is gone: focus goes to the table.
  const listRef = useRef<HTMLDivElement>(null);
  const focusTable = useRef(false);
  useEffect(() => {
    if (!focusTable.current) return;
    focusTable.current = false;
    listRef.current?.querySelector<HTMLElement>('[role="row"][tabindex="0"]')?.focus();
  });

  // Each row's menu offers its removal (the same dialog as a selection's), once it can be done.
  const { setDialog } = editing;
  const slots = useMemo<TrackSlots>(
    () => ({
      rowMenuItems: (row) =>
        isRemovable(row)
          ? [
              {
                label: 'Remove from this playlist…',
                disabled: !!waitReason,
                onSelect: () => setDialog({ kind: 'remove', row }),
              },
            ]
          : [],
    }),
    [waitReason, setDialog],
  );

  return (
    <div ref={listRef} className="items-editor">
      <TrackSlotsProvider value={slots}>
        <TrackListView
          name={playlist.name}
          label={`Items in ${playlist.name}`}
          rows={rows}
          total={props.total}
          complete={complete}
          view={view}
          selection={selection}
          early={props.early}
          onShowRow={props.onShowRow}
          alerts={<FailureAlert editing={editing} busy={props.rereading || !complete} />}
          actions={
            <>
              <button
                type="button"
                className="button"
                aria-expanded={adding}
                aria-disabled={(!!offline && !adding) || undefined}
                aria-describedby={offline ? hintId : undefined}
                onClick={() => (offline && !adding ? undefined : setAdding((open) => !open))}
              >
                Add <span className="hidden-on-phones">songs or episodes</span>
              </button>
              <PlaylistTools
                playlistName={playlist.name}
                rows={rows}
                keys={keys}
                sortedRows={view.sorted && !view.filtered ? view.rows : null}
                sort={view.sort}
                filtered={view.filtered}
                waitReason={waitReason}
                more={
                  playlistHistory && [
                    { label: 'Version history…', onSelect: () => setHistory(true) },
                  ]
                }
                onRun={(request) => {
                  // A saved order is the playlist's own order now: the sorted view goes.
                  if (request.change.kind === 'arrange') view.setSort(null);
                  return editing.runTool(request);
                }}
              />
              {/* A hint of about the same length takes the reason's place, so nothing below
                  jumps. On phones only the offline reason shows (it lasts): the how-to, and
                  the wait while items load (gone in a moment, it moved the list as it went),
                  are heard, not seen, there; the load progress above shows the list is still
                  coming in, and Add's panel says why adding waits. */}
              {(rows.length > 0 || offline) && (
                <p
                  className={`muted items-actions__hint${offline ? '' : ' hidden-on-phones'}`}
                  id={hintId}
                >
                  {waitReason ?? 'Select rows to move or remove them, or drag them into place.'}
                </p>
              )}
            </>
          }
          selectionActions={selectionMoves(keys, selection.ordered, viewing, {
            move: editing.runMove,
            remove: () => editing.setDialog({ kind: 'remove' }),
            moveTo: () => editing.setDialog({ kind: 'move-to' }),
          })}
          blockedReason={offline}
          onDrop={(active, over) =>
            editing.runMove(moveOnDrop(keys, selection.ordered, active, over))
          }
          empty={
            <div className="empty-state">
              <h2>This playlist is empty</h2>
              <p>Use “Add songs or episodes” to search Spotify and fill it.</p>
            </div>
          }
        >
          {editing.progress && (
            <p className="notice" role="status">
              Moving {formatNumber(editing.progress.done)} of {formatNumber(editing.progress.total)}
              …
            </p>
          )}
          {viewing && (
            <p className="muted">
              {view.sorted ? 'Sorted' : 'Filtered'} view: moving rows is off until the search is
              cleared and the sort is back to the playlist&apos;s order. Play follows this view.
            </p>
          )}
          {adding && (
            <AddItemsPanel
              playlistName={playlist.name}
              itemCount={rows.length}
              disabledReason={waitReason}
              onAdd={editing.add}
              onClose={() => setAdding(false)}
            />
          )}
        </TrackListView>
      </TrackSlotsProvider>
      {history &&
        playlistHistory?.({
          playlist,
          rows,
          restoreReason: waitReason,
          restore: (target, message) => {
            setHistory(false);
            view.setSort(null);
            void editing.runTool({ change: { kind: 'restore', target }, message, moves: true });
          },
          onClose: () => setHistory(false),
        })}
      <EditorDialogs
        playlist={playlist}
        rows={rows}
        keys={keys}
        selection={selection}
        editing={editing}
        onRemoved={() => (focusTable.current = true)}
      />
    </div>
  );
}

/** A failed change, with the engine's way on ("Try again", or finishing an interrupted one). */
function FailureAlert({ editing, busy }: { editing: PlaylistEditing; busy: boolean }) {
  const { failure } = editing;
  if (!failure) return null;
  const { request, error } = failure;
  return (
    <RetryAlert
      message={
        <>
          {request.undoing && `Undoing “${request.message.replace(/\.$/, '')}”: `}
          {describeChangeError(error)}
        </>
      }
      retryLabel={
        error instanceof InterruptedChangeError ? 'Finish the interrupted change' : 'Try again'
      }
      busyLabel={busy ? 'Re-reading the playlist…' : null}
      onRetry={() => editing.retry(failure)}
      onDismiss={editing.dismissFailure}
    />
  );
}
