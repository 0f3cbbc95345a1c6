// The base styles first: every component's own stylesheet comes after them in the cascade.
import './app/styles.css';
import './components/primitives.css';
import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { moveOffLocalhost } from './auth/login';
import { createAppRouter } from './app/router';

// Spotify only accepts loopback IP redirect URIs: leave localhost before anything starts.
if (!moveOffLocalhost()) {
  // Made with the first signed-in page, not before (the login page needs none of it), once.
  let queryClient: Promise<QueryClient> | undefined;
  const router = createAppRouter({
    queryClient: () =>
      (queryClient ??= import('./app/infra/start-queries').then((m) => m.startQueries(router))),
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');

  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
