import { describe, expect, it } from 'vitest';
import { seedDevices } from './player';
import { setup } from './test-helpers';

const [laptop, speaker, phone] = seedDevices();

async function player(options?: Parameters<typeof setup>[0]) {
  const env = setup(options);
  const { access_token: token } = await env.token();
  const get = (path: string) => env.call('GET', path, { token });
  const send = (method: string, path: string, body?: unknown) =>
    env.call(method, path, { token, body });
  const state = async () => (await get('/v1/me/player')).json;
  const playlistUri = (name: string) => `spotify:playlist:${env.playlistId(name)}`;
  const roadTrip = () => env.emulator.store.playlists.get(env.playlistId('Road Trip'))!;
  return { ...env, get, send, state, playlistUri, roadTrip };
}

describe('simulated player', () => {
  it('is idle at first: 204 from /me/player and /currently-playing, NO_ACTIVE_DEVICE on commands', async () => {
    const { get, send } = await player();
    expect((await get('/v1/me/player')).status).toBe(204);
    expect((await get('/v1/me/player/currently-playing')).status).toBe(204);
    expect((await send('PUT', '/v1/me/player/pause')).json).toEqual({
      error: {
        status: 404,
        message: 'Player command failed: No active device found',
        reason: 'NO_ACTIVE_DEVICE',
      },
    });
    const devices = (await get('/v1/me/player/devices')).json.devices;
    expect(devices).toHaveLength(3);
    expect(devices.find((d: any) => d.name === 'Demo Phone')).toMatchObject({
      supports_volume: false,
      volume_percent: null,
    });
  });

  it('plays a playlist from an offset and advances with the clock', async () => {
    const { send, state, playlistUri, roadTrip, emulator } = await player();
    const res = await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {
      context_uri: playlistUri('Road Trip'),
      offset: { position: 3 },
    });
    expect(res.status).toBe(204);
    const entries = roadTrip().entries;
    let s = await state();
    expect(s).toMatchObject({
      is_playing: true,
      progress_ms: 0,
      device: { id: laptop!.id, is_active: true },
      context: { uri: playlistUri('Road Trip'), type: 'playlist' },
    });
    expect(s.item.uri).toBe(entries[3]!.uri);
    expect(s.actions).toEqual({ disallows: { resuming: true } });
    expect(s).toHaveProperty('smart_shuffle', false);

    emulator.clock.advance(10_000);
    s = await state();
    expect(s.progress_ms).toBe(10_000);

    // Past the end of the track: the next one plays and the finished one is recorded.
    emulator.clock.advance(s.item.duration_ms);
    s = await state();
    expect(s.item.uri).toBe(entries[4]!.uri);
    expect(s.progress_ms).toBe(10_000);
    const recent = (await send('GET', '/v1/me/player/recently-played?limit=1')).json;
    expect(recent.items[0].track.uri).toBe(entries[3]!.uri);
    expect(recent.items[0].context.uri).toBe(playlistUri('Road Trip'));
  });

  it('pauses, resumes, and refuses to pause twice (Restriction violated)', async () => {
    const { send, state, playlistUri, emulator } = await player();
    await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {
      context_uri: playlistUri('Road Trip'),
    });
    expect((await send('PUT', '/v1/me/player/pause')).status).toBe(204);
    emulator.clock.advance(60_000);
    const s = await state();
    expect(s).toMatchObject({
      is_playing: false,
      progress_ms: 0,
      actions: { disallows: { pausing: true } },
    });
    expect((await send('PUT', '/v1/me/player/pause')).json).toEqual({
      error: {
        status: 403,
        message: 'Player command failed: Restriction violated',
        reason: 'UNKNOWN',
      },
    });
    expect((await send('PUT', '/v1/me/player/play')).status).toBe(204);
    expect((await state()).is_playing).toBe(true);
    expect((await send('PUT', '/v1/me/player/play')).json.error.reason).toBe('UNKNOWN');
  });

  it('names the restriction when specific reasons are switched on', async () => {
    const { send, playlistUri } = await player({ settings: { playerReasons: 'specific' } });
    await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {
      context_uri: playlistUri('Road Trip'),
    });
    expect((await send('POST', '/v1/me/player/previous')).json.error.reason).toBe('NO_PREV_TRACK');
  });

  it('skips next and previous, seeks, and seeking past the end moves on', async () => {
    const { send, state, playlistUri, roadTrip } = await player();
    const entries = roadTrip().entries;
    await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {
      context_uri: playlistUri('Road Trip'),
    });
    await send('POST', '/v1/me/player/next');
    expect((await state()).item.uri).toBe(entries[1]!.uri);
    await send('POST', '/v1/me/player/previous');
    expect((await state()).item.uri).toBe(entries[0]!.uri);
    await send('PUT', '/v1/me/player/seek?position_ms=30000');
    expect((await state()).progress_ms).toBe(30_000);
    await send('PUT', '/v1/me/player/seek?position_ms=99999999');
    expect((await state()).item.uri).toBe(entries[1]!.uri);
    expect((await send('PUT', '/v1/me/player/seek')).status).toBe(400);
    expect((await send('PUT', '/v1/me/player/seek?position_ms=-5')).status).toBe(400);
  });

  it('repeats a track or the context, and stops at the end without repeat', async () => {
    const { send, state, playlistUri, roadTrip, emulator } = await player();
    const entries = roadTrip().entries;
    await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {
      context_uri: playlistUri('Road Trip'),
      offset: { position: 24 },
    });
    await send('PUT', '/v1/me/player/repeat?state=track');
    let s = await state();
    expect(s.repeat_state).toBe('track');
    emulator.clock.advance(s.item.duration_ms + 1000);
    expect((await state()).item.uri).toBe(entries[24]!.uri);

    await send('PUT', '/v1/me/player/repeat?state=context');
    await send('POST', '/v1/me/player/next');
    expect((await state()).item.uri).toBe(entries[0]!.uri);

    await send('PUT', '/v1/me/player/repeat?state=off');
    await send('PUT', '/v1/me/player/play', {
      context_uri: playlistUri('Road Trip'),
      offset: { position: 24 },
    });
    s = await state();
    emulator.clock.advance(s.item.duration_ms + 1000);
    s = await state();
    expect(s.is_playing).toBe(false);
    expect((await send('PUT', '/v1/me/player/repeat?state=sometimes')).status).toBe(400);
  });

  it('shuffles the rest of the context and keeps the current item', async () => {
    const { send, state, get, playlistUri, roadTrip } = await player();
    await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {
      context_uri: playlistUri('Road Trip'),
    });
    await send('PUT', '/v1/me/player/shuffle?state=true');
    const s = await state();
    expect(s.shuffle_state).toBe(true);
    expect(s.item.uri).toBe(roadTrip().entries[0]!.uri);
    const upcoming = (await get('/v1/me/player/queue')).json.queue.map((t: any) => t.uri);
    expect(upcoming).toHaveLength(20);
    expect(upcoming).not.toEqual(
      roadTrip()
        .entries.slice(1, 21)
        .map((e) => e.uri),
    );
    expect((await send('PUT', '/v1/me/player/shuffle?state=maybe')).status).toBe(400);
  });

  it('plays queued items next and lists them first in the queue', async () => {
    const { send, state, get, playlistUri, emulator } = await player();
    const queued = `spotify:track:${[...emulator.store.tracks.keys()][4321]}`;
    await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {
      context_uri: playlistUri('Road Trip'),
    });
    expect(
      (await send('POST', `/v1/me/player/queue?uri=${encodeURIComponent(queued)}`)).status,
    ).toBe(204);
    const queue = (await get('/v1/me/player/queue')).json;
    expect(queue.queue[0].uri).toBe(queued);
    expect(queue.currently_playing.uri).not.toBe(queued);
    await send('POST', '/v1/me/player/next');
    expect((await state()).item.uri).toBe(queued);
    expect((await send('POST', '/v1/me/player/queue?uri=spotify:local:a:b:c:1')).status).toBe(400);
  });

  it('skips local files and unavailable items in a context', async () => {
    const { send, state, playlistUri, emulator, playlistId } = await player();
    await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {
      context_uri: playlistUri('Local Files Mix'),
      offset: { position: 0 },
    });
    const entries = emulator.store.playlists.get(playlistId('Local Files Mix'))!.entries;
    expect((await state()).item.uri).toBe(entries[1]!.uri);
  });

  it('checks play bodies like Spotify', async () => {
    const { send, playlistUri, emulator } = await player();
    const artist = [...emulator.store.artists.keys()][0];
    const play = (body: unknown) => send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, body);
    expect(
      (await play({ context_uri: `spotify:artist:${artist}`, offset: { position: 1 } })).json.error
        .message,
    ).toBe("Can't have offset for context type: ARTIST");
    expect(
      (await play({ context_uri: playlistUri('Road Trip'), offset: {} })).json.error.message,
    ).toBe('At least one of "uri" or "position" should be specified');
    expect(
      (await play({ context_uri: playlistUri('Road Trip'), offset: { position: 25 } })).json.error
        .message,
    ).toBe('position out of range');
    expect((await play('{oops')).json.error.message).toBe('Malformed json');
    expect((await play({ uris: ['spotify:local:x:y:z:1'] })).status).toBe(400);
    expect((await send('PUT', '/v1/me/player/play?device_id=nope', {})).json).toEqual({
      error: { status: 404, message: 'Device not found' },
    });
  });

  it('transfers playback keeping play state, and needs exactly one device id', async () => {
    const { send, state, playlistUri } = await player();
    await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {
      context_uri: playlistUri('Road Trip'),
    });
    expect((await send('PUT', '/v1/me/player', { device_ids: [speaker!.id] })).status).toBe(204);
    expect(await state()).toMatchObject({
      is_playing: true,
      device: { id: speaker!.id, is_active: true },
    });
    expect((await send('PUT', '/v1/me/player', {})).json.error.message).toBe(
      'Required field device_ids missing',
    );
    expect(
      (await send('PUT', '/v1/me/player', { device_ids: [laptop!.id, speaker!.id] })).status,
    ).toBe(400);
  });

  it('refuses volume on a device without volume support (VOLUME_CONTROL_DISALLOW)', async () => {
    const { send, get, playlistUri } = await player();
    await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {
      context_uri: playlistUri('Road Trip'),
    });
    expect((await send('PUT', '/v1/me/player/volume?volume_percent=30')).status).toBe(204);
    expect((await get('/v1/me/player')).json.device.volume_percent).toBe(30);
    expect((await send('PUT', '/v1/me/player/volume?volume_percent=101')).status).toBe(400);
    await send('PUT', '/v1/me/player', { device_ids: [phone!.id] });
    expect((await send('PUT', '/v1/me/player/volume?volume_percent=30')).json).toEqual({
      error: {
        status: 403,
        message: 'Player command failed: Cannot control device volume',
        reason: 'VOLUME_CONTROL_DISALLOW',
      },
    });
  });

  it('answers PREMIUM_REQUIRED when premium is switched off', async () => {
    const { send, call } = await player();
    await call('PATCH', '/__emulator/settings', { body: { premium: false } });
    expect((await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {})).json).toEqual({
      error: {
        status: 403,
        message: 'Player command failed: Premium required',
        reason: 'PREMIUM_REQUIRED',
      },
    });
  });

  it('lets an idle device go inactive', async () => {
    const { send, get, playlistUri, emulator } = await player();
    await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {
      context_uri: playlistUri('Road Trip'),
    });
    await send('PUT', '/v1/me/player/pause');
    emulator.clock.advance(31 * 60_000);
    expect((await get('/v1/me/player')).status).toBe(204);
  });

  it('shows currently-playing without device, repeat and shuffle', async () => {
    const { send, get, playlistUri } = await player();
    await send('PUT', `/v1/me/player/play?device_id=${laptop!.id}`, {
      context_uri: playlistUri('Road Trip'),
    });
    const current = (await get('/v1/me/player/currently-playing')).json;
    expect(current).toMatchObject({ is_playing: true, currently_playing_type: 'track' });
    for (const key of ['device', 'repeat_state', 'shuffle_state'])
      expect(current).not.toHaveProperty(key);
  });

  it('pages recently played by cursor, with null cursors on the empty last page', async () => {
    const { get } = await player();
    const first = (await get('/v1/me/player/recently-played?limit=20')).json;
    expect(first.items).toHaveLength(20);
    expect(first).not.toHaveProperty('total');
    expect(Number(first.cursors.before)).toBe(Date.parse(first.items[19].played_at));
    const next = new URL(first.next);
    const second = (await get(`${next.pathname}${next.search}`)).json;
    expect(second.items).toHaveLength(10);
    expect(Date.parse(second.items[0].played_at)).toBeLessThan(
      Date.parse(first.items[19].played_at),
    );
    const last = new URL(second.next);
    const empty = (await get(`${last.pathname}${last.search}`)).json;
    expect(empty).toMatchObject({ items: [], cursors: null, next: null });
    expect((await get('/v1/me/player/recently-played?after=1&before=2')).status).toBe(400);
  });
});
