/**
 * The undo history for playlist changes, shared by the toasts (the latest results, the
 * change's with an Undo button) and Ctrl+Z. Entries outlive the page they came from, and
 * say which playlist they touched; a toast belongs to the page it was shown on.
 */
import { appStore } from '../../lib/app-store';

export interface UndoEntry {
  id: number;
  /** What happened, e.g. "Removed 2 items from Road Trip." */
  message: string;
  /** Reverses it through the API; null when there is nothing to reverse. */
  undo: (() => void) | null;
}

export interface Toast {
  id: number;
  text: string;
  /** The undo entry its Undo button reverses, if any. */
  undoId: number | null;
  /** A later toast with the same key takes its place (an export's progress, then its end). */
  key?: string;
}

export interface UndoState {
  entries: UndoEntry[];
  /** The latest results, oldest first: a change, an undo, or its failure. */
  toasts: Toast[];
}

const HISTORY_LIMIT = 20;
/** More would cover the page; the oldest goes first. */
export const TOAST_LIMIT = 3;
const store = appStore<UndoState & { lastId: number }>(() => ({
  entries: [],
  toasts: [],
  lastId: 0,
}));

function show(toast: Omit<Toast, 'id'>, id: number) {
  const state = store.get();
  const kept = state.toasts.filter((t) => !toast.key || t.key !== toast.key);
  return [...kept, { ...toast, id }].slice(-TOAST_LIMIT);
}

export const undoHistory = {
  push(message: string, undo: (() => void) | null) {
    const state = store.get();
    const entry = { id: state.lastId + 1, message, undo };
    store.set({
      entries: undo ? [...state.entries, entry].slice(-HISTORY_LIMIT) : state.entries,
      toasts: show({ text: message, undoId: undo ? entry.id : null }, entry.id),
      lastId: entry.id,
    });
  },
  /** Undoes the latest change (Ctrl+Z) or the one named; returns false when there is none. */
  undo(id?: number): boolean {
    const state = store.get();
    const entry = id === undefined ? state.entries.at(-1) : state.entries.find((e) => e.id === id);
    if (!entry?.undo) return false;
    store.set({
      ...state,
      entries: state.entries.filter((e) => e !== entry),
      toasts: state.toasts.filter((t) => t.undoId !== entry.id),
    });
    entry.undo();
    return true;
  },
  /** A result with nothing to undo; `key` replaces the toast shown with the same key. */
  announce(text: string, key?: string) {
    const state = store.get();
    const id = state.lastId + 1;
    store.set({ ...state, toasts: show({ text, undoId: null, key }, id), lastId: id });
  },
  dismiss(id: number) {
    const state = store.get();
    store.set({ ...state, toasts: state.toasts.filter((t) => t.id !== id) });
  },
  /** The person left the page: the toasts shown there go with it (Ctrl+Z still works). */
  leavePage() {
    const state = store.get();
    if (state.toasts.length) store.set({ ...state, toasts: [] });
  },
};

export const useUndoHistory = (): UndoState => store.use();
