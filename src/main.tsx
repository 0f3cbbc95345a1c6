// The base styles first: every component's own stylesheet comes after them in the cascade.
import './app/styles.css';
import './components/primitives.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { connectSession } from './app/infra/session';
import { moveOffLocalhost } from './auth/login';
import { createQueryClient } from './app/infra/query-client';
import { createAppRouter } from './app/router';

// Spotify only accepts loopback IP redirect URIs: leave localhost before anything starts.
if (!moveOffLocalhost()) {
  const queryClient = createQueryClient();
  const router = createAppRouter();
  connectSession(router, queryClient);

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');

  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}
