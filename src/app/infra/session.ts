import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { getSession, subscribeToSession } from '../../auth/token-store';
import { clearPersistedQueries, connectPersistence } from './query-persistence';
import { connectTabSync } from './tab-sync';

const historyRecording = () => import('./history-recording');

/** Guard for signed-in pages: visitors without a session log in first and come back. */
export function requireSession({ request }: LoaderFunctionArgs) {
  if (getSession()) return null;
  const url = new URL(request.url);
  return redirect(`/login?from=${encodeURIComponent(url.pathname + url.search)}`);
}

export interface NavigatingRouter {
  state: { location: { pathname: string; search: string } };
  navigate(to: string, options?: { replace?: boolean }): Promise<void>;
}

/**
 * When the session ends, here or in another tab (logout, expired refresh token), the
 * cached data of that account is dropped (in memory and persisted) and signed-in pages
 * give way to the login page.
 */
export function connectSession(router: NavigatingRouter, queryClient: QueryClient): () => void {
  // While signed in, the kept queries are written through to the persisted copy.
  const disconnectPersistence = connectPersistence(queryClient);
  // Changes made in other tabs reach this one's cache.
  const disconnectTabs = connectTabSync(queryClient);
  // Versions of your playlists are kept as they are seen (features/history). Its code is
  // not in the first page's: it loads beside it, then records what loaded meanwhile too.
  let disconnectHistory: (() => void) | undefined;
  let connected = true;
  void historyRecording().then((history) => {
    if (connected) disconnectHistory = history.connectHistory(queryClient);
  });
  const unsubscribe = subscribeToSession((session) => {
    if (session) return;
    queryClient.clear();
    void clearPersistedQueries();
    void historyRecording().then((history) => history.clearRecordedHistory());
    const { pathname, search } = router.state.location;
    if (pathname === '/login' || pathname === '/callback') return;
    void router.navigate(`/login?from=${encodeURIComponent(pathname + search)}`, { replace: true });
  });
  return () => {
    unsubscribe();
    disconnectPersistence();
    disconnectTabs();
    connected = false;
    disconnectHistory?.();
  };
}
