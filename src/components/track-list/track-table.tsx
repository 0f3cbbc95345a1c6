import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { ItemRow, ROW_HEIGHT } from './item-row';
import type { TrackRow } from '../../domain/track-row';
import { nextSort, type SortColumn, type SortSpec } from './track-view';
import { SortableRows, type TableEditing } from './sortable-rows';

const PAGE_ROWS = 10;

const COLUMN_NAMES: Record<SortColumn, string> = {
  title: 'Title',
  artist: 'Artist',
  album: 'Album',
  added: 'Date added',
  addedBy: 'Added by',
  length: 'Length',
};

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
  sorting?: { sort: SortSpec | null; onSort: (sort: SortSpec | null) => void };
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
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const tooltipPrefix = useId();

  useLayoutEffect(() => {
    if (bodyRef.current)
      setScrollMargin(bodyRef.current.getBoundingClientRect().top + window.scrollY);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    scrollMargin,
    // The row with keyboard focus stays in the DOM wherever the page scrolls, so focus is
    // never dropped to the page; the row a key moves to is there at once to take it.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (active >= total || indexes.includes(active)) return indexes;
      return [...indexes, active].sort((a, b) => a - b);
    },
  });
  const items = virtualizer.getVirtualItems();
  const firstShown = virtualizer.range?.startIndex ?? 0;
  useEffect(() => onShowRow?.(firstShown), [firstShown, onShowRow]);
  const header = (columns: SortColumn[], className: string) => {
    const sort = sorting?.sort;
    const current = sort && columns.includes(sort.column) ? sort.direction : undefined;
    return (
      <span role="columnheader" className={className || undefined} aria-sort={current}>
        {sorting
          ? columns.map((column) => (
              <button
                key={column}
                type="button"
                className={`column-sort${sort?.column === column ? ' column-sort--active' : ''}`}
                onClick={() => sorting.onSort(nextSort(sort ?? null, column))}
              >
                {COLUMN_NAMES[column]}
                <span aria-hidden="true">
                  {sort?.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            ))
          : COLUMN_NAMES[columns[0]!]}
      </span>
    );
  };
  const movable = !!editing?.onDrop;

  useEffect(() => {
    if (!focusPending.current) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      focusPending.current = false;
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    focusPending.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    return next;
  };

  const onEditingKey = (event: React.KeyboardEvent): boolean => {
    if (!editing?.ready) return false;
    if (event.key === ' ') editing.onSelect(active, false);
    else if (event.key === 'Escape') editing.onClear();
    else if (event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey))
      editing.onSelectAll(true);
    else if (event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      if (!editing.selected.has(editing.keys[active] ?? '')) editing.onSelect(active, false);
      editing.onSelect(moveTo(active + (event.key === 'ArrowDown' ? 1 : -1)), true);
    } else return false;
    return true;
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const keys: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + PAGE_ROWS,
      PageUp: active - PAGE_ROWS,
      Home: 0,
      End: total - 1,
    };
    if ((event.target as HTMLElement).getAttribute('role') !== 'row') return;
    if (onEditingKey(event)) {
      event.preventDefault();
      return;
    }
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <div
      className={`items-table${rowActions ? ' items-table--actions' : ''}${editing ? (movable ? ' items-table--editing' : ' items-table--selecting') : ''}`}
      role="grid"
      tabIndex={-1}
      aria-label={label}
      aria-rowcount={total + 1}
      aria-readonly="true"
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="items-table__head">
        <div role="row" aria-rowindex={1} className="items-row items-row--head">
          {editing && (
            <span role="columnheader">
              <label className="items-row__hit">
                <input
                  type="checkbox"
                  aria-label="Select all"
                  disabled={!editing.ready}
                  checked={editing.allSelected}
                  onChange={(event) => editing.onSelectAll(event.target.checked)}
                />
              </label>
            </span>
          )}
          {movable && (
            <span role="columnheader">
              <span className="visually-hidden">Move</span>
            </span>
          )}
          <span role="columnheader" className="items-row__position">
            #
          </span>
          {header(['title', 'artist'], '')}
          {header(['album'], 'items-row__album')}
          {header(['added'], 'items-row__added')}
          {header(['addedBy'], 'items-row__by')}
          {header(['length'], 'items-row__duration')}
          {rowActions && (
            <span role="columnheader">
              <span className="visually-hidden">Actions</span>
            </span>
          )}
        </div>
      </div>
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
                onFocus={() => setActive(virtualRow.index)}
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
                        onSelect: (extend) => editing.onSelect(virtualRow.index, extend),
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
