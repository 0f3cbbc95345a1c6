// The base styles first: every component's own stylesheet comes after them in the cascade.
import './app/styles.css';
import './components/primitives.css';
import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { moveOffLocalhost } from './auth/login';
import { getSession } from './auth/token-store';
import { createAppRouter } from './app/router';
import { yieldToMain } from './lib/yield-to-main';

// Spotify only accepts loopback IP redirect URIs: leave localhost before anything starts.
if (!moveOffLocalhost()) void start();

async function start() {
  // Signed in, every query's first stop is the persisted cache: its code (and what it
  // imports) is asked for now, beside the app's, not once the query client's has loaded
  // and asked for it. That was 4 chunks deep: 60 ms of a cold load before any request
  // to Spotify could start (issue 27).
  if (getSession()) void import('./app/infra/persisted-cache');
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
