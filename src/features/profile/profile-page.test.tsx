import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession } from '../../auth/token-store';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';

describe('Profile page', () => {
  it('shows avatar, name, id, a Spotify link and playlist counts', async () => {
    await signIn();
    renderApp('/profile');
    const card = await screen.findByRole('region', { name: 'Your Spotify account' });
    expect(within(card).getByRole('heading', { name: 'Demo Listener' })).toBeInTheDocument();
    expect(within(card).getByText('demolistener')).toBeInTheDocument();
    expect(
      within(card).getByRole('link', { name: 'Open your profile on Spotify' }),
    ).toHaveAttribute('href', 'https://open.spotify.com/user/demolistener');
    expect(card.querySelector('img')).toHaveAttribute(
      'src',
      expect.stringContaining('/images/user/demolistener'),
    );

    const store = testEmulator().store;
    const ids = store.libraryPlaylists.filter((id): id is string => id !== null);
    const owned = ids.filter((id) => store.playlists.get(id)!.ownerId === 'demolistener').length;
    const followed = await within(card).findByText('Playlists you follow');
    expect(followed.nextElementSibling).toHaveTextContent(String(ids.length - owned));
    expect(within(card).getByText('Playlists you own').nextElementSibling).toHaveTextContent(
      String(owned),
    );
    for (const removed of ['Country', 'Email', 'Followers', 'Premium'])
      expect(screen.queryByText(new RegExp(removed))).toBeNull();
  });

  it('falls back to the user id and a placeholder avatar', async () => {
    const user = testEmulator().store.users.get('demolistener')!;
    user.displayName = null;
    user.hasImage = false;
    await signIn();
    renderApp('/profile');
    const card = await screen.findByRole('region', { name: 'Your Spotify account' });
    expect(within(card).getByRole('heading', { name: 'demolistener' })).toBeInTheDocument();
    expect(card.querySelector('img')).toBeNull();
  });

  it('logs out from the profile', async () => {
    await signIn();
    const { user } = renderApp('/profile');
    const card = await screen.findByRole('region', { name: 'Your Spotify account' });
    await user.click(within(card).getByRole('button', { name: 'Log out' }));
    expect(await screen.findByText('You have logged out.')).toBeInTheDocument();
    expect(getSession()).toBeNull();
  });
});
