import { useMemo, useRef, useState } from 'react';
import type { TableEditing } from './sortable-rows';
import { isRemovable, type TrackRow } from '../../domain/track-row';

/**
 * Which rows are selected, by key, so a selection follows its rows when they move, and
 * survives a find or a sort: rows hidden by the view stay selected. The table works in
 * view positions (`view` maps them to list indices); Shift extends over the view from
 * the last row picked without Shift, and Select all takes the rows shown. Rows that
 * cannot be removed (local files, entries without a URI) cannot be selected.
 */
export type RowSelection = ReturnType<typeof useRowSelection>;

const NONE: string[] = [];
const NO_ROWS: TrackRow[] = [];

export function useRowSelection(rows: TrackRow[], keys: string[], view: number[] | null = null) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<number | null>(null);
  // List indices of the rows shown, in view order.
  const shown = useMemo(() => view ?? rows.map((_, i) => i), [view, rows]);
  const viewKeys = useMemo(() => shown.map((i) => keys[i] ?? `row-${i}`), [shown, keys]);
  const selectable = useMemo(
    () => shown.filter((i) => !!rows[i] && isRemovable(rows[i]) && keys[i]).map((i) => keys[i]!),
    [shown, rows, keys],
  );
  // Keys that vanished (removed rows) drop out of the selection by themselves.
  const selected = useMemo(() => {
    // Nothing picked (most of the time): no set of every key, at each page of 10,000 rows.
    if (picked.size === 0) return picked;
    const present = new Set(keys);
    return new Set([...picked].filter((key) => present.has(key)));
  }, [picked, keys]);
  // With nothing selected, no pass over every row at each streamed page (issue 27).
  const ordered = useMemo(
    () => (selected.size ? keys.filter((key) => selected.has(key)) : NONE),
    [keys, selected],
  );
  const selectedRows = useMemo(
    () => (selected.size ? rows.filter((_, i) => selected.has(keys[i]!)) : NO_ROWS),
    [rows, keys, selected],
  );

  const canSelect = (at: number) => {
    const index = shown[at];
    return index !== undefined && !!rows[index] && isRemovable(rows[index]) && !!keys[index];
  };
  const select = (at: number, extend: boolean) => {
    if (!canSelect(at)) return;
    const key = viewKeys[at]!;
    if (extend && anchor.current !== null) {
      const [from, to] = [Math.min(anchor.current, at), Math.max(anchor.current, at)];
      const next = new Set(selected);
      for (let i = from; i <= to; i++) if (canSelect(i)) next.add(viewKeys[i]!);
      setPicked(next);
      return;
    }
    anchor.current = at;
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setPicked(next);
  };

  const selectAll = (all: boolean) => {
    const next = new Set(selected);
    for (const key of selectable) {
      if (all) next.add(key);
      else next.delete(key);
    }
    setPicked(next);
  };
  const clear = () => setPicked(new Set());
  const selectedShown = selected.size ? selectable.filter((key) => selected.has(key)).length : 0;
  return {
    selected,
    /** Selected keys in list order. */
    ordered,
    /** The selected rows, in list order. */
    selectedRows,
    select,
    selectAll,
    clear,
    /** What the table needs to show and change this selection (`ready`: every row loaded). */
    tableEditing: (ready: boolean): TableEditing => ({
      keys: viewKeys,
      selected,
      selectable: selectable.length,
      allSelected: selectable.length > 0 && selectedShown === selectable.length,
      ready,
      onSelect: select,
      onSelectAll: selectAll,
      onClear: clear,
    }),
  };
}
