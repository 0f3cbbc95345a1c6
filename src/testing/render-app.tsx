import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from '../app/infra/query-client';
import { createRoutes } from '../app/routes';
import { connectSession } from '../app/infra/session';
import { startRuntime } from '../lib/runtime';

const disconnects: (() => void)[] = [];

/** Detaches every app rendered by the test, so no router outlives it (see setup-tests). */
export function disconnectApps() {
  for (const disconnect of disconnects.splice(0)) disconnect();
}

interface RenderAppOptions {
  /** Replace the app's route tree, e.g. to mount a route that fails on purpose. */
  routes?: RouteObject[];
}

/**
 * Renders the real app (providers, route tree, lazy pages) at `path` with a fresh
 * QueryClient, so no cache leaks between tests.
 */
export function renderApp(path = '/', options: RenderAppOptions = {}) {
  // A new app: its gates, rows on screen, undo history and other per-app state start empty.
  startRuntime();
  const queryClient = createQueryClient({ retryDelay: () => 0 });
  const router = createMemoryRouter(
    options.routes ?? createRoutes({ queryClient: () => Promise.resolve(queryClient) }),
    {
      initialEntries: [path],
    },
  );
  const disconnect = connectSession(router, queryClient);
  disconnects.push(disconnect, () => queryClient.clear());
  const user = userEvent.setup();
  // StrictMode as in main.tsx, so double-run effects show up in tests too.
  const view = render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  return { ...view, user, router, queryClient, disconnect };
}
