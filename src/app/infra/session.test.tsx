import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession } from '../../auth/token-store';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';

describe('session', () => {
  it('logs out: clears tokens and cached data, and says so on the login page', async () => {
    await signIn();
    const { user, queryClient, router } = renderApp('/playlists');
    await screen.findByRole('heading', { level: 1, name: 'Playlists' });
    queryClient.setQueryData(['marker'], 1);
    await user.click(await screen.findByRole('button', { name: 'Account: Demo Listener' }));
    await user.click(screen.getByRole('menuitem', { name: 'Log out' }));
    expect(await screen.findByText('You have logged out.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(getSession()).toBeNull();
    expect(queryClient.getQueryData(['marker'])).toBeUndefined();
  });

  it('follows a logout made in another tab', async () => {
    await signIn();
    const { router, queryClient } = renderApp('/profile');
    await screen.findByRole('heading', { level: 1, name: 'Profile' });
    queryClient.setQueryData(['marker'], 1);
    // What another tab's logout looks like from here: the key vanishes and a storage event fires.
    localStorage.removeItem('slm.session');
    window.dispatchEvent(new StorageEvent('storage', { key: 'slm.session', newValue: null }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?from=${encodeURIComponent('/profile')}`);
    expect(queryClient.getQueryData(['marker'])).toBeUndefined();
  });
});
