import { screen, waitFor, within } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { clear, createStore, del, entries, keys, set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession, getSession } from '../../auth/token-store';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import {
  changePlaylistElsewhere,
  lengthenPlaylist,
  testEmulator,
} from '../../testing/test-emulator';
import { playlistQueries } from '../../features/playlists/queries';
import { cacheName, isReadBack, writePending } from './persisted-cache';
import { askAhead } from './playlist-ahead';

// jsdom has no IndexedDB; this file runs against an in-memory one (fake-indexeddb).
vi.stubGlobal('indexedDB', new IDBFactory());
vi.stubGlobal('IDBKeyRange', IDBKeyRange);

const store = () => testEmulator().store;
const playlist = (name: string) => [...store().playlists.values()].find((p) => p.name === name)!;
const itemRequests = (name: string) =>
  store().requestLog.filter(
    (r) => r.path === `/v1/playlists/${playlist(name).id}/items` && r.status === 200,
  ).length;
const trackName = (uri: string) => store().tracks.get(uri.split(':')[2]!)!.name;

let accountStore: UseStore | undefined;
/** This account's persisted store, once the profile has named the account. */
async function cacheStore(): Promise<UseStore> {
  await waitFor(() => expect(cacheName(getSession())).toBeTruthy());
  return (accountStore = createStore(cacheName(getSession())!, 'queries'));
}
const storedKeys = async () =>
  (await keys<string>(await cacheStore())).filter((k) => k !== 'index');
const itemsKey = (name: string, snapshot: string) =>
  `q-${JSON.stringify(playlistQueries.items(playlist(name).id, snapshot, 0).queryKey)}`;

/** Opens a playlist and waits until its items are in the persisted store. */
async function openAndPersist(name: string) {
  const view = renderApp(`/playlists/${playlist(name).id}`);
  await screen.findByText(`All ${playlist(name).entries.length} items loaded.`);
  const snapshot = playlist(name).snapshotId;
  await waitFor(async () => expect(await storedKeys()).toContain(itemsKey(name, snapshot)));
  return view;
}

/** A reload: the page and its in-memory cache go; IndexedDB stays. */
function reload(view: ReturnType<typeof renderApp>, name: string) {
  view.unmount();
  view.disconnect();
  view.queryClient.clear();
  store().requestLog.length = 0;
  return renderApp(`/playlists/${playlist(name).id}`);
}

const firstRowTitle = () =>
  within(within(screen.getByRole('grid')).getAllByRole('row')[1]!).getByText(/./, {
    selector: '.items-row__name',
  }).textContent;

beforeEach(async () => {
  // Each test starts with nothing persisted (the emulator is new, the account the same).
  if (accountStore) await clear(accountStore);
  await signIn();
  // 75 items: more than GET /playlists/{id} embeds, so its items take a request of their own.
  lengthenPlaylist(playlist('Road Trip').id);
});

describe('Persisted cache', () => {
  it('reopens an unchanged playlist from IndexedDB with no item requests', async () => {
    const view = await openAndPersist('Road Trip');
    expect(itemRequests('Road Trip')).toBe(1);
    reload(view, 'Road Trip');
    await screen.findByText('All 75 items loaded.');
    expect(firstRowTitle()).toBe(trackName(playlist('Road Trip').entries[0]!.uri));
    // The playlist itself is asked again (its snapshot_id says whether anything changed).
    await waitFor(() =>
      expect(
        store().requestLog.some((r) => r.path === `/v1/playlists/${playlist('Road Trip').id}`),
      ).toBe(true),
    );
    expect(itemRequests('Road Trip')).toBe(0);
  });

  it('tells details read back from the store from details Spotify sent (playlist-ahead.ts)', async () => {
    const view = await openAndPersist('Road Trip');
    const details = playlistQueries.detail(playlist('Road Trip').id).queryKey;
    expect(isReadBack(view.queryClient, details)).toBe(false);
    const again = reload(view, 'Road Trip');
    // Answered by the store (Spotify's answer to the check that follows may replace it).
    await again.queryClient.fetchQuery(playlistQueries.detail(playlist('Road Trip').id));
    expect(isReadBack(again.queryClient, details)).toBe(true);
  });

  it("leaves a reopened playlist's items to its page: details read back ask for nothing ahead", async () => {
    const view = await openAndPersist('Road Trip');
    const { id, snapshotId } = playlist('Road Trip');
    view.unmount();
    view.queryClient.clear();
    await askAhead(view.queryClient, id);
    expect(isReadBack(view.queryClient, playlistQueries.detail(id).queryKey)).toBe(true);
    expect(
      view.queryClient.getQueryState(playlistQueries.items(id, snapshotId, 75).queryKey),
    ).toBeUndefined();
  });

  it('reloads the items of a playlist changed elsewhere, and forgets the old version', async () => {
    const view = await openAndPersist('Road Trip');
    const oldSnapshot = playlist('Road Trip').snapshotId;
    changePlaylistElsewhere(playlist('Road Trip').id, (entries) => [...entries].reverse());
    reload(view, 'Road Trip');
    await waitFor(() =>
      expect(firstRowTitle()).toBe(trackName(playlist('Road Trip').entries[0]!.uri)),
    );
    await screen.findByText('All 75 items loaded.');
    expect(itemRequests('Road Trip')).toBe(1);
    await waitFor(async () =>
      expect(await storedKeys()).toContain(itemsKey('Road Trip', playlist('Road Trip').snapshotId)),
    );
    expect(await storedKeys()).not.toContain(itemsKey('Road Trip', oldSnapshot));
  });

  it('discards entries written by another version of the app', async () => {
    const view = await openAndPersist('Road Trip');
    const idb = await cacheStore();
    for (const [key, value] of await entries<string, { buster?: string }>(idb))
      if (key !== 'index') await set(key, { ...value, buster: 'an older shape' }, idb);
    reload(view, 'Road Trip');
    await screen.findByText('All 75 items loaded.');
    expect(itemRequests('Road Trip')).toBe(1);
  });

  it('writes edits through: after a move and a reload the new order shows, with no item requests', async () => {
    const view = await openAndPersist('Road Trip');
    const before = playlist('Road Trip').entries.map((e) => e.uri);
    await view.user.click(
      within(within(screen.getByRole('grid')).getAllByRole('row')[1]!).getByRole('checkbox'),
    );
    await view.user.click(screen.getByRole('button', { name: 'Move down' }));
    await waitFor(() => expect(playlist('Road Trip').entries[0]!.uri).toBe(before[1]));
    const snapshot = playlist('Road Trip').snapshotId;
    await waitFor(async () =>
      expect(await storedKeys()).toContain(itemsKey('Road Trip', snapshot)),
    );
    reload(view, 'Road Trip');
    await screen.findByText('All 75 items loaded.');
    expect(firstRowTitle()).toBe(trackName(before[1]!));
    expect(itemRequests('Road Trip')).toBe(0);
  });

  it('reopens Liked Songs with one request when its first page is unchanged, and does not write it again', async () => {
    const view = renderApp('/liked');
    await screen.findByText('All 12,000 songs loaded.', undefined, { timeout: 15_000 });
    const likedKey = `q-${JSON.stringify(['library', 'liked-songs'])}`;
    await waitFor(async () => expect(await storedKeys()).toContain(likedKey), { timeout: 10_000 });
    await writePending();
    const written = await storedKeys();
    view.unmount();
    view.disconnect();
    view.queryClient.clear();
    store().requestLog.length = 0;
    const reopened = renderApp('/liked');
    await screen.findByText('All 12,000 songs loaded.');
    await waitFor(() =>
      expect(store().requestLog.filter((r) => r.path === '/v1/me/tracks')).toHaveLength(1),
    );
    // Found unchanged, its 12,000 rows are not copied into the store again (new pieces).
    await waitFor(() => expect(reopened.queryClient.isFetching()).toBe(0));
    await writePending();
    expect(await storedKeys()).toEqual(written);
  });

  it('keeps a long list in pieces, and reads it again from Spotify when a piece is missing', async () => {
    const view = renderApp('/liked');
    await screen.findByText('All 12,000 songs loaded.', undefined, { timeout: 15_000 });
    const likedKey = `q-${JSON.stringify(['library', 'liked-songs'])}`;
    await waitFor(async () => expect(await storedKeys()).toContain(likedKey), { timeout: 10_000 });
    const pieces = async () => (await storedKeys()).filter((key) => key.startsWith('piece '));
    // The first 500 rows stay in the entry; the other 11,500 are 23 pieces of 500 (a
    // write's older pieces go just after its entry).
    await waitFor(async () => expect(await pieces()).toHaveLength(23));
    const written = await pieces();
    await del(written[7]!, await cacheStore());
    view.unmount();
    view.disconnect();
    view.queryClient.clear();
    store().requestLog.length = 0;
    renderApp('/liked');
    await screen.findByText('All 12,000 songs loaded.', undefined, { timeout: 15_000 });
    // Not one song short: every page is read again, and written again in new pieces.
    expect(store().requestLog.filter((r) => r.path === '/v1/me/tracks').length).toBeGreaterThan(1);
    await waitFor(
      async () => {
        const rewritten = await pieces();
        expect(rewritten).toHaveLength(23);
        expect(rewritten.filter((key) => written.includes(key))).toEqual([]);
      },
      { timeout: 10_000 },
    );
  });

  it('deletes the account’s copy on logout, and both open tabs go to the login page', async () => {
    const first = await openAndPersist('Road Trip');
    const second = renderApp('/playlists');
    await within(second.container).findByRole('heading', { level: 1, name: 'Playlists' });
    const idb = await cacheStore();
    expect((await keys(idb)).length).toBeGreaterThan(1);
    endSession('logout');
    await waitFor(async () => expect(await keys(idb)).toEqual([]));
    await waitFor(() => expect(first.router.state.location.pathname).toBe('/login'));
    expect(second.router.state.location.pathname).toBe('/login');
  });
});
