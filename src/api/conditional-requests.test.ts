import { afterEach, describe, expect, it } from 'vitest';
import { startRuntime } from '../lib/runtime';
import { signIn } from '../testing/sign-in';
import { testEmulator } from '../testing/test-emulator';
import { spotify } from './client';
import { requestStats } from './request-stats';

const log = () => testEmulator().store.requestLog;
const sent = (path: string) => log().filter((r) => r.path === path);
const statuses = (path: string) => sent(path).map((r) => r.status);
const roadTrip = () =>
  [...testEmulator().store.playlists.values()].find((p) => p.name === 'Road Trip')!;
const getPlaylist = () =>
  spotify().GET('/playlists/{playlist_id}', { params: { path: { playlist_id: roadTrip().id } } });

afterEach(() => void startRuntime());

describe('conditional requests', () => {
  it('asks again with the ETag; an unchanged answer is a 304 that hands back the same value', async () => {
    await signIn();
    const first = await getPlaylist();
    const second = await getPlaylist();
    expect(statuses(`/v1/playlists/${roadTrip().id}`)).toEqual([200, 304]);
    // The very object read the first time: no parsing, and nothing new for React Query to compare.
    expect(second.data).toBe(first.data);
    expect(second.response.status).toBe(200);
  });

  it('a changed resource comes back whole, and its new version is kept in turn', async () => {
    await signIn();
    const playlist = roadTrip();
    await getPlaylist();
    playlist.name = 'Road Trip, renamed elsewhere';
    const get = () =>
      spotify().GET('/playlists/{playlist_id}', { params: { path: { playlist_id: playlist.id } } });
    const changed = await get();
    expect(changed.data?.name).toBe('Road Trip, renamed elsewhere');
    await get();
    expect(statuses(`/v1/playlists/${playlist.id}`)).toEqual([200, 200, 304]);
  });

  it('a reader of text gets the kept text on a 304', async () => {
    await signIn();
    const first = await spotify().GET('/me', { parseAs: 'text' });
    const second = await spotify().GET('/me', { parseAs: 'text' });
    expect(statuses('/v1/me')).toEqual([200, 304]);
    expect(second.data).toBe(first.data);
    expect(JSON.parse(second.data!)).toMatchObject({ id: 'demolistener' });
  });

  it('a new login starts with nothing kept', async () => {
    await signIn();
    await spotify().GET('/me');
    await signIn({ consentAt: Date.now() + 1 });
    await spotify().GET('/me');
    expect(statuses('/v1/me')).toEqual([200, 200]);
  });

  it('kept values cannot be changed by a reader (frozen outside production)', async () => {
    await signIn();
    const { data } = await spotify().GET('/me');
    expect(() => {
      (data as { display_name: string }).display_name = 'changed';
    }).toThrow(TypeError);
  });

  it('counts every request by endpoint group, with its 304s and 429s', async () => {
    await signIn();
    await getPlaylist();
    await getPlaylist();
    await fetch('http://127.0.0.1:8787/__emulator/faults', {
      method: 'PATCH',
      body: JSON.stringify({ rateLimit: { retryAfterSeconds: 1 } }),
    });
    const pending = spotify().GET('/me');
    await expect.poll(() => sent('/v1/me').length).toBe(1);
    testEmulator().clock.advance(1000);
    await pending;
    const counts = requestStats().counts;
    expect(counts.Playlists).toEqual({
      requests: 2,
      notModified: 1,
      rateLimited: 0,
      unanswered: 0,
    });
    expect(counts.Profile).toEqual({ requests: 2, notModified: 0, rateLimited: 1, unanswered: 0 });
    expect(counts['Playlist items'].requests).toBe(0);
  });
});
