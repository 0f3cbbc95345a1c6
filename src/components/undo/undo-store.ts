/**
 * The undo history for playlist changes, shared by the toast (which shows the latest
 * change with an Undo button) and Ctrl+Z. Entries outlive the page they came from, and
 * say which playlist they touched.
 */
import { useSyncExternalStore } from 'react';

export interface UndoEntry {
  id: number;
  /** What happened, e.g. "Removed 2 items from Road Trip." */
  message: string;
  /** Reverses it through the API; null when there is nothing to reverse. */
  undo: (() => void) | null;
}

export interface UndoState {
  entries: UndoEntry[];
  /** The latest result shown in the toast (a change, an undo, or its failure). */
  toast: { text: string; undoId: number | null } | null;
}

const HISTORY_LIMIT = 20;
let state: UndoState = { entries: [], toast: null };
let nextId = 1;
const listeners = new Set<() => void>();

function set(next: UndoState) {
  state = next;
  for (const listener of listeners) listener();
}

export const undoHistory = {
  push(message: string, undo: (() => void) | null) {
    const entry = { id: nextId++, message, undo };
    set({
      entries: undo ? [...state.entries, entry].slice(-HISTORY_LIMIT) : state.entries,
      toast: { text: message, undoId: undo ? entry.id : null },
    });
  },
  /** Undoes the latest change (Ctrl+Z) or the one named; returns false when there is none. */
  undo(id?: number): boolean {
    const entry = id === undefined ? state.entries.at(-1) : state.entries.find((e) => e.id === id);
    if (!entry?.undo) return false;
    set({ entries: state.entries.filter((e) => e !== entry), toast: null });
    entry.undo();
    return true;
  },
  announce(text: string) {
    set({ ...state, toast: { text, undoId: null } });
  },
  dismiss() {
    set({ ...state, toast: null });
  },
  reset() {
    set({ entries: [], toast: null });
  },
};

export function useUndoHistory(): UndoState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
