import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app';
import { signIn } from '../testing/sign-in';

describe('app routes', () => {
  beforeEach(async () => {
    await signIn();
  });

  it('sends / to the playlists page', async () => {
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Playlists' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/playlists');
  });

  it('moves between signed-in pages through the main navigation', async () => {
    const { user, router } = renderApp('/playlists');
    const nav = await screen.findByRole('navigation', { name: 'Main' });

    await user.click(within(nav).getByRole('link', { name: 'Recently played' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Recently played' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/recently-played');
    expect(within(nav).getByRole('link', { name: 'Recently played' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Playlists' })).not.toHaveAttribute(
      'aria-current',
    );

    await user.click(within(nav).getByRole('link', { name: 'Profile' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
  });

  it('sends signed-in visitors of the login page on to their playlists', async () => {
    const { router } = renderApp('/login');
    expect(await screen.findByRole('heading', { level: 1, name: 'Playlists' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/playlists');
  });

  it('shows a not-found page with a way back for an unknown address', async () => {
    const { user, router } = renderApp('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    // In the signed-in frame: the navigation stays.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to your playlists' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Playlists' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/playlists');
  });
});

describe('an unknown address, signed out', () => {
  it('asks to log in first, then comes back to it', async () => {
    const { router } = renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?from=${encodeURIComponent('/nowhere')}`);
  });
});
