import { defaultRangeExtractor, useWindowVirtualizer, windowScroll } from '@tanstack/react-virtual';
import { startTransition, useEffect, useId, useRef, useState } from 'react';
import { ItemRow, ROW_HEIGHT } from './item-row';
import type { TrackRow } from '../../domain/track-row';
import { useStableCallback } from '../../lib/use-stable-callback';
import { useGridKeys } from './grid-keys';
import { TableHead, type Sorting } from './table-head';
import { SortableRows, type TableEditing } from './sortable-rows';
import './track-table.css';

export interface TrackTableProps {
  /** Buttons for one row (any kind); in the Tab order only while their row is active. */
  rowActions?: (row: TrackRow, tabIndex: number) => React.ReactNode;
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
}: TrackTableProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const mountWriteSkipped = useRef(false);
  const tooltipPrefix = useId();
  // The keyboard scrolls through the virtualizer, which needs the keyboard's active row.
  const scroller = useRef<(index: number) => void>(() => undefined);
  const keyboard = useGridKeys(total, editing, (index) => scroller.current(index), bodyRef);
  const { active } = keyboard;

  // Where the list starts on the page, read in a task of its own and applied as a
  // transition: read in a layout effect, it forced the page's layout and a second,
  // synchronous render of every row inside the first commit (one task of 300 ms at a
  // phone's speed). Until then the rows from the top are shown, which include those on
  // screen; rows are placed relative to the body either way.
  useEffect(() => {
    const timer = setTimeout(() => {
      const top = bodyRef.current?.getBoundingClientRect().top;
      if (top !== undefined) startTransition(() => setScrollMargin(top + window.scrollY));
    });
    return () => clearTimeout(timer);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    scrollMargin,
    // The window's size from the start: with the default (0 x 0) the first render had no
    // rows, and the rows on screen were all mounted by a second, synchronous render in the
    // virtualizer's layout effect (not sliced, so one long task on a phone).
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    // On mount the virtualizer writes the window's scroll position back to where it already
    // is; the write forces a layout of the whole page inside the commit (90 ms of it at a
    // phone's speed). That first write changes nothing and is skipped; every later one
    // (keyboard, jumps) scrolls as usual.
    scrollToFn: (offset, options, instance) => {
      if (!mountWriteSkipped.current) {
        mountWriteSkipped.current = true;
        if (!options.adjustments && !options.behavior) return;
      }
      windowScroll(offset, options, instance);
    },
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

  return (
    <div
      className={`items-table${rowActions ? ' items-table--actions' : ''}${editing ? (movable ? ' items-table--editing' : ' items-table--selecting') : ''}`}
      role="grid"
      tabIndex={-1}
      aria-label={label}
      aria-rowcount={total + 1}
      aria-readonly="true"
      onKeyDown={keyboard.onKeyDown}
    >
      <TableHead editing={editing} sorting={sorting} withActions={!!rowActions} />
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
                describedById={`${tooltipPrefix}-${virtualRow.index}`}
                leadCells={!!editing}
                movable={movable}
                withActions={!!rowActions}
                rowActions={rowActions}
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
