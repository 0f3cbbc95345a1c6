import { AlbumLink, BylineLinks } from '../catalog-links';
import { useSortable } from '@dnd-kit/sortable';
import { memo, useRef } from 'react';
import { formatDate, formatDuration, formatNumber } from '../../lib/format';
import { isAddable, isRemovable, type TrackRow } from '../../domain/track-row';
import { CoverImage } from '../cover-image';
import type { MenuHandle } from '../menu-button';
import { Equaliser } from './equaliser';

export const ROW_HEIGHT = 56;
/** The album's smallest image beside the title; a neutral tile when there is none. */
const ART_SIZE = 40;

const EXPLANATIONS = {
  local:
    'A local file lives on the device that added it. Spotify plays it only in its desktop and mobile apps there; this app can show and move it, but not play or remove it.',
  unavailable:
    'This item is no longer available on Spotify (removed from the catalogue or not available in your country).',
} as const;

const NOT_SELECTABLE = {
  local: "Local files can't be removed through Spotify's Web API; drag the handle to move it.",
  unavailable: 'This entry has no Spotify address, so it can only be moved.',
} as const;

/**
 * What a row needs when the playlist can be edited: plain values and the table's own
 * handlers, so a row whose values did not change is not rendered again (see ItemRow).
 */
export interface RowEditing {
  rowKey: string;
  selected: boolean;
  /** False until every item has loaded: changes are planned against the whole list. */
  ready: boolean;
  /** How many rows are selected: dragging a selected row drags them all ("+N"). */
  selectedCount: number;
}

export interface ItemRowProps {
  index: number;
  row: TrackRow | undefined;
  offsetY: number;
  active: boolean;
  /** The table's handlers, the same for every row and every render. */
  onFocusRow: (index: number) => void;
  onSelectRow: (index: number, extend: boolean) => void;
  describedById: string;
  /** Null for loading rows and for people who cannot edit; see `leadCells`. */
  editing: RowEditing | null;
  /** The select column is shown (rows can be selected). */
  leadCells: boolean;
  /** The move column is shown (rows can be dragged). */
  movable: boolean;
  withActions: boolean;
  /**
   * The date added is shown (not on narrow screens, where its column is hidden). The first
   * date formatted on a page costs a phone about 240 ms (lib/on-first-use.ts).
   */
  datesShown: boolean;
  /** The "Added by" column is there (not in Liked Songs). */
  addedByShown: boolean;
  /** The Album column is there (not for a podcast's episodes). */
  albumShown: boolean;
  /**
   * The row's buttons; given every row, so each can decide (a local file gets a disabled
   * heart). The row's menu, if they draw one, takes `menu`: a right-click on the row, Shift+F10
   * or the context-menu key opens it.
   */
  rowActions?: (row: TrackRow, tabIndex: number, menu: React.Ref<MenuHandle>) => React.ReactNode;
  /** This row is what the player has: playing, or paused on it. */
  playState?: 'playing' | 'paused';
  /**
   * The row can be dragged out (onto a playlist in Your Library, where it is shown): the
   * table fills the drag with it, or with the selection it is part of.
   */
  onDragRow?: (index: number, transfer: DataTransfer) => void;
}

/** Same props: every one the same value, `editing` compared by its fields (a new object each time). */
function sameRow(prev: ItemRowProps, next: ItemRowProps): boolean {
  for (const key of Object.keys(next) as (keyof ItemRowProps)[])
    if (key !== 'editing' && prev[key] !== next[key]) return false;
  const [a, b] = [prev.editing, next.editing];
  if (!a || !b) return a === b;
  return (
    a.rowKey === b.rowKey &&
    a.selected === b.selected &&
    a.ready === b.ready &&
    a.selectedCount === b.selectedCount
  );
}

/**
 * One grid row: a loading placeholder, or the item with its controls. Memoized: the table
 * renders on every scroll step and every change to the list, and a row (with its buttons'
 * hooks) is the costly part; a row whose props are the same is left as it is.
 */
export const ItemRow = memo(function ItemRow(props: ItemRowProps) {
  const { index, row, offsetY, active, editing, withActions } = props;
  const sortable = useSortable({
    id: editing?.rowKey ?? `loading-${index}`,
    disabled: !editing?.ready || !props.movable,
  });
  const dragY = sortable.transform?.y ?? 0;
  const menu = useRef<MenuHandle>(null);
  const common = {
    role: 'row',
    'data-index': index,
    'aria-rowindex': index + 2,
    tabIndex: active ? 0 : -1,
    onFocus: () => props.onFocusRow(index),
    // Placed with `top`, not a transform: dnd-kit measures rows ignoring transforms, and
    // uses the transform for the drag itself.
    style: {
      top: offsetY,
      transform: dragY ? `translateY(${dragY}px)` : undefined,
      transition: sortable.transition,
      height: ROW_HEIGHT,
      zIndex: sortable.isDragging ? 2 : undefined,
    },
  } as const;
  const tab = active ? 0 : -1;

  if (!row) {
    return (
      <div {...common} className="items-row items-row--loading" aria-busy="true">
        {props.leadCells && <span role="gridcell" />}
        {props.movable && <span role="gridcell" />}
        <span role="gridcell" className="items-row__position">
          {index + 1}
        </span>
        <span role="gridcell" className="items-row__title muted">
          <span className="cover items-row__art" aria-hidden="true" />
          Loading…
        </span>
        {props.albumShown && <span role="gridcell" className="items-row__album" />}
        <span role="gridcell" className="items-row__added" />
        {props.addedByShown && <span role="gridcell" className="items-row__by" />}
        <span role="gridcell" className="items-row__duration" />
        {withActions && <span role="gridcell" />}
      </div>
    );
  }

  const unplayable = row.kind === 'local' || row.kind === 'unavailable';
  const selectable = isRemovable(row);
  const reasonId = `${props.describedById}-why`;
  return (
    <div
      {...common}
      role="row"
      tabIndex={tab}
      ref={sortable.setNodeRef}
      className={`items-row items-row--${row.kind}${editing?.selected ? ' items-row--selected' : ''}${sortable.isDragging ? ' items-row--dragging' : ''}${props.playState ? ' items-row--current' : ''}`}
      aria-current={props.playState ? true : undefined}
      aria-disabled={unplayable ? true : undefined}
      aria-selected={editing ? editing.selected : undefined}
      aria-describedby={unplayable ? props.describedById : undefined}
      // dnd-kit stops the browser's own drag while its handle drags, so the two never meet.
      draggable={(props.onDragRow && isAddable(row)) || undefined}
      onDragStart={(event) => props.onDragRow?.(index, event.dataTransfer)}
      onContextMenu={(event) => {
        // Rows without a menu (an unavailable entry) keep the browser's own.
        if (!menu.current) return;
        event.preventDefault();
        menu.current.open({ x: event.clientX, y: event.clientY });
      }}
      onKeyDown={(event) => {
        if (
          !menu.current ||
          !(event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10'))
        )
          return;
        // Handled here, the key does not also fire a contextmenu event.
        event.preventDefault();
        menu.current.open();
      }}
    >
      {/* A row shown before the rows above it (not selectable yet) keeps the columns. */}
      {props.leadCells && !editing && <span role="gridcell" />}
      {props.movable && !editing && <span role="gridcell" />}
      {editing && (
        <span role="gridcell" className="items-row__select">
          {/* The label makes the whole cell the tap target (44 px on touch screens). */}
          <label className="items-row__hit">
            <input
              type="checkbox"
              tabIndex={tab}
              aria-label={`Select ${row.title}`}
              checked={editing.selected}
              disabled={!selectable || !editing.ready}
              aria-describedby={selectable ? undefined : reasonId}
              onChange={(event) => {
                const native = event.nativeEvent as Partial<MouseEvent>;
                props.onSelectRow(index, native.shiftKey === true);
              }}
            />
          </label>
          {!selectable && (
            <span id={reasonId} className="visually-hidden">
              {NOT_SELECTABLE[row.kind === 'local' ? 'local' : 'unavailable']}
            </span>
          )}
        </span>
      )}
      {editing && props.movable && (
        <span role="gridcell" className="items-row__handle">
          <button
            type="button"
            className="drag-handle"
            ref={sortable.setActivatorNodeRef}
            {...sortable.attributes}
            {...sortable.listeners}
            tabIndex={tab}
            aria-label={`Move ${row.title}`}
            disabled={!editing.ready}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        </span>
      )}
      <span role="gridcell" className="items-row__position">
        {props.playState ? (
          <>
            <Equaliser playing={props.playState === 'playing'} />
            <span className="visually-hidden">{formatNumber(row.position + 1)}</span>
          </>
        ) : (
          formatNumber(row.position + 1)
        )}
      </span>
      <span role="gridcell" className="items-row__title">
        {/* Keyed by its image: a row element shows another song after a move. */}
        <CoverImage
          key={row.imageUrl}
          url={row.imageUrl}
          label=""
          size={ART_SIZE}
          className="items-row__art"
        />
        <span className="items-row__text">
          <span className="items-row__name">
            {row.title}
            {sortable.isDragging && editing?.selected && editing.selectedCount > 1 && (
              <span className="badge drag-count" aria-hidden="true">
                +{editing.selectedCount - 1}
              </span>
            )}
          </span>
          <span className="items-row__byline">
            {row.kind === 'episode' && <span className="badge">Episode</span>}
            {row.kind === 'local' && <span className="badge row-label">Local file</span>}
            {row.kind === 'unavailable' && <span className="badge row-label">Unavailable</span>}
            <BylineLinks row={row} tabIndex={tab} />
          </span>
        </span>
        {unplayable && (
          <span role="tooltip" id={props.describedById} className="row-tooltip">
            {EXPLANATIONS[row.kind === 'local' ? 'local' : 'unavailable']}
          </span>
        )}
      </span>
      {props.albumShown && (
        <span role="gridcell" className="items-row__album">
          <AlbumLink id={row.albumId} name={row.album} tabIndex={tab} />
        </span>
      )}
      <span role="gridcell" className="items-row__added">
        {props.datesShown ? formatDate(row.addedAt) : null}
      </span>
      {props.addedByShown && (
        <span role="gridcell" className="items-row__by">
          {row.addedBy ?? ''}
        </span>
      )}
      <span role="gridcell" className="items-row__duration">
        {formatDuration(row.durationMs)}
      </span>
      {withActions && (
        <span role="gridcell">{props.rowActions ? props.rowActions(row, tab, menu) : null}</span>
      )}
    </div>
  );
}, sameRow);
