import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { AppProviders } from './providers';
import { PageLoading } from '../components/page-loading';
import { RouteErrorBoundary } from './route-error-boundary';
import { requireSession } from './infra/session';
import { getSession } from '../auth/token-store';

/**
 * The route tree, shared by the browser router and the tests' memory router. Pages are
 * lazy modules so each page's code loads only when it is visited; the error boundary is
 * attached statically so even a page whose code fails to load shows a message.
 */
/** The signed-in pages' modules, each loaded when its page is first visited. */
const pages = {
  profile: () => import('./routes/profile'),
  playlists: () => import('./routes/playlists'),
  playlist: () => import('./routes/playlist'),
  liked: () => import('./routes/liked'),
  recentlyPlayed: () => import('./routes/recently-played'),
  search: () => import('./routes/search'),
  artist: () => import('./routes/artist'),
  album: () => import('./routes/album'),
  show: () => import('./routes/show'),
  notFound: () => import('./routes/not-found'),
};

/**
 * Every page's code, fetched ahead once signed in and idle: a page first opened while
 * offline then opens in the app's frame (with the offline notice), instead of its code
 * failing to load and the router falling back to loading the whole document, which
 * offline is a blank page.
 */
export function preloadPages() {
  for (const load of Object.values(pages)) void load().catch(() => undefined);
}

export interface RouteOptions {
  /**
   * The app's QueryClient, started when a signed-in page is first shown: only signed-in
   * pages ask Spotify for data, so the login page loads none of the query code (issue 27).
   */
  queryClient: () => Promise<QueryClient>;
}

export function createRoutes({ queryClient }: RouteOptions): RouteObject[] {
  /**
   * A playlist's requests start as its page's code loads (playlist-ahead.ts); the
   * navigation never waits for them. Signed out, nothing starts: the layout's loader sends
   * the visitor to log in.
   */
  const playlistAhead = ({ params: { id } }: LoaderFunctionArgs) => {
    if (id && getSession())
      void Promise.all([queryClient(), import('./infra/playlist-ahead')])
        .then(([client, { askAhead }]) => askAhead(client, id))
        .catch(() => undefined);
    return null;
  };
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
          // Lazy too: a signed-out visitor's first page (/login) never loads the player, nor
          // the query client, which every signed-in page shares from here down.
          lazy: async () => {
            const [{ SignedInLayout }, client] = await Promise.all([
              import('./signed-in-layout'),
              queryClient(),
            ]);
            return {
              Component: () => (
                <AppProviders queryClient={client}>
                  <SignedInLayout />
                </AppProviders>
              ),
            };
          },
          ErrorBoundary: RouteErrorBoundary,
          children: [
            {
              path: 'profile',
              lazy: pages.profile,
              ErrorBoundary: RouteErrorBoundary,
            },
            {
              path: 'playlists',
              lazy: pages.playlists,
              ErrorBoundary: RouteErrorBoundary,
            },
            {
              path: 'playlists/:id',
              lazy: pages.playlist,
              loader: playlistAhead,
              // Once per playlist opened, not again for a change of its address's query.
              shouldRevalidate: ({ currentParams, nextParams }) =>
                currentParams.id !== nextParams.id,
              ErrorBoundary: RouteErrorBoundary,
            },
            {
              path: 'liked',
              lazy: pages.liked,
              ErrorBoundary: RouteErrorBoundary,
            },
            {
              path: 'recently-played',
              lazy: pages.recentlyPlayed,
              ErrorBoundary: RouteErrorBoundary,
            },
            {
              path: 'search',
              lazy: pages.search,
              ErrorBoundary: RouteErrorBoundary,
            },
            {
              path: 'artist/:id',
              lazy: pages.artist,
              ErrorBoundary: RouteErrorBoundary,
            },
            {
              path: 'album/:id',
              lazy: pages.album,
              ErrorBoundary: RouteErrorBoundary,
            },
            {
              path: 'show/:id',
              lazy: pages.show,
              ErrorBoundary: RouteErrorBoundary,
            },
            // Inside the frame, so an unknown address keeps the navigation and the player.
            // A signed-out visitor is asked to log in first, and comes back to it.
            { path: '*', lazy: pages.notFound },
          ],
        },
      ],
    },
  ];
}
