/**
 * The undo history for playlist changes, shared by the toast (which shows the latest
 * change with an Undo button) and Ctrl+Z. Entries outlive the page they came from, and
 * say which playlist they touched.
 */
import { appStore } from '../../lib/app-store';

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
const store = appStore<UndoState & { lastId: number }>(() => ({
  entries: [],
  toast: null,
  lastId: 0,
}));

export const undoHistory = {
  push(message: string, undo: (() => void) | null) {
    const state = store.get();
    const entry = { id: state.lastId + 1, message, undo };
    store.set({
      entries: undo ? [...state.entries, entry].slice(-HISTORY_LIMIT) : state.entries,
      toast: { text: message, undoId: undo ? entry.id : null },
      lastId: entry.id,
    });
  },
  /** Undoes the latest change (Ctrl+Z) or the one named; returns false when there is none. */
  undo(id?: number): boolean {
    const state = store.get();
    const entry = id === undefined ? state.entries.at(-1) : state.entries.find((e) => e.id === id);
    if (!entry?.undo) return false;
    store.set({ ...state, entries: state.entries.filter((e) => e !== entry), toast: null });
    entry.undo();
    return true;
  },
  announce(text: string) {
    store.set({ ...store.get(), toast: { text, undoId: null } });
  },
  dismiss() {
    store.set({ ...store.get(), toast: null });
  },
};

export const useUndoHistory = (): UndoState => store.use();
