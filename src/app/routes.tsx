import { redirect, type RouteObject } from 'react-router';
import { PageLoading } from '../components/page-loading';
import { RouteErrorBoundary } from './route-error-boundary';
import { requireSession } from './infra/session';

/**
 * The route tree, shared by the browser router and the tests' memory router. Pages are
 * lazy modules so each page's code loads only when it is visited; the error boundary is
 * attached statically so even a page whose code fails to load shows a message.
 */
export function createRoutes(): RouteObject[] {
  return [
    {
      id: 'root',
      ErrorBoundary: RouteErrorBoundary,
      HydrateFallback: () => <PageLoading />,
      children: [
        { index: true, loader: () => redirect('/playlists'), Component: PageLoading },
        { path: 'login', lazy: () => import('./routes/login') },
        { path: 'callback', lazy: () => import('./routes/callback') },
        {
          id: 'signed-in',
          loader: requireSession,
          // Lazy too: a signed-out visitor's first page (/login) never loads the player.
          lazy: async () => ({ Component: (await import('./signed-in-layout')).SignedInLayout }),
          ErrorBoundary: RouteErrorBoundary,
          children: [
            {
              path: 'profile',
              lazy: () => import('./routes/profile'),
              ErrorBoundary: RouteErrorBoundary,
            },
            {
              path: 'playlists',
              lazy: () => import('./routes/playlists'),
              ErrorBoundary: RouteErrorBoundary,
            },
            {
              path: 'playlists/:id',
              lazy: () => import('./routes/playlist'),
              ErrorBoundary: RouteErrorBoundary,
            },
            {
              path: 'liked',
              lazy: () => import('./routes/liked'),
              ErrorBoundary: RouteErrorBoundary,
            },
            {
              path: 'recently-played',
              lazy: () => import('./routes/recently-played'),
              ErrorBoundary: RouteErrorBoundary,
            },
          ],
        },
        { path: '*', lazy: () => import('./routes/not-found') },
      ],
    },
  ];
}
