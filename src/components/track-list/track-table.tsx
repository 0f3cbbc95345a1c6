import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import { startTransition, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { ItemRow, ROW_HEIGHT, type ItemRowProps } from './item-row';
import { NARROW_TABLE_QUERY, SIDEBAR_QUERY, useMediaQuery } from '../use-media-query';
import type { TrackRow } from '../../domain/track-row';
import { useStableCallback } from '../../lib/use-stable-callback';
import { useGridKeys } from './grid-keys';
import { TableHead, type Sorting } from './table-head';
import { SortableRows, type TableEditing } from './sortable-rows';
import { useTrackSlots } from './track-slots';
import { writeRowDrag } from './row-drag';
import { windowVirtualizerOptions } from './window-virtualizer';
import './track-table.css';

export interface TrackTableProps {
  /** Buttons for one row (any kind); in the Tab order only while their row is active. */
  rowActions?: ItemRowProps['rowActions'];
  label: string;
  total: number;
  /** The rows as shown (a view's order when one is applied). */
  rows: TrackRow[];
  /** Selection and drag and drop, for people who may change the items. */
  editing?: TableEditing;
  /** Column headers become sort buttons (ascending, descending, list order). */
  sorting?: Sorting;
  /** Whether `rows` is a view (found or sorted) rather than the list itself. */
  isView?: boolean;
  /**
   * While the list loads: rows further down that arrived before the ones above them. They
   * are shown (and playable) but not selectable until the gap above them fills.
   */
  early?: (index: number) => TrackRow | undefined;
  /** Told the first row on screen whenever it changes (the loader fetches around it first). */
  onShowRow?: (index: number) => void;
  /** No "Added by" column: nobody but the listener adds to Liked Songs. */
  withoutAddedBy?: boolean;
  /** No Date added column (an album's tracks have no dates). */
  withoutDates?: boolean;
  /** No Album column (a podcast's episodes have none). */
  withoutAlbum?: boolean;
}

/**
 * The items as an ARIA grid (a table you move through with the keyboard). Rows are
 * virtualized against the window, so the DOM holds only what is on screen; rows not
 * loaded yet show as placeholders. Keyboard: Tab reaches the table's one focusable row,
 * arrows / Page keys / Home / End move between rows; when editing, Space selects,
 * Shift+arrows extend the selection, Ctrl+A selects all and Escape clears it.
 */
export function TrackTable({
  label,
  total,
  rows,
  rowActions,
  editing,
  sorting,
  isView = false,
  early,
  onShowRow,
  withoutAddedBy = false,
  withoutDates = false,
  withoutAlbum = false,
}: TrackTableProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const tooltipPrefix = useId();
  // The keyboard scrolls through the virtualizer, which needs the keyboard's active row.
  const scroller = useRef<(index: number) => void>(() => undefined);
  const keyboard = useGridKeys(total, editing, (index) => scroller.current(index), bodyRef);
  const { active } = keyboard;
  const datesShown = !useMediaQuery(NARROW_TABLE_QUERY);
  const dragOut = useMediaQuery(SIDEBAR_QUERY);
  const { nowPlaying } = useTrackSlots();

  // Where the table starts on the page, read after the first paint: read while committing,
  // it made the browser lay out the whole page there, and the table render again, in the
  // same task. Until then the rows from the page's top are drawn, a few more than show.
  // The rows it moves are drawn in a background render, in slices.
  useEffect(() => {
    if (!bodyRef.current) return;
    const top = bodyRef.current.getBoundingClientRect().top + window.scrollY;
    startTransition(() => setScrollMargin(top));
  }, []);
  // The rows' buttons (a heart with its saved state, Play, the menu) come in a background
  // render just after the rows: the first commit of a list is the costly task of a page's
  // start, and its buttons were most of it. Their column is there from the start, empty.
  const actionsShown = useDeferredValue(true, false);
  const [windowOptions] = useState(windowVirtualizerOptions);

  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    scrollMargin,
    // Every row on screen in the first render, and no layout forced just after it.
    ...windowOptions,
    // The row with keyboard focus stays in the DOM wherever the page scrolls, so focus is
    // never dropped to the page; the row a key moves to is there at once to take it.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (active >= total || indexes.includes(active)) return indexes;
      return [...indexes, active].sort((a, b) => a - b);
    },
  });
  useEffect(() => {
    scroller.current = (index) => virtualizer.scrollToIndex(index, { align: 'auto' });
  });
  const items = virtualizer.getVirtualItems();
  const firstShown = virtualizer.range?.startIndex ?? 0;
  useEffect(() => onShowRow?.(firstShown), [firstShown, onShowRow]);
  const movable = !!editing?.onDrop;
  // One handler of each for every row, so rows that did not change skip rendering.
  const onFocusRow = keyboard.setActive;
  const onSelectRow = useStableCallback((index: number, extend: boolean) =>
    editing?.onSelect(index, extend),
  );
  // A selected row drags the whole selection with it; any other row, itself.
  const onDragRow = useStableCallback((index: number, transfer: DataTransfer) => {
    const key = editing?.keys[index];
    const dragged =
      editing && key !== undefined && editing.selected.has(key)
        ? rows.filter((_, i) => editing.selected.has(editing.keys[i] ?? ''))
        : [rows[index] ?? early?.(index)].filter((row) => row !== undefined);
    writeRowDrag(transfer, dragged);
  });

  return (
    <div
      className={`items-table${withoutAddedBy ? ' items-table--no-added-by' : ''}${withoutDates ? ' items-table--no-dates' : ''}${withoutAlbum ? ' items-table--no-album' : ''}${rowActions ? ' items-table--actions' : ''}${editing ? (movable ? ' items-table--editing' : ' items-table--selecting') : ''}`}
      role="grid"
      tabIndex={-1}
      aria-label={label}
      aria-rowcount={total + 1}
      aria-readonly="true"
      onKeyDown={keyboard.onKeyDown}
    >
      <TableHead
        editing={editing}
        sorting={sorting}
        withActions={!!rowActions}
        withAddedBy={!withoutAddedBy}
        withAlbum={!withoutAlbum}
      />
      <SortableRows editing={editing} rows={rows}>
        <div
          role="rowgroup"
          ref={bodyRef}
          className="items-table__body"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((virtualRow) => {
            const loaded = rows[virtualRow.index];
            const row = loaded ?? (isView ? undefined : early?.(virtualRow.index));
            const key =
              editing && loaded
                ? (editing.keys[virtualRow.index] ?? `row-${virtualRow.index}`)
                : undefined;
            return (
              <ItemRow
                key={virtualRow.key}
                index={virtualRow.index}
                row={row}
                offsetY={virtualRow.start - scrollMargin}
                active={virtualRow.index === active}
                onFocusRow={onFocusRow}
                onSelectRow={onSelectRow}
                onDragRow={dragOut ? onDragRow : undefined}
                describedById={`${tooltipPrefix}-${virtualRow.index}`}
                leadCells={!!editing}
                movable={movable}
                withActions={!!rowActions}
                rowActions={actionsShown ? rowActions : undefined}
                datesShown={datesShown && !withoutDates}
                addedByShown={!withoutAddedBy}
                albumShown={!withoutAlbum}
                playState={
                  row?.uri && row.uri === nowPlaying?.uri
                    ? nowPlaying.playing
                      ? 'playing'
                      : 'paused'
                    : undefined
                }
                editing={
                  editing && key !== undefined
                    ? {
                        rowKey: key,
                        selected: editing.selected.has(key),
                        ready: editing.ready,
                        selectedCount: editing.selected.size,
                      }
                    : null
                }
              />
            );
          })}
        </div>
      </SortableRows>
    </div>
  );
}
