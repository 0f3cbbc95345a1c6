import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from './query-client';
import { connectSession, type NavigatingRouter } from './session';

let started: QueryClient | undefined;

/**
 * The browser app's QueryClient, made once (with the session's hold on it) when the first
 * signed-in page is shown: see RouteOptions.queryClient.
 */
export function startQueries(router: NavigatingRouter): QueryClient {
  if (!started) {
    started = createQueryClient();
    connectSession(router, started);
  }
  return started;
}
