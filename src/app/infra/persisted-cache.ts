/**
 * The persisted copy of the query cache, so a reload or a new tab shows the library at
 * once: the profile, the playlist list, each playlist, its items (per snapshot_id, which
 * says whether anything changed), Liked Songs, and the saved albums, followed artists and
 * saved podcasts and episodes. Player, queue, devices, search results and saved states are
 * never kept.
 *
 * - One IndexedDB database per account and backend, named by both; nothing is kept until
 *   the profile has said whose library this is.
 * - Entries carry CACHE_VERSION: a version that changes a shape discards old entries.
 * - Capped by rows and entries, oldest written first out; an older snapshot of a playlist
 *   goes as soon as a newer one is written (it can never be asked for again): cache-index.ts.
 * - Deleted on logout and when the refresh token is refused (session.ts calls in here).
 * - Any IndexedDB failure (none in private mode, quota) leaves this tab on memory only.
 *
 * Values are stored as objects (structured clone), not JSON: no stringify on the main
 * thread. Long lists are kept in pieces, each copied in a task of its own (piece-store.ts).
 */
import {
  experimental_createQueryPersister,
  type PersistedQuery,
} from '@tanstack/query-persist-client-core';
import {
  hashKey,
  partialMatchKey,
  type Query,
  type QueryClient,
  type QueryFunctionContext,
  type QueryKey,
  type QueryState,
} from '@tanstack/react-query';
import { clear, createStore, entries, type UseStore } from 'idb-keyval';
import { backendUrls } from '../../auth/backends';
import { getSession, saveSession, type Session } from '../../auth/token-store';
import { collectionQueries } from '../../features/library/collections';
import { libraryQueries } from '../../features/library/queries';
import { playlistKeys, playlistQueries } from '../../features/playlists/queries';
import { userQueries } from '../../features/profile/queries';
import { defineSlot, runtime } from '../../lib/runtime';
import { CACHE_VERSION, discardOtherVersions, recordEntry, rowCount } from './cache-index';
import { readInPieces, removeWithPieces, writeInPieces } from './piece-store';

const MAX_AGE_MS = 30 * 24 * 60 * 60_000;
/** Edits in quick succession (likes, moves) are written once. */
const WRITE_DELAY_MS = 50;
const KEY_PREFIX = 'q';

/** What is kept, by the factories' key prefixes. */
const persistedKeys = (): QueryKey[] => [
  userQueries.me().queryKey,
  playlistQueries.all(),
  libraryQueries.likedSongs().queryKey,
  collectionQueries.all(),
];

const isPersisted = (key: QueryKey) =>
  persistedKeys().some((prefix) => partialMatchKey(key, prefix));

interface Scope {
  id: string;
  store: UseStore;
  persister: ReturnType<typeof experimental_createQueryPersister<PersistedQuery>>;
  /** Settles once a store written by another version has been emptied. */
  ready: Promise<void>;
}

/** The running app's side of the store (one per runtime, so a stopped app writes nothing). */
interface CacheState {
  scope: Scope | null;
  /** IndexedDB is missing or failed in this tab: memory only from now on. */
  memoryOnly: boolean;
  /** Queries waiting for the next write, by hash. */
  pending: Map<string, Query>;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The writes under way, one after another. */
  writing: Promise<void>;
}

const cacheState = defineSlot(
  (): CacheState => ({
    scope: null,
    memoryOnly: false,
    pending: new Map(),
    timer: undefined,
    writing: Promise.resolve(),
  }),
  (state) => {
    clearTimeout(state.timer);
    state.timer = undefined;
    state.pending.clear();
  },
);
const current = () => runtime().get(cacheState);

/** The database's name: backend and account, so no two libraries ever share one. */
export function cacheName(session: Session | null): string | null {
  if (!session?.accountId) return null;
  try {
    return `slm-cache ${backendUrls(session.backend).api} ${session.accountId}`;
  } catch {
    return null;
  }
}

function currentScope(): Scope | null {
  const state = current();
  if (state.memoryOnly || typeof indexedDB === 'undefined') return null;
  const id = cacheName(getSession());
  if (!id) return null;
  if (state.scope?.id === id) return state.scope;
  try {
    const store = createStore(id, 'queries');
    const persister = experimental_createQueryPersister<PersistedQuery>({
      storage: {
        getItem: (key) => readInPieces<PersistedQuery>(store, key),
        setItem: (key, value) => writeInPieces(store, key, value),
        removeItem: (key) => removeWithPieces(store, key),
        entries: async () =>
          (await entries<string, PersistedQuery>(store)).filter(([key]) =>
            key.startsWith(`${KEY_PREFIX}-`),
          ),
      },
      buster: CACHE_VERSION,
      maxAge: MAX_AGE_MS,
      prefix: KEY_PREFIX,
      // Only what a restore needs; the rest of a query's state (errors, fetch state) is not data.
      serialize: ({ buster, queryHash, queryKey, state }) => ({
        buster,
        queryHash,
        queryKey,
        state: { data: state.data, dataUpdatedAt: state.dataUpdatedAt } as QueryState,
      }),
      deserialize: (stored) => {
        if (stored?.state?.data === undefined) throw new Error('unreadable cache entry');
        return stored;
      },
    });
    state.scope = { id, store, persister, ready: discardOtherVersions(store) };
  } catch {
    goMemoryOnly();
  }
  return state.scope;
}

function goMemoryOnly() {
  const state = current();
  state.memoryOnly = true;
  state.scope = null;
  state.pending.clear();
}

interface RowList {
  total: number;
  rows: unknown[];
}

const isRowList = (data: unknown): data is RowList =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as Partial<RowList>).total === 'number' &&
  Array.isArray((data as Partial<RowList>).rows);

/**
 * What the store holds for each query, as last read from it (`readBack`) or written to it:
 * writing the same again would only cost time. A list checked again and found unchanged
 * (Liked Songs asks for its first page) comes back as a new list of the same row objects,
 * so lists compare by their rows; written again, 12,000 liked songs were 24 copies on the
 * main thread at every reload (issue 27).
 */
const inStore = new WeakMap<Query, { data: unknown; readBack: boolean }>();

function sameAsStored(query: Query, data: unknown): boolean {
  const stored = inStore.get(query)?.data;
  if (stored === undefined) return false;
  if (stored === data) return true;
  return (
    isRowList(stored) &&
    isRowList(data) &&
    stored.total === data.total &&
    stored.rows.length === data.rows.length &&
    stored.rows.every((row, i) => row === data.rows[i])
  );
}

/**
 * Whether a query's data is the copy read back from the store: no answer from Spotify (nor
 * an edit of ours) has replaced it since.
 */
export function isReadBack(queryClient: QueryClient, queryKey: QueryKey): boolean {
  const query = queryClient.getQueryCache().find({ queryKey, exact: true });
  const stored = query ? inStore.get(query) : undefined;
  return !!stored?.readBack && stored.data === query?.state.data;
}

export async function restoreOrFetch(
  queryFn: (context: QueryFunctionContext) => unknown,
  context: QueryFunctionContext,
  query: Query,
): Promise<unknown> {
  const kept =
    query.state.data === undefined && isPersisted(query.queryKey) ? currentScope() : null;
  if (kept) {
    try {
      await kept.ready;
      const data = await kept.persister.retrieveQuery(query.queryHash, (persisted) => {
        query.setState({ dataUpdatedAt: persisted.state.dataUpdatedAt });
        // A copy from an earlier visit is checked again at once (the playlist's snapshot_id
        // decides about its items), except a snapshot's items, which never change.
        if (!playlistKeys.isItems(query.queryKey)) void query.fetch();
      });
      if (data !== undefined) {
        inStore.set(query, { data, readBack: true });
        return data;
      }
    } catch {
      goMemoryOnly();
    }
  }
  return queryFn(context);
}

/**
 * A kept query's data from memory or from the persisted copy, never from Spotify
 * (undefined when neither has it). A copy read from the store is put in memory as it was.
 */
export async function keptQueryData<T>(
  queryClient: QueryClient,
  queryKey: QueryKey,
): Promise<T | undefined> {
  const inMemory = queryClient.getQueryData<T>(queryKey);
  if (inMemory !== undefined || !isPersisted(queryKey)) return inMemory;
  const kept = currentScope();
  if (!kept) return undefined;
  try {
    await kept.ready;
    const data = (await kept.persister.retrieveQuery(hashKey(queryKey))) as T | undefined;
    if (data === undefined) return undefined;
    const meanwhile = queryClient.getQueryData<T>(queryKey);
    if (meanwhile !== undefined) return meanwhile;
    const restored = queryClient.setQueryData<T>(queryKey, () => data);
    const query = queryClient.getQueryCache().find({ queryKey, exact: true });
    if (query) inStore.set(query, { data: restored, readBack: true });
    return restored;
  } catch {
    goMemoryOnly();
    return undefined;
  }
}

export function saveQuery(queryClient: QueryClient, query: Query) {
  const data = query.state.data;
  if (data === undefined || !isPersisted(query.queryKey)) return;
  if (partialMatchKey(query.queryKey, userQueries.me().queryKey))
    rememberAccount(queryClient, data);
  if (sameAsStored(query, data) || !rowCount(data).complete) return;
  const state = current();
  state.pending.set(query.queryHash, query);
  state.timer ??= setTimeout(flush, WRITE_DELAY_MS);
}

/** Writes what is pending, one entry after another (each write is one clone of its data). */
function flush() {
  const state = current();
  state.timer = undefined;
  const kept = currentScope();
  const queries = [...state.pending.values()];
  state.pending.clear();
  if (!kept) return;
  state.writing = state.writing.then(async () => {
    for (const query of queries) {
      try {
        await kept.ready;
        // Indexed first (which also drops the older snapshots it replaces), then written:
        // a page closed in between leaves an index line with no entry, which is harmless,
        // never an entry the caps cannot see, and no reader finds two snapshots at once.
        await recordEntry(kept.store, `${KEY_PREFIX}-${query.queryHash}`, query);
        const data = query.state.data;
        await kept.persister.persistQuery(query);
        inStore.set(query, { data, readBack: false });
      } catch {
        // QuotaExceededError and the like: stop trying, silently; memory still works.
        goMemoryOnly();
        return;
      }
    }
  });
}

/** Writes what is waiting now, without the delay; settles once every write so far is done. */
export function writePending(): Promise<void> {
  const state = current();
  if (state.timer !== undefined) {
    clearTimeout(state.timer);
    flush();
  }
  return state.writing;
}

// A reload right after an edit must find it: write what is waiting before the page goes.
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => void writePending());

/**
 * The profile names the account. The first time in a session, it is recorded, and what
 * is already in memory is written.
 */
function rememberAccount(queryClient: QueryClient, me: unknown) {
  const id = (me as { id?: unknown }).id;
  const session = getSession();
  if (!session || typeof id !== 'string' || session.accountId === id) return;
  saveSession({ ...session, accountId: id });
  for (const query of queryClient.getQueryCache().getAll())
    if (query.state.status === 'success' && query.state.fetchStatus === 'idle')
      saveQuery(queryClient, query);
}

/** Logout or a refused refresh token: this account's copy goes, and nothing more is written. */
export async function clearPersistedCache(): Promise<void> {
  const state = current();
  const kept = state.scope;
  state.scope = null;
  state.pending.clear();
  clearTimeout(state.timer);
  state.timer = undefined;
  // A write already under way finishes first, then the store is emptied after it.
  await state.writing.catch(() => undefined);
  if (kept) await clear(kept.store).catch(() => undefined);
}

/**
 * Opened as soon as a signed-in app connects, so a logout clears this account's copy
 * even in a tab whose queries have not reached the store yet.
 */
export function openPersistedCache(): void {
  currentScope();
}
