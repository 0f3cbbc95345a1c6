import { MutationCache, onlineManager, QueryClient } from '@tanstack/react-query';
import { OfflineError } from '../../api/errors';
import { retryDelay, shouldRetryQuery } from '../../api/retry-policy';
import { restoreOrFetch } from './query-persistence';
import { shareQueryTimers } from './query-timers';

/**
 * The app's QueryClient, built here and nowhere else (tests build a fresh one per test
 * through the same function, without the waits between retries).
 */
export function createQueryClient(
  options: { retryDelay?: (attempt: number) => number } = {},
): QueryClient {
  shareQueryTimers();
  // React Query assumes online until an event says otherwise; an app opened offline (from
  // the service worker) hears none, so it starts from what the browser says.
  if (typeof navigator !== 'undefined') onlineManager.setOnline(navigator.onLine);
  return new QueryClient({
    // Offline, a change is refused before it starts (many read the playlist first, and
    // that read would wait for the connection), so none waits to be sent unseen.
    mutationCache: new MutationCache({
      onMutate: () => {
        if (!onlineManager.isOnline()) throw new OfflineError();
      },
    }),
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        retryDelay: options.retryDelay ?? retryDelay,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // What persisted-cache.ts keeps comes back from IndexedDB after a reload.
        persister: restoreOrFetch,
      },
      // Writes are not idempotent (an add that reached Spotify would be added twice), so
      // mutations are never retried automatically; each mutation decides for itself.
      // Never paused offline either: refused at once (above), not sent later unseen.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
