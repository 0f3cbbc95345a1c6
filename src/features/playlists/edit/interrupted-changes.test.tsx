import { screen, waitFor, within } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sign-in';
import {
  changePlaylistElsewhere,
  mswServer,
  TEST_EMULATOR_ORIGIN,
  testEmulator,
} from '../../../testing/test-emulator';

// The journal lives in IndexedDB, which outlives a reload; jsdom has none of its own.
beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('IDBKeyRange', IDBKeyRange);
});

const store = () => testEmulator().store;
const playlist = (name: string) => [...store().playlists.values()].find((p) => p.name === name)!;
const uris = (name: string) => playlist(name).entries.map((e) => e.uri);
const rowAt = (position: number) => within(screen.getByRole('grid')).getAllByRole('row')[position]!;

async function openPlaylist(name: string) {
  const view = renderApp(`/playlists/${playlist(name).id}`);
  await screen.findByRole('heading', { level: 1, name });
  await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Select all' })).toBeEnabled());
  return view;
}

/** A reload (or a new tab after the old one closed): page and memory go, IndexedDB stays. */
async function reload(view: ReturnType<typeof renderApp>, name: string) {
  view.unmount();
  view.disconnect();
  view.queryClient.clear();
  return openPlaylist(name);
}

/** Every distinct song once, each where its first copy was. */
const firstCopies = (list: string[]) => list.filter((uri, i) => list.indexOf(uri) === i);

/** Find duplicates… → Remove 4 duplicates, with the put-back failing. */
async function removeDuplicatesFailing() {
  const view = await openPlaylist('Duplicates Galore');
  const before = uris('Duplicates Galore');
  await view.user.click(screen.getByRole('button', { name: 'Find duplicates…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Duplicates in Duplicates Galore' });
  store().faults.failNextPosts = 1;
  await view.user.click(within(dialog).getByRole('button', { name: 'Remove 4 duplicates' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Only part of the change was made');
  // Spotify removed every copy of the three songs; none was put back.
  expect(uris('Duplicates Galore')).toHaveLength(3);
  return { view, before };
}

describe('a change interrupted by a reload', () => {
  beforeEach(() => signIn());

  it('removing duplicates, put-back failed, then reload: finished on opening, nothing lost', async () => {
    const { view, before } = await removeDuplicatesFailing();

    const again = await reload(view, 'Duplicates Galore');
    await screen.findByText(
      'Finished the interrupted change: Removed 4 duplicates from Duplicates Galore.',
    );
    expect(uris('Duplicates Galore')).toEqual(firstCopies(before));
    // It is one change: its Undo brings every duplicate back.
    await again.user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(/^Undone: Finished the interrupted change/);
    expect(uris('Duplicates Galore')).toEqual(before);
  });

  it('removing a selected copy, connection lost on the removal, then reload: the other copies go back', async () => {
    const view = await openPlaylist('Duplicates Galore');
    const before = uris('Duplicates Galore');
    await view.user.click(within(rowAt(4)).getByRole('checkbox'));
    await view.user.click(screen.getByRole('button', { name: 'Remove…' }));
    store().faults.dropAfterCommit = 1;
    await view.user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('may or may not have been made');

    await reload(view, 'Duplicates Galore');
    await screen.findByText(/^Finished the interrupted change: Removed “/);
    expect(uris('Duplicates Galore')).toEqual(before.filter((_, i) => i !== 3));
    // Finished once: opening it again sends nothing.
    const writes = store().requestLog.filter((r) => r.method !== 'GET').length;
    await reload(view, 'Duplicates Galore');
    expect(store().requestLog.filter((r) => r.method !== 'GET').length).toBe(writes);
  });

  it('a removal Spotify never received is not made on reopening, and says so', async () => {
    const view = await openPlaylist('Duplicates Galore');
    const before = uris('Duplicates Galore');
    mswServer.use(
      http.delete(`${TEST_EMULATOR_ORIGIN}/v1/playlists/:id/items`, () => HttpResponse.error()),
    );
    await view.user.click(within(rowAt(4)).getByRole('checkbox'));
    await view.user.click(screen.getByRole('button', { name: 'Remove…' }));
    await view.user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }),
    );
    await screen.findByRole('alert');
    mswServer.resetHandlers();

    await reload(view, 'Duplicates Galore');
    await screen.findByText(/was interrupted before Spotify made it: nothing was changed\.$/);
    expect(uris('Duplicates Galore')).toEqual(before);
  });

  it('asks before finishing when the playlist changed meanwhile, then puts back only what is missing', async () => {
    const { view, before } = await removeDuplicatesFailing();
    // Another app moves the last song to the top meanwhile.
    changePlaylistElsewhere(playlist('Duplicates Galore').id, (entries) => [
      entries.at(-1)!,
      ...entries.slice(0, -1),
    ]);
    const shuffled = uris('Duplicates Galore');

    const again = await reload(view, 'Duplicates Galore');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /“Removed 4 duplicates from Duplicates Galore” was interrupted .* Not put back yet: “.+”, “.+”, “.+”\./,
    );
    expect(uris('Duplicates Galore')).toEqual(shuffled);
    await again.user.click(
      within(alert).getByRole('button', { name: 'Finish the interrupted change' }),
    );
    await waitFor(() => expect(uris('Duplicates Galore')).toHaveLength(6));
    expect([...uris('Duplicates Galore')].sort()).toEqual([...firstCopies(before)].sort());
  });
});
