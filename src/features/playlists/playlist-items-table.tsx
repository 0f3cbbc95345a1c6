import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { formatDate, formatDuration } from '../../lib/format';
import { isPlayable, type PlaylistRow } from './playlist-rows';

const ROW_HEIGHT = 56;
const PAGE_ROWS = 10;

const EXPLANATIONS = {
  local:
    'A local file lives on the device that added it. Spotify plays it only in its desktop and mobile apps there; this app can show and move it, but not play or remove it.',
  unavailable:
    'This item is no longer available on Spotify (removed from the catalogue or not available in your country).',
} as const;

export interface RowActionsSlot {
  /** Buttons for one playable row; they are in the Tab order only while their row is active. */
  rowActions?: (row: PlaylistRow, tabIndex: number) => React.ReactNode;
}

interface PlaylistItemsTableProps extends RowActionsSlot {
  label: string;
  total: number;
  rows: PlaylistRow[];
}

/**
 * The items as an ARIA grid (a table you move through with the keyboard). Rows are virtualized against the window, so the DOM holds
 * only what is on screen; rows not loaded yet show as placeholders. Keyboard: Tab
 * reaches the table's one focusable row, arrows / Page keys / Home / End move between rows.
 */
export function PlaylistItemsTable({ label, total, rows, rowActions }: PlaylistItemsTableProps) {
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
    const target = keys[event.key];
    if (target === undefined || (event.target as HTMLElement).getAttribute('role') !== 'row')
      return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <div
      className={`items-table${rowActions ? ' items-table--actions' : ''}`}
      role="grid"
      tabIndex={-1}
      aria-label={label}
      aria-rowcount={total + 1}
      aria-readonly="true"
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="items-table__head">
        <div role="row" aria-rowindex={1} className="items-row items-row--head">
          <span role="columnheader">#</span>
          <span role="columnheader">Title</span>
          <span role="columnheader">Album</span>
          <span role="columnheader">Date added</span>
          <span role="columnheader">Added by</span>
          <span role="columnheader">Length</span>
          {rowActions && (
            <span role="columnheader">
              <span className="visually-hidden">Actions</span>
            </span>
          )}
        </div>
      </div>
      <div
        role="rowgroup"
        ref={bodyRef}
        className="items-table__body"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((virtualRow) => {
          const row = rows[virtualRow.index];
          const style = {
            transform: `translateY(${virtualRow.start - scrollMargin}px)`,
            height: ROW_HEIGHT,
          };
          const common = {
            role: 'row',
            'data-index': virtualRow.index,
            'aria-rowindex': virtualRow.index + 2,
            tabIndex: virtualRow.index === active ? 0 : -1,
            onFocus: () => setActive(virtualRow.index),
            style,
          } as const;
          if (!row) {
            return (
              <div
                key={virtualRow.key}
                {...common}
                className="items-row items-row--loading"
                aria-busy="true"
              >
                <span role="gridcell">{virtualRow.index + 1}</span>
                <span role="gridcell" className="muted">
                  Loading…
                </span>
                <span role="gridcell" />
                <span role="gridcell" />
                <span role="gridcell" />
                <span role="gridcell" />
                {rowActions && <span role="gridcell" />}
              </div>
            );
          }
          const unplayable = row.kind === 'local' || row.kind === 'unavailable';
          const tipId = `${tooltipPrefix}-${virtualRow.index}`;
          return (
            <div
              key={virtualRow.key}
              {...common}
              className={`items-row items-row--${row.kind}`}
              aria-disabled={unplayable ? true : undefined}
              aria-describedby={unplayable ? tipId : undefined}
            >
              <span role="gridcell" className="items-row__position">
                {row.position + 1}
              </span>
              <span role="gridcell" className="items-row__title">
                <span className="items-row__name">{row.title}</span>
                <span className="items-row__byline">
                  {row.kind === 'episode' && <span className="badge">Episode</span>}
                  {row.kind === 'local' && <span className="badge row-label">Local file</span>}
                  {row.kind === 'unavailable' && (
                    <span className="badge row-label">Unavailable</span>
                  )}
                  {row.byline}
                </span>
                {unplayable && (
                  <span role="tooltip" id={tipId} className="row-tooltip">
                    {EXPLANATIONS[row.kind === 'local' ? 'local' : 'unavailable']}
                  </span>
                )}
              </span>
              <span role="gridcell" className="items-row__album">
                {row.album}
              </span>
              <span role="gridcell">{formatDate(row.addedAt)}</span>
              <span role="gridcell">{row.addedBy ?? ''}</span>
              <span role="gridcell" className="items-row__duration">
                {formatDuration(row.durationMs)}
              </span>
              {rowActions && (
                <span role="gridcell">
                  {isPlayable(row) ? rowActions(row, virtualRow.index === active ? 0 : -1) : null}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
