// The base styles first: every component's own stylesheet comes after them in the cascade.
import './app/styles.css';
import './components/primitives.css';
import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { moveOffLocalhost } from './auth/login';
import { createAppRouter } from './app/router';
import { yieldToMain } from './lib/yield-to-main';

// Spotify only accepts loopback IP redirect URIs: leave localhost before anything starts.
if (!moveOffLocalhost()) void start();

async function start() {
  // The app's modules have just run, in one task; the router's start gets a task of its own.
  // Together they were one task of 23-29 ms on a desktop CPU, four times that on a phone
  // (issue 27: Lighthouse counts every task over 50 ms at its 4x slowdown as blocking).
  await yieldToMain();
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
