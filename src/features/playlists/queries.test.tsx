import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Playlist } from '../../api/spotify-types';
import { createQueryClient } from '../../app/infra/query-client';
import { signIn } from '../../testing/sign-in';
import { lengthenPlaylist, testEmulator } from '../../testing/test-emulator';
import { playlistQueries, usePrefetchItems, type PlaylistItemsData } from './queries';

function idOf(name: string) {
  for (const p of testEmulator().store.playlists.values()) if (p.name === name) return p.id;
  throw new Error(name);
}
const itemRequests = (id: string) =>
  testEmulator().store.requestLog.filter((r) => r.path === `/v1/playlists/${id}/items`).length;

async function withDetails(name: string) {
  await signIn();
  // Longer than the page the details embed, so the rest must be asked for.
  lengthenPlaylist(idOf(name));
  const client = createQueryClient({ retryDelay: () => 0 });
  const playlist = await client.fetchQuery(playlistQueries.detail(idOf(name)));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const itemsKey = playlistQueries.items(
    playlist.id,
    playlist.snapshot_id,
    playlist.items!.total,
  ).queryKey;
  return { client, playlist, wrapper, itemsKey };
}

describe('usePrefetchItems', () => {
  it('reads every item of the version the details name, with nothing on screen asking, once', async () => {
    const { client, playlist, wrapper, itemsKey } = await withDetails('Road Trip');
    const { rerender } = renderHook((p: Playlist) => usePrefetchItems(p), {
      wrapper,
      initialProps: playlist,
    });
    await waitFor(() => expect(client.getQueryState(itemsKey)?.status).toBe('success'));
    const items = client.getQueryData<PlaylistItemsData>(itemsKey)!;
    expect(items.rows).toHaveLength(playlist.items!.total);
    const requests = itemRequests(playlist.id);
    expect(requests).toBeGreaterThan(0);
    rerender({ ...playlist });
    expect(client.getQueryState(itemsKey)?.fetchStatus).toBe('idle');
    expect(itemRequests(playlist.id)).toBe(requests);
  });

  it('asks for nothing before the details, or when Spotify embeds no items', async () => {
    const { client, playlist, wrapper } = await withDetails('Road Trip');
    const before = itemRequests(playlist.id);
    const { rerender } = renderHook((p: Playlist | undefined) => usePrefetchItems(p), {
      wrapper,
      initialProps: undefined,
    });
    rerender({ ...playlist, items: undefined });
    expect(
      client.getQueryCache().findAll({ queryKey: playlistQueries.itemsOf(playlist.id) }),
    ).toHaveLength(0);
    expect(itemRequests(playlist.id)).toBe(before);
  });
});
