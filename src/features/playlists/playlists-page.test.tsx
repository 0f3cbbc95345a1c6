import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';

describe('Playlists page', () => {
  it('lists every playlist over all pages as links, skipping null entries, with badges', async () => {
    await signIn();
    renderApp('/playlists');
    expect(await screen.findByText('Loading your playlists…')).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Your playlists' });
    const expected = testEmulator().store.libraryPlaylists.filter((id) => id !== null).length;
    expect(expected).toBeGreaterThan(50);
    expect(within(list).getAllByRole('listitem')).toHaveLength(expected);
    expect(within(list).getByRole('link', { name: 'Road Trip' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/playlists\/[0-9A-Za-z]{22}$/),
    );

    const row = (name: string) => within(list).getByRole('link', { name }).closest('li')!;
    expect(within(row('Late Night')).getByText('Private')).toBeInTheDocument();
    expect(within(row('Band Practice')).getByText('Collaborative')).toBeInTheDocument();
    expect(await within(row("Editor's Picks")).findByText('Not yours')).toBeInTheDocument();
    expect(within(row('Road Trip')).queryByText('Not yours')).not.toBeInTheDocument();
    expect(within(row('Road Trip')).getByText(/Demo Listener · 25 items/)).toBeInTheDocument();
    // The /me/playlists pages: limit 50, the second fetched after the first said the total.
    const pages = testEmulator()
      .store.requestLog.filter((r) => r.path === '/v1/me/playlists')
      .map((r) => r.query);
    expect(pages).toEqual(['?limit=50&offset=0', '?limit=50&offset=50']);
  });

  it('narrows the list as you type and says when nothing matches', async () => {
    await signIn();
    const { user } = renderApp('/playlists');
    const filter = await screen.findByRole('searchbox', { name: 'Filter playlists' });
    await user.type(filter, 'curator');
    const list = screen.getByRole('list', { name: 'Your playlists' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(["Editor's Picks"]);
    expect(screen.getByText(/^1 playlist of [\d,]+ matches$/)).toBeInTheDocument();
    await user.clear(filter);
    await user.type(filter, 'zzz-nothing');
    expect(screen.getByText(/No playlists match “zzz-nothing”/)).toBeInTheDocument();
  });

  it('says what to do when there are no playlists', async () => {
    testEmulator();
    await fetch('http://127.0.0.1:8787/__emulator/reset', {
      method: 'POST',
      body: JSON.stringify({ library: 'empty' }),
    });
    await signIn();
    renderApp('/playlists');
    expect(await screen.findByRole('heading', { name: 'No playlists yet' })).toBeInTheDocument();
  });

  it('shows an error with a retry that works', async () => {
    await signIn();
    testEmulator().store.faults.errorRate = 1;
    const { user } = renderApp('/playlists');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your playlists could not be loaded');
    expect(alert).toHaveTextContent('Spotify is having trouble right now');
    testEmulator().store.faults.errorRate = 0;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Your playlists' })).toBeInTheDocument();
  });

  it('keeps Follow, Merge, Import, Restore, Compare, duplicates and Recently removed in one More menu too (phones show it), opening the same dialogs', async () => {
    await signIn();
    const { user } = renderApp('/playlists');
    await user.click(await screen.findByRole('button', { name: 'More playlist actions' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Follow a playlist…',
      'Merge playlists…',
      'Import from CSV…',
      'Restore from backup…',
      'Compare playlists…',
      'Find duplicates across playlists…',
      'Recently removed…',
    ]);
    await user.click(screen.getByRole('menuitem', { name: 'Import from CSV…' }));
    expect(screen.getByRole('dialog', { name: 'Import a playlist from CSV' })).toBeInTheDocument();
  });
});
