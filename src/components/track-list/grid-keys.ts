import { useEffect, useRef, useState } from 'react';
import type { TableEditing } from './sortable-rows';

const PAGE_ROWS = 10;

/**
 * The grid's keyboard: which row is active (the one in the Tab order), arrows / Page keys /
 * Home / End to move, and when editing Space to select, Shift+arrows to extend, Ctrl+A and
 * Escape. A row a key moves to is scrolled to and takes focus once it is rendered.
 */
export function useGridKeys(
  total: number,
  editing: TableEditing | undefined,
  scrollTo: (index: number) => void,
  body: React.RefObject<HTMLDivElement | null>,
) {
  const [active, setActive] = useState(0);
  // The row a key moved to, until it has focus. The index itself, not a flag: an effect of
  // an earlier render (whose `active` is the row being left) can run after the key press,
  // and would take the flag as done by focusing the old row.
  const focusPending = useRef<number | null>(null);

  useEffect(() => {
    const pending = focusPending.current;
    if (pending === null) return;
    const row = body.current?.querySelector<HTMLElement>(`[data-index="${pending}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      focusPending.current = null;
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    focusPending.current = next;
    setActive(next);
    scrollTo(next);
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

  return { active, setActive, onKeyDown };
}
