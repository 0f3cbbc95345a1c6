import { screen } from '@testing-library/react';
import { data } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SpotifyApiError } from '../api/errors';
import { renderApp } from '../testing/render-app';
import { RouteErrorBoundary } from './route-error-boundary';

describe('RouteErrorBoundary', () => {
  it('shows a readable message and recovers when "Try again" succeeds', async () => {
    let attempts = 0;
    const { user } = renderApp('/flaky', {
      routes: [
        {
          path: '/flaky',
          ErrorBoundary: RouteErrorBoundary,
          loader: () => {
            attempts += 1;
            if (attempts === 1)
              throw new SpotifyApiError({ status: 503, message: 'Service unavailable' });
            return null;
          },
          Component: () => <h1>Loaded</h1>,
        },
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This page could not be shown');
    expect(alert).toHaveTextContent('Spotify is having trouble right now');

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Loaded' })).toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it('catches errors thrown while rendering, not only in loaders', async () => {
    renderApp('/broken', {
      routes: [
        {
          path: '/broken',
          ErrorBoundary: RouteErrorBoundary,
          Component: () => {
            throw new Error('The playlist data was malformed.');
          },
        },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('The playlist data was malformed.');
  });

  it('shows the not-found page for a 404 thrown by a loader', async () => {
    renderApp('/gone', {
      routes: [
        {
          path: '/gone',
          ErrorBoundary: RouteErrorBoundary,
          loader: () => {
            throw data(null, { status: 404 });
          },
          Component: () => null,
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });
});
