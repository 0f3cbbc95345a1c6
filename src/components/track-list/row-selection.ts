import { useMemo, useRef, useState } from 'react';
import type { TableEditing } from './sortable-rows';
import { isRemovable, type TrackRow } from './track-row';

/**
 * Which rows are selected, by key, so a selection follows its rows when they move.
 * Rows that cannot be removed (local files, entries without a URI) cannot be selected.
 * Shift extends from the last row picked without Shift.
 */
export function useRowSelection(rows: TrackRow[], keys: string[]) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<number | null>(null);
  const selectable = useMemo(
    () => keys.filter((_, i) => !!rows[i] && isRemovable(rows[i])),
    [rows, keys],
  );
  // Keys that vanished (removed rows) drop out of the selection by themselves.
  const selected = useMemo(() => {
    const present = new Set(keys);
    return new Set([...picked].filter((key) => present.has(key)));
  }, [picked, keys]);
  const ordered = useMemo(() => keys.filter((key) => selected.has(key)), [keys, selected]);
  const selectedRows = useMemo(
    () => rows.filter((_, i) => selected.has(keys[i]!)),
    [rows, keys, selected],
  );

  const select = (index: number, extend: boolean) => {
    const key = keys[index];
    const row = rows[index];
    if (!key || !row || !isRemovable(row)) return;
    if (extend && anchor.current !== null) {
      const [from, to] = [Math.min(anchor.current, index), Math.max(anchor.current, index)];
      const next = new Set(selected);
      for (let i = from; i <= to; i++) {
        const candidate = rows[i];
        if (candidate && isRemovable(candidate)) next.add(keys[i]!);
      }
      setPicked(next);
      return;
    }
    anchor.current = index;
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setPicked(next);
  };

  const selectAll = (all: boolean) => setPicked(all ? new Set(selectable) : new Set());
  const clear = () => setPicked(new Set());
  return {
    selected,
    /** Selected keys in playlist order. */
    ordered,
    /** The selected rows, in list order. */
    selectedRows,
    selectable: selectable.length,
    select,
    selectAll,
    clear,
    /** What the table needs to show and change this selection (`ready`: every row loaded). */
    tableEditing: (ready: boolean): TableEditing => ({
      keys,
      selected,
      selectable: selectable.length,
      ready,
      onSelect: select,
      onSelectAll: selectAll,
      onClear: clear,
    }),
  };
}
