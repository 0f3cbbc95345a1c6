import { describe, expect, it } from 'vitest';
import { setup } from './test-helpers';

async function signedIn() {
  const env = setup();
  const { access_token: token } = await env.token();
  const get = (path: string) => env.call('GET', path, { token });
  const send = (method: string, path: string) => env.call(method, path, { token });
  return { ...env, get, send };
}

/** An artist who has albums of their own, singles and appearances on others' albums. */
function busyArtist(emulator: ReturnType<typeof setup>['emulator']) {
  const { artists, albums, tracks } = emulator.store;
  for (const artist of artists.values()) {
    const own = [...albums.values()].filter((a) => a.artistIds.includes(artist.id));
    const singles = own.filter((a) => a.albumType === 'single');
    const appears = [...albums.values()].some(
      (a) =>
        !a.artistIds.includes(artist.id) &&
        a.trackIds.some((t) => tracks.get(t)!.artistIds.includes(artist.id)),
    );
    if (own.length - singles.length > 10 && singles.length > 0 && appears) return artist;
  }
  throw new Error('no busy artist in the seed');
}

describe('GET /artists/{id}', () => {
  it('returns the artist without followers or popularity; bad and unknown ids fail as Spotify does', async () => {
    const { get, emulator } = await signedIn();
    const artist = busyArtist(emulator);
    const { json, status } = await get(`/v1/artists/${artist.id}`);
    expect(status).toBe(200);
    expect(json).toMatchObject({
      id: artist.id,
      name: artist.name,
      type: 'artist',
      uri: `spotify:artist:${artist.id}`,
      genres: artist.genres,
    });
    expect(json.images).toHaveLength(3);
    expect(json).not.toHaveProperty('followers');
    expect(json).not.toHaveProperty('popularity');
    expect((await get('/v1/artists/nope')).status).toBe(400);
    expect((await get('/v1/artists/0000000000000000000000')).json).toEqual({
      error: { status: 404, message: 'Resource not found' },
    });
  });
});

describe('GET /artists/{id}/albums', () => {
  it('pages at most 10, newest first, by include_groups', async () => {
    const { get, emulator } = await signedIn();
    const artist = busyArtist(emulator);
    const base = `/v1/artists/${artist.id}/albums`;
    expect((await get(base)).json.limit).toBe(5);
    expect((await get(`${base}?limit=11`)).json).toEqual({
      error: { status: 400, message: 'Invalid limit' },
    });
    expect((await get(`${base}?include_groups=live`)).status).toBe(400);

    const first = (await get(`${base}?include_groups=album&limit=10`)).json;
    expect(first.items).toHaveLength(10);
    expect(first.next).toContain('offset=10');
    const dates = first.items.map((a: { release_date: string }) => a.release_date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const album of first.items) {
      expect(album.album_type).toBe('album');
      expect(album.artists.map((a: { id: string }) => a.id)).toContain(artist.id);
      expect(album).not.toHaveProperty('album_group');
    }
    const singles = (await get(`${base}?include_groups=single&limit=10`)).json.items;
    expect(singles.length).toBeGreaterThan(0);
    expect(singles.every((a: { album_type: string }) => a.album_type === 'single')).toBe(true);
    const appears = (await get(`${base}?include_groups=appears_on&limit=10`)).json.items;
    expect(appears.length).toBeGreaterThan(0);
    for (const album of appears)
      expect(album.artists.map((a: { id: string }) => a.id)).not.toContain(artist.id);
  });
});

describe('GET /albums/{id} and its tracks', () => {
  it('returns the album with its tracks (no album inside each), and pages them', async () => {
    const { get, emulator } = await signedIn();
    const [id, album] = [...emulator.store.albums.entries()][0]!;
    const { json } = await get(`/v1/albums/${id}`);
    expect(json).toMatchObject({ id, name: album.name, type: 'album', total_tracks: 13 });
    expect(json).not.toHaveProperty('label');
    expect(json).not.toHaveProperty('popularity');
    expect(json.tracks.total).toBe(13);
    expect(json.tracks.items[2]).toMatchObject({
      track_number: 3,
      uri: `spotify:track:${album.trackIds[2]}`,
    });
    expect(json.tracks.items[0]).not.toHaveProperty('album');
    const page = (await get(`/v1/albums/${id}/tracks?limit=5&offset=10`)).json;
    expect(page.items.map((t: { track_number: number }) => t.track_number)).toEqual([11, 12, 13]);
    expect(page.next).toBeNull();
    expect((await get('/v1/albums/0000000000000000000000')).status).toBe(404);
  });
});

describe('following and saving through /me/library', () => {
  it('follows and unfollows an artist, saves and removes an album', async () => {
    const { get, send, emulator } = await signedIn();
    const artist = `spotify:artist:${busyArtist(emulator).id}`;
    const album = `spotify:album:${[...emulator.store.albums.keys()][0]}`;
    const contains = async () =>
      (await get(`/v1/me/library/contains?uris=${artist},${album}`)).json;
    expect(await contains()).toEqual([false, false]);
    expect((await send('PUT', `/v1/me/library?uris=${artist},${album}`)).status).toBe(200);
    expect(await contains()).toEqual([true, true]);
    await send('DELETE', `/v1/me/library?uris=${artist}`);
    expect(await contains()).toEqual([false, true]);
  });
});
