import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from './query-client';
import { connectSession, type NavigatingRouter } from './session';

/**
 * The browser app's QueryClient with the session's hold on it, made when the first
 * signed-in page is shown (main.tsx makes it once: see RouteOptions.queryClient).
 */
export function startQueries(router: NavigatingRouter): QueryClient {
  const queryClient = createQueryClient();
  connectSession(router, queryClient);
  return queryClient;
}
