/**
 * The change journal: before the first request of a change that removes songs it will put
 * back (Spotify removes every copy of a URI, so "remove this copy" is "remove all, add the
 * others back"), the change is written here, in IndexedDB. If the tab reloads, crashes or
 * closes between those requests, the next open of the playlist (in any tab) reads it and
 * finishes the change from what Spotify then has (see finish-plan.ts). An entry goes once
 * its change is complete.
 *
 * A change that is running holds a Web Lock named after its entry, so another tab never
 * finishes a change that is still being made; finishing takes the same lock, so two tabs
 * never finish one change twice.
 *
 * Without IndexedDB (private modes, tests that do not install one) entries live in memory:
 * a failure in this tab can still be finished, a reload cannot.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { defineSlot, runtime } from '../../../lib/runtime';
import type { TrackRow } from '../../../domain/track-row';
import type { ItemChange } from './item-changes';

export interface JournalEntry {
  id: string;
  /** The backend the playlist lives on (a demo playlist id means nothing to Spotify). */
  backend: string;
  playlistId: string;
  /** Past tense, as the toast says it: "Removed 4 duplicates from Duplicates Galore." */
  message: string;
  /** The change as the person asked for it, and the rows it was planned against. */
  change: ItemChange;
  before: TrackRow[];
  /** Every URI the change removes (all copies go). */
  removing: string[];
  /** The copies it puts back, with their positions in the finished playlist (ascending). */
  restores: { position: number; row: TrackRow }[];
  /** The playlist's URIs once the change is complete. */
  result: (string | null)[];
  startedAt: string;
}

const DB_NAME = 'slm-changes';
/** This page's journal store: IndexedDB, or memory once IndexedDB is missing or failed. */
const page = defineSlot((): { memory: Map<string, JournalEntry>; store?: UseStore | null } => ({
  memory: new Map(),
}));

function idb(): UseStore | null {
  const held = runtime().get(page);
  if (held.store !== undefined) return held.store;
  try {
    held.store = typeof indexedDB === 'undefined' ? null : createStore(DB_NAME, 'journal');
  } catch {
    held.store = null;
  }
  return held.store;
}

const memory = () => runtime().get(page).memory;

/** Runs `work` on IndexedDB, or on memory when it is missing or fails. */
async function withStore<T>(onIdb: (s: UseStore) => Promise<T>, onMemory: () => T): Promise<T> {
  const s = idb();
  if (!s) return onMemory();
  try {
    return await onIdb(s);
  } catch {
    runtime().get(page).store = null;
    return onMemory();
  }
}

export function newEntryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const changeJournal = {
  write: (entry: JournalEntry) =>
    withStore(
      (s) => set(entry.id, entry, s),
      () => void memory().set(entry.id, entry),
    ),
  remove: (id: string) =>
    withStore(
      (s) => del(id, s),
      () => void memory().delete(id),
    ),
  read: (id: string) =>
    withStore(
      (s) => get<JournalEntry>(id, s).then((entry) => entry ?? null),
      () => memory().get(id) ?? null,
    ),
  /** The unfinished changes of one playlist on one backend, oldest first. */
  async of(backend: string, playlistId: string): Promise<JournalEntry[]> {
    const all = await withStore(
      async (s) => (await entries<string, JournalEntry>(s)).map(([, entry]) => entry),
      () => [...memory().values()],
    );
    return all
      .filter((entry) => entry.backend === backend && entry.playlistId === playlistId)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  },
};

const lockName = (id: string) => `slm.change.${id}`;
/** Changes running in this tab (covers browsers without Web Locks). */
const runningSlot = defineSlot(() => new Set<string>());

/** Runs `work` holding the entry's lock, waiting while another tab holds it. */
export async function withEntryLock<T>(id: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const running = runtime().get(runningSlot);
  running.add(id);
  try {
    return locks ? await locks.request(lockName(id), work) : await work();
  } finally {
    running.delete(id);
  }
}

/** Whether a change is being made right now, here or in another tab. */
export async function isRunning(id: string): Promise<boolean> {
  if (runtime().get(runningSlot).has(id)) return true;
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return false;
  const { held = [] } = await locks.query();
  return held.some((lock) => lock.name === lockName(id));
}
