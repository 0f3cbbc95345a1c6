/**
 * The query client's side of the persisted cache. The cache itself (IndexedDB, what is
 * kept, for whom) is in `persisted-cache.ts`, which loads with the first query, so the
 * login page never loads it.
 */
import type { Query, QueryClient, QueryKey, QueryPersister } from '@tanstack/react-query';
import { getSession } from '../../auth/token-store';
import type * as PersistedCacheModule from './persisted-cache';

let module: Promise<typeof PersistedCacheModule> | undefined;
const persistedCache = () => (module ??= import('./persisted-cache'));

/**
 * Every query's `persister`: a query the persisted cache keeps is answered from it when it
 * has a usable copy (no request); any other query runs as usual.
 */
export const restoreOrFetch: QueryPersister = async (queryFn, context, query) =>
  (await persistedCache()).restoreOrFetch(queryFn, context, query);

/**
 * Writes through: a kept query's data is saved whenever it settles, from a fetch or from
 * our own edits (setQueryData). Returns the unsubscribe function.
 */
export function connectPersistence(queryClient: QueryClient): () => void {
  // Signed in: the cache's code loads alongside the page's, not after its first query.
  if (getSession()) void persistedCache().then((cache) => cache.openPersistedCache());
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    // Pages of a streamed list arrive while its fetch runs; only the settled list is kept.
    if (event.query.state.fetchStatus !== 'idle') return;
    const query = event.query as Query;
    void persistedCache().then((cache) => cache.saveQuery(queryClient, query));
  });
}

/**
 * A kept query's data from memory or this account's persisted copy, with no request
 * (undefined when neither has it): what Export everything reads for an unchanged playlist.
 */
export async function keptQueryData<T>(
  queryClient: QueryClient,
  queryKey: QueryKey,
): Promise<T | undefined> {
  return (await persistedCache()).keptQueryData<T>(queryClient, queryKey);
}

/** Whether a query's data is the copy read back from IndexedDB, not an answer from Spotify. */
export async function isReadBack(queryClient: QueryClient, queryKey: QueryKey): Promise<boolean> {
  return (await persistedCache()).isReadBack(queryClient, queryKey);
}

/** Deletes this account's persisted copy (logout, a refused refresh token), in every tab. */
export async function clearPersistedQueries(): Promise<void> {
  if (module) await (await module).clearPersistedCache();
}
