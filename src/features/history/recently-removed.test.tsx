import { screen, waitFor, within } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';

// jsdom has no IndexedDB; this file runs against an in-memory one (fake-indexeddb).
vi.stubGlobal('indexedDB', new IDBFactory());
vi.stubGlobal('IDBKeyRange', IDBKeyRange);

const store = () => testEmulator().store;
const byName = (name: string) => [...store().playlists.values()].filter((p) => p.name === name);

/** Opens a playlist from the list, then removes it from Your Library in the app. */
async function removeInApp(view: ReturnType<typeof renderApp>, name: string) {
  const list = await screen.findByRole('list', { name: 'Your playlists' });
  await view.user.click(within(list).getByRole('link', { name: new RegExp(`^${name}`) }));
  await screen.findByText(`All ${byName(name)[0]!.entries.length} items loaded.`);
  await view.user.click(screen.getByRole('button', { name: `More for ${name}` }));
  await view.user.click(await screen.findByRole('menuitem', { name: 'Remove from Your Library' }));
  const ask = await screen.findByRole('dialog', { name: `Remove “${name}” from Your Library?` });
  await view.user.click(within(ask).getByRole('button', { name: 'Remove' }));
  await screen.findByRole('heading', { level: 1, name: 'Playlists' });
  await waitFor(() =>
    expect(within(screen.getByRole('list', { name: 'Your playlists' })).queryByText(name)).toBe(
      null,
    ),
  );
}

async function openRecentlyRemoved(view: ReturnType<typeof renderApp>) {
  await view.user.click(screen.getByRole('button', { name: 'Library tools' }));
  await view.user.click(await screen.findByRole('menuitem', { name: 'Recently removed…' }));
  return screen.findByRole('dialog', { name: 'Recently removed playlists' });
}

describe('Recently removed playlists', () => {
  it('lists a playlist removed from your library with its last contents, and Recover follows it again', async () => {
    await signIn();
    const view = renderApp('/playlists');
    const id = byName('Late Night')[0]!.id;
    await removeInApp(view, 'Late Night');
    expect(store().libraryPlaylists).not.toContain(id);

    const dialog = await openRecentlyRemoved(view);
    const removed = await within(dialog).findByRole('list', { name: 'Recently removed playlists' });
    const item = within(removed).getByRole('listitem');
    expect(item).toHaveTextContent(`Late Night · removed`);
    expect(item).toHaveTextContent(
      `${byName('Late Night')[0]!.entries.length} items when last seen`,
    );
    // Its songs when last seen, from the history.
    await view.user.click(within(item).getByText('Songs when last seen'));
    const songs = await within(item).findByRole('list', { name: 'Songs when last seen' });
    expect(within(songs).getAllByRole('listitem')[0]).toHaveTextContent(
      store().tracks.get(byName('Late Night')[0]!.entries[0]!.uri.split(':')[2]!)!.name,
    );
    await view.user.click(within(item).getByRole('button', { name: 'Recover Late Night' }));
    await waitFor(() => expect(store().libraryPlaylists).toContain(id));
    expect(await within(dialog).findByText(/^No playlist of yours has left/)).toBeInTheDocument();
    await view.user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(
      await within(screen.getByRole('list', { name: 'Your playlists' })).findByText('Late Night'),
    ).toBeInTheDocument();
  });

  it('recreates from its last kept version a playlist Spotify no longer has', async () => {
    await signIn();
    const view = renderApp('/playlists');
    const late = byName('Late Night')[0]!;
    const uris = late.entries.map((e) => e.uri);
    await removeInApp(view, 'Late Night');
    store().playlists.delete(late.id);

    const dialog = await openRecentlyRemoved(view);
    await view.user.click(
      await within(dialog).findByRole('button', { name: 'Recover Late Night' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Spotify no longer has Late Night. Recreate it from its last kept version.',
    );
    await view.user.click(
      within(dialog).getByRole('button', { name: 'Recreate Late Night from history' }),
    );
    const copy = await screen.findByRole('dialog', {
      name: 'Copy Late Night from history to a new playlist',
    });
    expect(within(copy).getByLabelText('Name of the new playlist')).toHaveValue('Late Night');
    await view.user.click(within(copy).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(byName('Late Night')).toHaveLength(1));
    await waitFor(() =>
      expect(byName('Late Night')[0]!.entries.map((e) => e.uri)).toEqual(
        uris.filter((uri) => !uri.startsWith('spotify:local:')),
      ),
    );
  });
});
