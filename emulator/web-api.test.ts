import { describe, expect, it } from 'vitest';
import { setup } from './test-helpers';

async function signedIn(options?: Parameters<typeof setup>[0], scopes?: string[]) {
  const env = setup(options);
  const { access_token: token } = await env.token(scopes);
  const get = (path: string) => env.call('GET', path, { token });
  const send = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    env.call(method, path, { token, body, headers });
  return { ...env, token, get, send };
}

describe('bearer tokens and scopes', () => {
  it('answers 401 with Spotify texts for missing, malformed, unknown and expired tokens', async () => {
    const { call, token, emulator } = await signedIn();
    expect((await call('GET', '/v1/me')).json).toEqual({
      error: { status: 401, message: 'No token provided' },
    });
    expect(
      (await call('GET', '/v1/me', { headers: { authorization: 'Basic abc' } })).json.error.message,
    ).toBe('Only valid bearer authentication supported');
    expect((await call('GET', '/v1/me', { token: 'BQnope' })).json.error.message).toBe(
      'Invalid access token',
    );
    emulator.clock.advance(3600_000);
    expect((await call('GET', '/v1/me', { token })).json).toEqual({
      error: { status: 401, message: 'The access token expired' },
    });
  });

  it('answers 403 "Insufficient client scope" without the needed scope', async () => {
    const { get } = await signedIn(undefined, ['user-read-private']);
    expect((await get('/v1/me/playlists')).json).toEqual({
      error: { status: 403, message: 'Insufficient client scope' },
    });
  });
});

describe('/me and /me/playlists', () => {
  it('returns the user without the fields Development Mode removed', async () => {
    const { get } = await signedIn();
    const me = (await get('/v1/me')).json;
    expect(me).toMatchObject({
      id: 'demolistener',
      display_name: 'Demo Listener',
      type: 'user',
      uri: 'spotify:user:demolistener',
    });
    expect(me.account_id).toEqual(expect.any(String));
    for (const removed of ['country', 'email', 'product', 'followers', 'explicit_content'])
      expect(me).not.toHaveProperty(removed);
  });

  it('pages with full next/previous URLs and keeps null entries', async () => {
    const { get } = await signedIn();
    const first = (await get('/v1/me/playlists?limit=50')).json;
    expect(first.items).toHaveLength(50);
    expect(first.previous).toBeNull();
    expect(first.total).toBeGreaterThan(50);
    const next = new URL(first.next);
    expect(next.searchParams.get('offset')).toBe('50');
    const second = (await get(`${next.pathname}${next.search}`)).json;
    expect(second.items).toHaveLength(first.total - 50);
    expect(second.next).toBeNull();
    expect(second.previous).toContain('offset=0');
    expect(first.items).toContain(null);
    const road = first.items.find((p: any) => p?.name === 'Road Trip');
    expect(road.items).toEqual({ href: expect.stringContaining('/items'), total: 25 });
    expect(road).not.toHaveProperty('tracks');
  });

  it.each(['0', '51', 'abc', '1.5', '-1'])('rejects limit=%s', async (limit) => {
    const { get } = await signedIn();
    expect((await get(`/v1/me/playlists?limit=${limit}`)).json).toEqual({
      error: { status: 400, message: 'Invalid limit' },
    });
  });

  it('lists collaborative playlists only with playlist-read-collaborative', async () => {
    const { get } = await signedIn(undefined, ['playlist-read-private']);
    const names = (await get('/v1/me/playlists?limit=50')).json.items.map((p: any) => p?.name);
    expect(names).not.toContain('Band Practice');
    expect(names).toContain('Road Trip');
  });

  it('creates playlists with Spotify defaults and rules', async () => {
    const { send, get } = await signedIn();
    const created = await send('POST', '/v1/me/playlists', { name: 'New one' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: 'New one',
      public: true,
      collaborative: false,
      description: null,
    });
    expect(created.json.items.total).toBe(0);
    expect((await get('/v1/me/playlists?limit=1')).json.items[0].id).toBe(created.json.id);

    expect(
      (await send('POST', '/v1/me/playlists', { name: 'x', collaborative: true })).status,
    ).toBe(400);
    const collab = await send('POST', '/v1/me/playlists', {
      name: 'x',
      collaborative: true,
      public: false,
    });
    expect(collab.status).toBe(201);
    expect((await send('POST', '/v1/me/playlists', {})).json.error.message).toBe(
      'Missing required field: name',
    );
    expect((await send('POST', '/v1/me/playlists', '{bad')).json.error.message).toBe(
      'Malformed json',
    );
  });

  it('needs the modify scope that matches the visibility', async () => {
    const { send } = await signedIn(undefined, ['playlist-modify-private']);
    expect((await send('POST', '/v1/me/playlists', { name: 'pub' })).status).toBe(403);
    expect((await send('POST', '/v1/me/playlists', { name: 'priv', public: false })).status).toBe(
      201,
    );
  });
});

describe('/playlists/{id}', () => {
  it('embeds items only for the owner or a collaborator', async () => {
    const { get, playlistId } = await signedIn();
    const own = (await get(`/v1/playlists/${playlistId('Road Trip')}`)).json;
    expect(own.items.total).toBe(25);
    expect(own.followers).toEqual({ href: null, total: 12 });
    expect((await get(`/v1/playlists/${playlistId("Friends' Mix")}`)).json.items.total).toBe(15);
    const followed = (await get(`/v1/playlists/${playlistId("Editor's Picks")}`)).json;
    expect(followed).not.toHaveProperty('items');
    expect(followed.owner).toMatchObject({
      id: 'curator-collective',
      display_name: 'Curator Collective',
    });
    expect((await get(`/v1/playlists/${playlistId("Editor's Picks")}/items`)).json).toEqual({
      error: { status: 403, message: 'Forbidden' },
    });
  });

  it('answers 400 for malformed ids and 404 for unknown ones', async () => {
    const { get } = await signedIn();
    expect((await get('/v1/playlists/not-an-id')).json).toEqual({
      error: { status: 400, message: 'Invalid base62 id' },
    });
    expect((await get('/v1/playlists/0000000000000000000000')).status).toBe(404);
  });

  it('changes details for the owner only, with public and collaborative exclusive', async () => {
    const { send, get, playlistId } = await signedIn();
    const id = playlistId('Road Trip');
    const before = (await get(`/v1/playlists/${id}`)).json.snapshot_id;
    const res = await send('PUT', `/v1/playlists/${id}`, {
      name: 'Renamed',
      description: 'New words',
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const after = (await get(`/v1/playlists/${id}`)).json;
    expect(after).toMatchObject({ name: 'Renamed', description: 'New words' });
    expect(after.snapshot_id).not.toBe(before);
    expect((await send('PUT', `/v1/playlists/${id}`, { collaborative: true })).status).toBe(400);
    expect(
      (await send('PUT', `/v1/playlists/${id}`, { collaborative: true, public: false })).status,
    ).toBe(200);
    expect(
      (await send('PUT', `/v1/playlists/${playlistId("Friends' Mix")}`, { name: 'x' })).status,
    ).toBe(403);
  });
});

describe('/playlists/{id}/items', () => {
  const uris = (page: any) => page.items.map((i: any) => i.item?.uri ?? null);

  it('pages items with limit 1-50', async () => {
    const { get, playlistId } = await signedIn();
    const id = playlistId('Road Trip');
    const page = (await get(`/v1/playlists/${id}/items?limit=10&offset=20`)).json;
    expect(page).toMatchObject({ limit: 10, offset: 20, total: 25, next: null });
    expect(page.items).toHaveLength(5);
    expect(page.items[0]).toMatchObject({ is_local: false, added_by: { id: 'demolistener' } });
    expect(page.items[0].item.type).toBe('track');
    expect(page.items[0].item).not.toHaveProperty('available_markets');
    expect(page.items[0].item).not.toHaveProperty('popularity');
    expect(page.items[0].item).not.toHaveProperty('linked_from');
    expect(page.items[0]).not.toHaveProperty('track');
    expect((await get(`/v1/playlists/${id}/items?limit=51`)).status).toBe(400);
    expect((await get(`/v1/playlists/${id}/items?limit=0`)).status).toBe(400);
  });

  it('gives up to 100 a page when switched to, and shortens instead of refusing when asked', async () => {
    const { get, playlistId, emulator } = await signedIn();
    const id = playlistId('Ten Thousand Songs');
    emulator.store.faults.itemPageMax = 100;
    const page = (await get(`/v1/playlists/${id}/items?limit=100&offset=0`)).json;
    expect(page.items).toHaveLength(100);
    expect(page.next).toContain('offset=100');
    expect((await get(`/v1/playlists/${id}/items?limit=101`)).status).toBe(400);
    emulator.store.faults.itemPageMax = 50;
    expect((await get(`/v1/playlists/${id}/items?limit=100`)).json).toEqual({
      error: { status: 400, message: 'Invalid limit' },
    });
    emulator.store.faults.itemPageOverMax = 'shorten';
    const short = (await get(`/v1/playlists/${id}/items?limit=100`)).json;
    expect(short.items).toHaveLength(50);
    expect(short.total).toBe(10_000);
  });

  it('serves local files with null ids and tags from the file (7)', async () => {
    const { get, playlistId } = await signedIn();
    const page = (await get(`/v1/playlists/${playlistId('Local Files Mix')}/items?limit=50`)).json;
    const local = page.items[0];
    expect(local.is_local).toBe(true);
    expect(local.item).toMatchObject({
      id: null,
      href: null,
      name: 'Stairway to Heaven',
      duration_ms: 482_000,
      is_local: true,
    });
    expect(local.item.uri).toBe('spotify:local:Led+Zepplin::Stairway+to+Heaven:482');
    expect(local.item.album).toMatchObject({ id: null, uri: null, name: '', images: [] });
    expect(local.item.artists[0]).toMatchObject({ id: null, uri: null, name: 'Led Zepplin' });
    expect(page.items.filter((i: any) => i.is_local)).toHaveLength(5);
  });

  it('serves unavailable items and old entries with nulls (8)', async () => {
    const { get, playlistId } = await signedIn();
    const page = (await get(`/v1/playlists/${playlistId('Lost & Found')}/items?limit=50`)).json;
    expect(page.items[0]).toMatchObject({ added_at: null, added_by: null });
    expect(page.items.filter((i: any) => i.item === null).length).toBeGreaterThan(0);
  });

  it('returns episodes only with additional_types=episode', async () => {
    const { get, playlistId } = await signedIn();
    const id = playlistId('Podcasts & Songs');
    const without = (await get(`/v1/playlists/${id}/items?limit=50`)).json;
    const withEpisodes = (
      await get(`/v1/playlists/${id}/items?limit=50&additional_types=track,episode`)
    ).json;
    expect(without.items[3].item).toBeNull();
    expect(withEpisodes.items[3].item).toMatchObject({
      type: 'episode',
      show: { name: 'The Demo Hour' },
    });
  });

  it('adds at a position, rejects local files and more than 100, and changes the snapshot', async () => {
    const { send, get, playlistId, emulator } = await signedIn();
    const id = playlistId('Road Trip');
    const before = (await get(`/v1/playlists/${id}`)).json.snapshot_id;
    const track = `spotify:track:${[...emulator.store.tracks.keys()][5000]}`;
    const res = await send('POST', `/v1/playlists/${id}/items`, { uris: [track], position: 2 });
    expect(res.status).toBe(201);
    expect(res.json.snapshot_id).not.toBe(before);
    const page = (await get(`/v1/playlists/${id}/items?limit=5`)).json;
    expect(page.items[2].item.uri).toBe(track);
    expect(page.total).toBe(26);

    const local = await send('POST', `/v1/playlists/${id}/items`, {
      uris: ['spotify:local:a:b:c:1'],
    });
    expect(local.json).toEqual({
      error: { status: 400, message: 'Invalid track uri: spotify:local:a:b:c:1' },
    });
    const tooMany = await send('POST', `/v1/playlists/${id}/items`, {
      uris: Array(101).fill(track),
    });
    expect(tooMany.status).toBe(400);
    expect(
      (await send('POST', `/v1/playlists/${id}/items`, { uris: [track], position: 999 })).status,
    ).toBe(400);
    expect(
      (await send('POST', `/v1/playlists/${playlistId("Editor's Picks")}/items`, { uris: [track] }))
        .status,
    ).toBe(403);
  });

  it('reorders in original positions: first to last, last to first, ranges', async () => {
    const { send, get, playlistId } = await signedIn();
    const id = playlistId('Road Trip');
    const all = async () => uris((await get(`/v1/playlists/${id}/items?limit=50`)).json);
    const original = await all();

    await send('PUT', `/v1/playlists/${id}/items`, { range_start: 0, insert_before: 25 });
    expect(await all()).toEqual([...original.slice(1), original[0]]);

    await send('PUT', `/v1/playlists/${id}/items`, { range_start: 24, insert_before: 0 });
    expect(await all()).toEqual(original);

    await send('PUT', `/v1/playlists/${id}/items`, {
      range_start: 2,
      range_length: 3,
      insert_before: 8,
    });
    expect(await all()).toEqual([
      ...original.slice(0, 2),
      ...original.slice(5, 8),
      ...original.slice(2, 5),
      ...original.slice(8),
    ]);

    expect(
      (
        await send('PUT', `/v1/playlists/${id}/items`, {
          range_start: 24,
          range_length: 2,
          insert_before: 0,
        })
      ).status,
    ).toBe(400);
  });

  it('merges a reorder made against an older snapshot with changes since (6)', async () => {
    const { send, get, playlistId, emulator } = await signedIn();
    const id = playlistId('Road Trip');
    const seen = (await get(`/v1/playlists/${id}`)).json.snapshot_id;
    const original = uris((await get(`/v1/playlists/${id}/items?limit=50`)).json);
    const newTrack = `spotify:track:${[...emulator.store.tracks.keys()][7000]}`;
    await send('POST', `/v1/playlists/${id}/items`, { uris: [newTrack], position: 0 });
    // Move the item that was first (now second) to the end, in the positions we saw.
    const res = await send('PUT', `/v1/playlists/${id}/items`, {
      range_start: 0,
      insert_before: 25,
      snapshot_id: seen,
    });
    expect(res.status).toBe(200);
    const now = uris((await get(`/v1/playlists/${id}/items?limit=50`)).json);
    expect(now).toEqual([newTrack, ...original.slice(1), original[0]]);
    expect(
      (
        await send('PUT', `/v1/playlists/${id}/items`, {
          range_start: 0,
          insert_before: 1,
          snapshot_id: 'bogus',
        })
      ).status,
    ).toBe(400);
  });

  it('replaces (dropping local files) and removes every occurrence of a URI', async () => {
    const { send, get, playlistId } = await signedIn();
    const dupes = playlistId('Duplicates Galore');
    const before = uris((await get(`/v1/playlists/${dupes}/items`)).json);
    const target = before[0];
    const res = await send('DELETE', `/v1/playlists/${dupes}/items`, { items: [{ uri: target }] });
    expect(res.status).toBe(200);
    expect(res.json.snapshot_id).toEqual(expect.any(String));
    const after = uris((await get(`/v1/playlists/${dupes}/items`)).json);
    expect(after).toEqual(before.filter((u: string) => u !== target));
    expect(before.filter((u: string) => u === target)).toHaveLength(3);

    const localMix = playlistId('Local Files Mix');
    const localDelete = await send('DELETE', `/v1/playlists/${localMix}/items`, {
      items: [{ uri: 'spotify:local:Led+Zepplin::Stairway+to+Heaven:482' }],
    });
    expect(localDelete.status).toBe(400);

    const replaced = await send('PUT', `/v1/playlists/${localMix}/items`, { uris: [target] });
    expect(replaced.status).toBe(200);
    expect((await get(`/v1/playlists/${localMix}/items`)).json.total).toBe(1);
  });

  it('pages the 10,000-item playlist in under 50 ms per request', async () => {
    const { get, playlistId } = await signedIn();
    const id = playlistId('Ten Thousand Songs');
    const started = performance.now();
    const page = (await get(`/v1/playlists/${id}/items?limit=50&offset=9950`)).json;
    const elapsed = performance.now() - started;
    expect(page.total).toBe(10_000);
    expect(page.items).toHaveLength(50);
    expect(page.next).toBeNull();
    expect(elapsed).toBeLessThan(50);
  });
});

describe('/playlists/{id}/images', () => {
  const jpeg = (size: number) => {
    const bytes = new Uint8Array(size);
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
  };

  it('accepts a base64 JPEG (202) and shows it once processed', async () => {
    const { send, get, playlistId, emulator, call } = await signedIn();
    const id = playlistId('Empty Shelf');
    expect((await get(`/v1/playlists/${id}/images`)).json).toEqual([]);
    const res = await send('PUT', `/v1/playlists/${id}/images`, jpeg(1000), {
      'content-type': 'image/jpeg',
    });
    expect(res.status).toBe(202);
    expect((await get(`/v1/playlists/${id}/images`)).json).toEqual([]);
    emulator.clock.advance(1500);
    const images = (await get(`/v1/playlists/${id}/images`)).json;
    expect(images).toEqual([
      { url: expect.stringContaining('/images/upload/'), height: null, width: null },
    ]);
    const served = await call('GET', new URL(images[0].url).pathname);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
  });

  it('rejects covers over 256 KB of base64 (413) and non-JPEG data (400)', async () => {
    const { send, playlistId } = await signedIn();
    const id = playlistId('Empty Shelf');
    const big = 'A'.repeat(256 * 1024 + 4);
    expect(
      (await send('PUT', `/v1/playlists/${id}/images`, big, { 'content-type': 'image/jpeg' }))
        .status,
    ).toBe(413);
    expect(
      (
        await send('PUT', `/v1/playlists/${id}/images`, btoa('GIF89a....'), {
          'content-type': 'image/jpeg',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await send('PUT', `/v1/playlists/${id}/images`, '%%%notbase64', {
          'content-type': 'image/jpeg',
        })
      ).status,
    ).toBe(400);
  });
});

describe('/me/library and /me/tracks', () => {
  it('follows and unfollows playlists and saves tracks, max 40 URIs', async () => {
    const { send, get, playlistId, emulator } = await signedIn();
    const id = playlistId('Road Trip');
    const unsaved = [...emulator.store.tracks.keys()].find(
      (t) => !emulator.store.saved.has(`spotify:track:${t}`),
    );
    const track = `spotify:track:${unsaved}`;
    const query = encodeURIComponent(`spotify:playlist:${id},${track}`);
    expect((await get(`/v1/me/library/contains?uris=${query}`)).json).toEqual([true, false]);
    const saved = await send('PUT', `/v1/me/library?uris=${encodeURIComponent(track)}`);
    expect(saved.status).toBe(200);
    expect(saved.text).toBe('');
    expect(
      (await send('DELETE', `/v1/me/library?uris=${encodeURIComponent(`spotify:playlist:${id}`)}`))
        .status,
    ).toBe(200);
    expect((await get(`/v1/me/library/contains?uris=${query}`)).json).toEqual([false, true]);
    const names = (await get('/v1/me/playlists?limit=50')).json.items.map((p: any) => p?.name);
    expect(names).not.toContain('Road Trip');
    expect((await get('/v1/me/tracks?limit=1')).json.items[0].track.uri).toBe(track);

    const many = Array.from({ length: 41 }, () => track).join(',');
    expect((await send('PUT', `/v1/me/library?uris=${encodeURIComponent(many)}`)).status).toBe(400);
    expect((await send('PUT', '/v1/me/library')).status).toBe(400);
    expect(
      (await send('PUT', `/v1/me/library?uris=${encodeURIComponent('spotify:track:nope')}`)).json,
    ).toEqual({ error: { status: 400, message: 'Invalid uri: spotify:track:nope' } });
  });

  it('seeds 12,000 Liked Songs newest first, with withdrawn songs unplayable', async () => {
    const { get } = await signedIn();
    const first = (await get('/v1/me/tracks?limit=50')).json;
    expect(first.total).toBe(12_000);
    const times = first.items.map((i: any) => Date.parse(i.added_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const withdrawn = first.items.filter((i: any) => i.track.is_playable === false);
    expect(withdrawn).toHaveLength(3);
    expect(withdrawn[0].track.restrictions).toEqual({ reason: 'market' });
    const last = (await get('/v1/me/tracks?limit=50&offset=11990')).json;
    expect(last.items).toHaveLength(10);
    expect(last.next).toBeNull();
  });

  it('dates everything it seeds before its now: playlist entries and Liked Songs', async () => {
    const { get, call } = await signedIn();
    const { now } = (await call('GET', '/__emulator/clock')).json as { now: number };
    const playlists = (await call('GET', '/__emulator/playlists')).json as {
      name: string;
      addedAt: (string | null)[];
    }[];
    const dates = playlists.flatMap((p) => p.addedAt.filter((d) => d !== null).map(Date.parse));
    expect(dates.length).toBeGreaterThan(10_000);
    expect(dates.filter((date) => !(date < now))).toEqual([]);
    const big = playlists
      .find((p) => p.name === 'Ten Thousand Songs')!
      .addedAt.map((date) => Date.parse(date!));
    expect(big).toEqual([...big].sort((a, b) => a - b));
    const newest = (await get('/v1/me/tracks?limit=1')).json.items[0].added_at;
    expect(Date.parse(newest)).toBeLessThan(now);
  });

  it('needs user-library-read and -modify for songs', async () => {
    const { get, send } = await signedIn(undefined, ['playlist-read-private']);
    expect((await get('/v1/me/tracks')).status).toBe(403);
    const uri = encodeURIComponent(`spotify:track:${'a'.repeat(22)}`);
    expect((await get(`/v1/me/library/contains?uris=${uri}`)).status).toBe(403);
    expect((await send('PUT', `/v1/me/library?uris=${uri}`)).status).toBe(403);
  });
});

describe('/search', () => {
  it('limits each type to 1-10 and pages by offset', async () => {
    const { get } = await signedIn();
    const page = (await get('/v1/search?q=the&type=track,episode&limit=10')).json;
    expect(page.tracks.items).toHaveLength(10);
    expect(page.tracks.next).toContain('offset=10');
    expect(page.episodes.items.length).toBeGreaterThan(0);
    const second = (await get('/v1/search?q=the&type=track&limit=10&offset=10')).json;
    expect(second.tracks.items[0].id).not.toBe(page.tracks.items[0].id);
    expect((await get('/v1/search?q=the&type=track&limit=11')).json).toEqual({
      error: { status: 400, message: 'Invalid limit' },
    });
    expect((await get('/v1/search?q=the&type=track&limit=0')).status).toBe(400);
    expect((await get('/v1/search?q=the&type=song')).status).toBe(400);
    expect((await get('/v1/search?type=track')).status).toBe(400);
  });

  it('understands field filters', async () => {
    const { get, emulator } = await signedIn();
    const track = [...emulator.store.tracks.values()][1234]!;
    const page = (await get(`/v1/search?type=track&q=${encodeURIComponent(`isrc:${track.isrc}`)}`))
      .json;
    expect(page.tracks.items.map((t: any) => t.id)).toEqual([track.id]);
  });
});

describe('removed endpoints', () => {
  it.each([
    ['GET', '/v1/playlists/37i9dQZF1DX9wC1KY45plY/tracks'],
    ['POST', '/v1/playlists/37i9dQZF1DX9wC1KY45plY/tracks'],
    ['GET', '/v1/users/demolistener/playlists'],
    ['GET', '/v1/recommendations'],
    ['PUT', '/v1/playlists/37i9dQZF1DX9wC1KY45plY/followers'],
    ['GET', '/v1/markets'],
  ])('%s %s answers 403 Forbidden', async (method, path) => {
    const { send } = await signedIn();
    expect((await send(method, path)).json).toEqual({
      error: { status: 403, message: 'Forbidden' },
    });
  });
});
