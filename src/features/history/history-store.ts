/**
 * The signed-in account's version store, and the queue of versions waiting to be
 * recorded. A version is recorded at the next idle moment, not while the page that loaded
 * it is drawing its rows; reading the history first records what waits
 * (`recordedHistory`), so the panel never misses the version on screen.
 *
 * Without IndexedDB (private modes) or before the profile has named the account, nothing
 * is kept.
 */
import { backendUrls } from '../../auth/backends';
import { getSession } from '../../auth/token-store';
import { defineSlot, runtime } from '../../lib/runtime';
import { openVersionStore, type RecordedVersion, type VersionStore } from './version-store';

/**
 * At most this long to wait for an idle moment: a version seen just before a reload or a
 * closed tab is otherwise lost (a write started as the page goes may not finish).
 */
const IDLE_TIMEOUT_MS = 300;

interface Held {
  name: string | null;
  store: VersionStore | null;
  waiting: RecordedVersion[];
  /** Each read of your playlist list, in order: two in a row can show one gone. */
  lists: Record<string, string>[];
  idle: (() => void) | null;
}

// When the app stops (the page goes), what waits is written, not dropped.
const held = defineSlot(
  (): Held => ({ name: null, store: null, waiting: [], lists: [], idle: null }),
  (state) => void write(state),
);

export function historyName(): string | null {
  const session = getSession();
  if (!session?.accountId) return null;
  try {
    return `slm-history ${backendUrls(session.backend).api} ${session.accountId}`;
  } catch {
    return null;
  }
}

/** The store of the signed-in account, opened once per account (null when nothing can be kept). */
function storeOf(state: Held): VersionStore | null {
  if (typeof indexedDB === 'undefined') return null;
  const name = historyName();
  if (!name) return null;
  if (state.name !== name) {
    state.name = name;
    try {
      state.store = opened.get(name) ?? opened.set(name, openVersionStore(name)).get(name)!;
    } catch {
      state.store = null;
    }
  }
  return state.store;
}

/**
 * One store per database for the life of the page, not per app start: the writes an app
 * left running when it stopped are in the same queue as the next one's, so what it reads
 * comes after them.
 */
const opened = new Map<string, VersionStore>();

/** This account's store (null when nothing can be kept). */
export const historyStore = () => storeOf(runtime().get(held));

function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}

/** Records what waits now; settles once it is written (failures are dropped: memory is fine). */
function write(state: Held): Promise<void> {
  state.idle?.();
  state.idle = null;
  const store = storeOf(state);
  // Until the profile has named the account there is no store yet: what waits stays.
  if (!store && typeof indexedDB !== 'undefined') return Promise.resolve();
  const versions = state.waiting.splice(0);
  const lists = state.lists.splice(0);
  if (!store) return Promise.resolve();
  return Promise.all([
    ...versions.map((version) => store.record(version)),
    ...lists.map((list) => store.listed(list)),
  ]).then(
    () => undefined,
    () => undefined,
  );
}

const flush = () => write(runtime().get(held));

function schedule() {
  const state = runtime().get(held);
  state.idle ??= whenIdle(() => void flush());
}

// A version seen just before the page goes (a reload, a closed tab) is written as it goes.
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => void flush());

/** A version the app loaded or made, kept at the next idle moment. */
export function queueVersion(version: RecordedVersion): void {
  const { waiting } = runtime().get(held);
  // A streamed list settles after its last page: the same version is offered twice.
  const same = (v: RecordedVersion) =>
    v.playlistId === version.playlistId && v.snapshot === version.snapshot;
  if (waiting.some(same)) return;
  waiting.push(version);
  schedule();
}

/** Your playlists as just listed (id → name): those gone since are recorded as removed. */
export function queueListed(playlists: Record<string, string>): void {
  runtime().get(held).lists.push(playlists);
  schedule();
}

/**
 * The store once everything waiting is recorded, and every write already under way (an
 * idle moment's) is done: what the history panels read.
 */
export async function recordedHistory(): Promise<VersionStore | null> {
  await flush();
  const store = historyStore();
  await store?.settled();
  return store;
}

/** Logout, a refused refresh token: this account's history goes. */
export async function clearHistory(): Promise<void> {
  const state = runtime().get(held);
  state.idle?.();
  state.idle = null;
  state.waiting = [];
  state.lists = [];
  const store = state.store;
  state.store = null;
  if (state.name) opened.delete(state.name);
  state.name = null;
  await store?.clear().catch(() => undefined);
}

/** Opened when a signed-in app connects, so a logout clears it even if nothing was read. */
export function openHistory(): void {
  historyStore();
}
