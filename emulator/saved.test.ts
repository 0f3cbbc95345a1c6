import { describe, expect, it } from 'vitest';
import { setup } from './test-helpers';

async function signedIn(scopes?: string[]) {
  const env = setup();
  const { access_token: token } = await env.token(scopes);
  const get = (path: string) => env.call('GET', path, { token });
  const send = (method: string, path: string) => env.call(method, path, { token });
  return { ...env, get, send };
}

describe('the rest of Your Library', () => {
  it('lists saved albums newest first, 50 a page at most, each a full album; a save goes on top', async () => {
    const { get, send, emulator } = await signedIn();
    const { json, status } = await get('/v1/me/albums?limit=50');
    expect(status).toBe(200);
    expect(json.total).toBeGreaterThanOrEqual(8);
    const dates = json.items.map((i: { added_at: string }) => i.added_at);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(dates[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // Some are sets of more than one disc, track numbers starting again on each.
    const box = json.items.find(
      (i: { album: { name: string } }) => i.album.name === 'The Complete Sessions',
    );
    expect(box.album.tracks.total).toBe(36);
    const discs = box.album.tracks.items.map((t: { disc_number: number }) => t.disc_number);
    expect(new Set(discs)).toEqual(new Set([1, 2, 3]));
    expect(box.album.tracks.items[12]).toMatchObject({ disc_number: 2, track_number: 1 });

    expect((await get('/v1/me/albums?limit=51')).status).toBe(400);
    const unsaved = [...emulator.store.albums.keys()].find(
      (id) => !emulator.store.saved.has(`spotify:album:${id}`),
    )!;
    expect((await send('PUT', `/v1/me/library?uris=spotify:album:${unsaved}`)).status).toBe(200);
    const after = await get('/v1/me/albums?limit=1');
    expect(after.json.items[0].album.id).toBe(unsaved);
    expect(after.json.total).toBe(json.total + 1);
  });

  it('lists followed artists by cursor: after the last id, until next is null', async () => {
    const { get } = await signedIn();
    const seen: string[] = [];
    let url = '/v1/me/following?type=artist&limit=3';
    let total: number;
    for (;;) {
      const { json, status } = await get(url);
      expect(status).toBe(200);
      const page = json.artists;
      total = page.total;
      seen.push(...page.items.map((a: { id: string; genres: string[] }) => a.id));
      if (!page.next) {
        expect(page.cursors.after).toBeNull();
        break;
      }
      expect(page.cursors.after).toBe(seen.at(-1));
      url = page.next.replace(/^https?:\/\/[^/]+/, '');
    }
    expect(total).toBeGreaterThanOrEqual(5);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect((await get('/v1/me/following')).status).toBe(400);
    expect((await get('/v1/me/following?type=user')).status).toBe(400);
    expect((await get('/v1/me/following?type=artist&limit=0')).status).toBe(400);
  });

  it('lists saved shows and episodes; episodes need user-read-playback-position too', async () => {
    const { get } = await signedIn();
    const shows = await get('/v1/me/shows');
    expect(shows.json.total).toBe(2);
    expect(shows.json.items[0]).toMatchObject({ show: { type: 'show' } });
    expect(shows.json.items[0].added_at).toEqual(expect.any(String));
    const episodes = await get('/v1/me/episodes');
    expect(episodes.status).toBe(200);
    expect(episodes.json.total).toBeGreaterThanOrEqual(3);
    expect(episodes.json.items[0].episode.show.type).toBe('show');

    const older = await signedIn(['user-library-read']);
    expect((await older.get('/v1/me/episodes')).json).toEqual({
      error: { status: 403, message: 'Insufficient client scope' },
    });
    expect((await older.get('/v1/me/shows')).status).toBe(200);
  });
});

describe('GET /shows/{id}', () => {
  it('returns the show with its episodes newest first; the rest paged', async () => {
    const { get, emulator } = await signedIn();
    const show = [...emulator.store.shows.values()][0]!;
    const { json, status } = await get(`/v1/shows/${show.id}`);
    expect(status).toBe(200);
    expect(json).toMatchObject({ id: show.id, name: show.name, type: 'show', total_episodes: 10 });
    expect(json.episodes.total).toBe(10);
    expect(json.episodes.items[0].id).toBe(show.episodeIds.at(-1));
    expect(json.episodes.items[0]).not.toHaveProperty('show');
    const page = await get(`/v1/shows/${show.id}/episodes?limit=4&offset=8`);
    expect(page.json.items.map((e: { id: string }) => e.id)).toEqual([
      show.episodeIds[1],
      show.episodeIds[0],
    ]);
    expect((await get('/v1/shows/nope')).status).toBe(400);
    expect((await get('/v1/shows/0000000000000000000000')).status).toBe(404);
  });
});
