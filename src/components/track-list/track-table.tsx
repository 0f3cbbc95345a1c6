import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { ItemRow, ROW_HEIGHT } from './item-row';
import type { TrackRow } from './track-row';
import { SortableRows, type TableEditing } from './sortable-rows';

const PAGE_ROWS = 10;

export interface RowActionsSlot {
  /** Buttons for one row (any kind); they are in the Tab order only while their row is active. */
  rowActions?: (row: TrackRow, tabIndex: number) => React.ReactNode;
}

interface PlaylistItemsTableProps extends RowActionsSlot {
  label: string;
  total: number;
  rows: TrackRow[];
  /** Selection and drag and drop, for people who may change the items. */
  editing?: TableEditing;
}

/**
 * The items as an ARIA grid (a table you move through with the keyboard). Rows are
 * virtualized against the window, so the DOM holds only what is on screen; rows not
 * loaded yet show as placeholders. Keyboard: Tab reaches the table's one focusable row,
 * arrows / Page keys / Home / End move between rows; when editing, Space selects,
 * Shift+arrows extend the selection, Ctrl+A selects all and Escape clears it.
 */
export function TrackTable({ label, total, rows, rowActions, editing }: PlaylistItemsTableProps) {
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
  });
  const items = virtualizer.getVirtualItems();
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
                  checked={
                    editing.selected.size > 0 && editing.selected.size === editing.selectable
                  }
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
          <span role="columnheader">Title</span>
          <span role="columnheader" className="items-row__album">
            Album
          </span>
          <span role="columnheader" className="items-row__added">
            Date added
          </span>
          <span role="columnheader" className="items-row__by">
            Added by
          </span>
          <span role="columnheader" className="items-row__duration">
            Length
          </span>
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
            const row = rows[virtualRow.index];
            const key =
              editing && row
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
