import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { playlistQueries } from '../../features/playlists/queries';
import { startRuntime } from '../../lib/runtime';
import { signIn } from '../../testing/sign-in';
import { lengthenPlaylist, testEmulator } from '../../testing/test-emulator';
import type { RouteObject } from 'react-router';
import { createRoutes } from '../routes';
import { renderApp } from '../../testing/render-app';
import { askAhead } from './playlist-ahead';
import { createQueryClient } from './query-client';

const store = () => testEmulator().store;
const playlist = (name: string) => [...store().playlists.values()].find((p) => p.name === name)!;
const requestsFor = (path: string) => store().requestLog.filter((r) => r.path === path);

beforeEach(async () => {
  startRuntime();
  await signIn();
  store().requestLog.length = 0;
});

/** The route at `path` in the tree, wherever it is nested. */
function routeAt(routes: RouteObject[], path: string): RouteObject | undefined {
  for (const route of routes) {
    if (route.path === path) return route;
    const found = routeAt(route.children ?? [], path);
    if (found) return found;
  }
}

describe('Asking for a playlist as its page opens', () => {
  it("starts with the navigation, while the page's code is still loading (the route's loader)", async () => {
    const { id } = playlist('Road Trip');
    lengthenPlaylist(id);
    const client = createQueryClient({ retryDelay: () => 0 });
    const routes = createRoutes({ queryClient: () => Promise.resolve(client) });
    // The playlist page's code never arrives: only the loader can ask for anything.
    routeAt(routes, 'playlists/:id')!.lazy = () => new Promise(() => {});
    renderApp(`/playlists/${id}`, { routes });
    await waitFor(() => expect(requestsFor(`/v1/playlists/${id}/items`).length).toBeGreaterThan(0));
    expect(requestsFor(`/v1/playlists/${id}`)).toHaveLength(1);
  });

  it('asks for the details, then every item page, with no page on screen', async () => {
    const { id } = playlist('Road Trip');
    lengthenPlaylist(id); // 75 items: the details carry 50, one more page is asked for
    const client = createQueryClient({ retryDelay: () => 0 });
    await askAhead(client, id);

    expect(requestsFor(`/v1/playlists/${id}`)).toHaveLength(1);
    const items = playlistQueries.items(id, playlist('Road Trip').snapshotId, 75);
    // Nothing shows it: the rows are handed over together, with the last page.
    await waitFor(() => expect(client.getQueryState(items.queryKey)?.fetchStatus).toBe('idle'));
    expect(client.getQueryData(items.queryKey)?.rows).toHaveLength(75);
    expect(requestsFor(`/v1/playlists/${id}/items`).length).toBeGreaterThan(0);
  });

  it('asks for nothing when the details are already in memory: the page asks at once', async () => {
    const { id } = playlist('Road Trip');
    const client = createQueryClient({ retryDelay: () => 0 });
    await client.fetchQuery(playlistQueries.detail(id));
    store().requestLog.length = 0;
    await askAhead(client, id);
    expect(store().requestLog).toHaveLength(0);
  });

  it('asks for no items of a playlist that does not share them (not yours)', async () => {
    const { id } = [...store().playlists.values()].find(
      (p) => p.ownerId !== store().demoUserId && !p.collaborative,
    )!;
    const client = createQueryClient({ retryDelay: () => 0 });
    await askAhead(client, id);
    expect(requestsFor(`/v1/playlists/${id}`)).toHaveLength(1);
    expect(requestsFor(`/v1/playlists/${id}/items`)).toHaveLength(0);
  });
});
