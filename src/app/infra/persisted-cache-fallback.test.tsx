import { screen, waitFor } from '@testing-library/react';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { getSession } from '../../auth/token-store';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { lengthenPlaylist, testEmulator } from '../../testing/test-emulator';

const store = () => testEmulator().store;
const roadTrip = () => [...store().playlists.values()].find((p) => p.name === 'Road Trip')!;
const itemRequests = () =>
  store().requestLog.filter(
    (r) => r.path === `/v1/playlists/${roadTrip().id}/items` && r.status === 200,
  ).length;

/** Opens Road Trip, reloads it, and says how many item requests each visit made. */
async function openTwice() {
  await signIn();
  // 75 items: more than GET /playlists/{id} embeds, so its items take a request of their own.
  lengthenPlaylist(roadTrip().id);
  const view = renderApp(`/playlists/${roadTrip().id}`);
  await screen.findByText('All 75 items loaded.');
  await waitFor(() => expect(getSession()?.accountId).toBe('demolistener'));
  const first = itemRequests();
  view.unmount();
  view.disconnect();
  view.queryClient.clear();
  renderApp(`/playlists/${roadTrip().id}`);
  await screen.findByText('All 75 items loaded.');
  return [first, itemRequests() - first];
}

describe('Persisted cache fallback', () => {
  it('works from memory alone when the browser has no IndexedDB (private mode)', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    expect(await openTwice()).toEqual([1, 1]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('carries on silently from memory when IndexedDB is full', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    vi.stubGlobal('IDBKeyRange', IDBKeyRange);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await openTwice()).toEqual([1, 1]);
    expect(put).toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('row').length).toBeGreaterThan(1);
  });
});
