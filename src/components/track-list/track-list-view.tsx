import { useCallback, useLayoutEffect, useRef } from 'react';
import { FindField } from './find-field';
import { SelectionToolbar, type SelectionAction } from './selection-toolbar';
import { TrackTable, type TrackTableProps } from './track-table';
import { useTrackSlots } from './track-slots';
import type { TrackRow } from '../../domain/track-row';
import type { MenuHandle } from '../menu-button';
import type { TrackView } from './use-track-view';
import type { RowSelection } from './row-selection';
import './track-list-view.css';

interface TrackListViewProps extends Pick<
  TrackTableProps,
  'early' | 'onShowRow' | 'withoutAddedBy' | 'withoutDates' | 'withoutAlbum'
> {
  /** The list's name: "Find in Road Trip", "Nothing in Road Trip matches…". */
  name: string;
  /** The table's accessible name. */
  label: string;
  /** Every row loaded, in list order. */
  rows: TrackRow[];
  total: number;
  complete: boolean;
  view: TrackView;
  selection: RowSelection;
  /** Failures with their way on, above everything. */
  alerts?: React.ReactNode;
  /** Beside the find field (e.g. "Add songs or episodes"). */
  actions?: React.ReactNode;
  /** Below it: tools, progress of a running change, panels. */
  children?: React.ReactNode;
  /** The toolbar's own buttons for the selection; other features add theirs through slots. */
  selectionActions: SelectionAction[];
  /** Shown in the toolbar after the slots' buttons (e.g. the progress of a bulk save). */
  selectionExtra?: React.ReactNode;
  /** Drag and drop, when rows may move. */
  onDrop?: (active: string, over: string) => void;
  /** What an empty list says. */
  empty: React.ReactNode;
  /** Why the selection's actions and dragging are unavailable now (offline). */
  blockedReason?: string;
}

/**
 * One list of tracks, as a playlist and Liked Songs show it: find, sort (a view that
 * changes nothing), selection with its toolbar, and the table. Row, selection and header
 * actions from other features come through the track slots.
 */
export function TrackListView(props: TrackListViewProps) {
  const { rows, view, selection, complete, total } = props;
  const slots = useTrackSlots();
  const viewing = view.indices !== null;
  const { selectedRows } = selection;
  // Row actions read the rows shown when pressed (Play from a found row plays the view),
  // so the function given to the rows stays the same while pages arrive: each row is
  // rendered again only when something of its own changed (ItemRow is memoized).
  const latestRows = useRef(view.rows);
  useLayoutEffect(() => {
    latestRows.current = view.rows;
  });
  const slotActions = slots.rowActions;
  const rowActions = useCallback(
    (row: TrackRow, tabIndex: number, menu: React.Ref<MenuHandle>) =>
      slotActions?.(
        row,
        tabIndex,
        {
          get rows() {
            return latestRows.current;
          },
          isView: viewing,
        },
        menu,
      ),
    [slotActions, viewing],
  );
  return (
    <>
      {props.alerts}
      <div className="items-actions">
        <FindField
          label={`Find in ${props.name}`}
          query={view.query}
          onQuery={view.setQuery}
          matches={view.filtered ? view.rows.length : null}
          searched={rows.length}
          complete={complete}
        />
        {props.actions}
      </div>
      {props.children}
      {selectedRows.length > 0 && (
        <SelectionToolbar
          count={selectedRows.length}
          actions={props.selectionActions}
          onClear={selection.clear}
          blockedReason={props.blockedReason}
          extra={
            <>
              {slots.selectionActions?.(selectedRows)}
              {props.selectionExtra}
            </>
          }
        />
      )}
      {view.filtered && view.rows.length === 0 && (
        <p className="empty-state">
          Nothing in {props.name} matches “{view.query}”.
        </p>
      )}
      {rows.length === 0 && total === 0 ? (
        props.empty
      ) : (
        <TrackTable
          label={props.label}
          total={viewing ? view.rows.length : complete ? rows.length : Math.max(rows.length, total)}
          rows={view.rows}
          isView={viewing}
          early={props.early}
          onShowRow={props.onShowRow}
          withoutAddedBy={props.withoutAddedBy}
          withoutDates={props.withoutDates}
          withoutAlbum={props.withoutAlbum}
          sorting={{ sort: view.sort, onSort: view.setSort }}
          rowActions={slotActions && rowActions}
          editing={{
            ...selection.tableEditing(complete),
            onDrop: viewing || props.blockedReason ? undefined : props.onDrop,
          }}
        />
      )}
    </>
  );
}
