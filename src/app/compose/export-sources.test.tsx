import { screen, waitFor } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { getSession } from '../../auth/token-store';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { changePlaylistElsewhere, testEmulator } from '../../testing/test-emulator';
import { writePending } from '../infra/persisted-cache';
import { librarySources } from './export-sources';

// jsdom has no IndexedDB; this file runs against an in-memory one (fake-indexeddb).
vi.stubGlobal('indexedDB', new IDBFactory());
vi.stubGlobal('IDBKeyRange', IDBKeyRange);

const store = () => testEmulator().store;
const idOf = (name: string) => [...store().playlists.values()].find((p) => p.name === name)!.id;
/** What an export asked Spotify for: method, path and status, playlist list pages aside. */
const asked = () =>
  store()
    .requestLog.filter((r) => r.path.startsWith('/v1/') && r.path !== '/v1/me/playlists')
    .map((r) => `${r.method} ${r.path} ${r.status}`);

async function exportEverything(queryClient: Parameters<typeof librarySources>[0]) {
  store().requestLog.length = 0;
  const sources = await librarySources(queryClient, false);
  const playlists = [];
  for (const source of sources) playlists.push(await source.load());
  return playlists;
}

describe('Export everything', () => {
  it('reads a playlist unchanged since it was last read from the cache, with no request', async () => {
    await signIn();
    const view = renderApp('/playlists');
    await screen.findByRole('heading', { level: 1, name: 'Playlists' });
    const first = await exportEverything(view.queryClient);
    expect(asked().length).toBeGreaterThan(first.length);

    // Nothing changed: only the list is asked again (unchanged: a 304).
    const second = await exportEverything(view.queryClient);
    expect(second).toEqual(first);
    expect(asked()).toEqual([]);
    expect(new Set(store().requestLog.map((r) => `${r.path} ${r.status}`))).toEqual(
      new Set(['/v1/me/playlists 304']),
    );

    // One playlist changed elsewhere: that one is read again, and only that one.
    const roadTrip = idOf('Road Trip');
    changePlaylistElsewhere(roadTrip, (entries) => [...entries].reverse());
    const third = await exportEverything(view.queryClient);
    expect(asked()).toEqual([`GET /v1/playlists/${roadTrip} 200`]);
    const reversed = third.find((p) => p.id === roadTrip)!.items.map((i) => i.uri);
    expect(reversed).toEqual(
      store()
        .playlists.get(roadTrip)!
        .entries.map((e) => e.uri),
    );

    // After a reload (memory gone, the persisted copy kept), still nothing is read again.
    await waitFor(() => expect(getSession()?.accountId).toBe('demolistener'));
    await writePending();
    view.unmount();
    view.disconnect();
    view.queryClient.clear();
    const reloaded = renderApp('/playlists');
    await screen.findByRole('heading', { level: 1, name: 'Playlists' });
    await waitFor(async () => {
      await exportEverything(reloaded.queryClient);
      expect(asked()).toEqual([]);
    });
  });
});
