import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';

const sent = (path: string) => testEmulator().store.requestLog.filter((r) => r.path === path);

/** The account menu is named "Account: <name>" once the profile has loaded, "Account" before. */
async function openDiagnostics(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: /^Account/ }));
  await user.click(screen.getByRole('menuitem', { name: 'Diagnostics' }));
  return screen.findByRole('dialog', { name: 'Diagnostics' });
}

const cells = (table: HTMLElement, group: string) =>
  within(within(table).getByRole('rowheader', { name: group }).closest('tr')!)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('Diagnostics', () => {
  it('shows this session’s requests by endpoint group, with 304s, and no limit', async () => {
    await signIn();
    const { user } = renderApp('/playlists');
    await screen.findByRole('heading', { level: 1, name: 'Playlists' });
    await screen.findByRole('list', { name: 'Your playlists' });
    // Opened again: the list is asked again and comes back unchanged.
    await user.click(screen.getByRole('link', { name: 'Profile' }));
    await user.click(screen.getByRole('link', { name: 'Playlists' }));

    const dialog = await openDiagnostics(user);
    const table = within(dialog).getByRole('table', { name: 'Requests by endpoint group' });
    const listPages = sent('/v1/me/playlists');
    expect(cells(table, 'Playlists')).toEqual([
      String(listPages.length),
      String(listPages.filter((r) => r.status === 304).length),
      '0',
      '0',
    ]);
    expect(cells(table, 'Profile')[0]).toBe(String(sent('/v1/me').length));
    expect(within(dialog).getByText('No limit is holding requests back.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Account: Demo Listener' })).toHaveFocus();
  });

  it('shows a quota block and when the app tries again', async () => {
    await signIn();
    await fetch('http://127.0.0.1:8787/__emulator/faults', {
      method: 'PATCH',
      body: JSON.stringify({ quotaExceeded: true }),
    });
    const { user } = renderApp('/playlists');
    await screen.findByText(/used up its Spotify quota/);
    const dialog = await openDiagnostics(user);
    expect(
      within(dialog).getByText(/^Requests are stopped: This app has used up its Spotify quota/),
    ).toBeInTheDocument();
    const table = within(dialog).getByRole('table', { name: 'Requests by endpoint group' });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(2);
  });

  it('the account menu opens the profile', async () => {
    await signIn();
    const { user, router } = renderApp('/playlists');
    await user.click(await screen.findByRole('button', { name: 'Account: Demo Listener' }));
    await user.click(screen.getByRole('menuitem', { name: 'Profile' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/profile');
  });
});
