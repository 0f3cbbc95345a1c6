import { describe, expect, it } from 'vitest';
import { WEB_PLAYBACK_SILENCE_LIMIT } from './player';
import { setup } from './test-helpers';
import { SDK_PATH } from './web-playback/routes';

async function browserPlayer(options?: Parameters<typeof setup>[0]) {
  const env = setup(options);
  const { access_token: token } = await env.token();
  const send = (method: string, path: string, body?: unknown) =>
    env.call(method, path, { token, body });
  const register = () =>
    send('POST', '/web-playback/devices', { name: 'Library Manager (this browser)', volume: 0.5 });
  const roadTrip = `spotify:playlist:${env.playlistId('Road Trip')}`;
  return { ...env, send, register, roadTrip };
}

describe('Web Playback SDK stand-in', () => {
  it('serves a script that knows the emulator origin, as JavaScript', async () => {
    const { call } = setup();
    const script = await call('GET', SDK_PATH);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.text).toContain(`const ORIGIN = "http://127.0.0.1:8787"`);
    expect(script.text).toContain('window.onSpotifyWebPlaybackSDKReady');
  });

  it('registers the browser as a Computer with volume, listed and playable through the Web API', async () => {
    const { register, send, roadTrip, emulator } = await browserPlayer();
    const { json, status } = await register();
    expect(status).toBe(200);
    const deviceId = json.device_id as string;
    expect(deviceId).toMatch(/^[0-9a-f]{40}$/);
    const devices = (await send('GET', '/v1/me/player/devices')).json.devices;
    expect(devices).toContainEqual(
      expect.objectContaining({
        id: deviceId,
        name: 'Library Manager (this browser)',
        type: 'Computer',
        supports_volume: true,
        volume_percent: 50,
        is_active: false,
      }),
    );

    expect(
      (await send('PUT', `/v1/me/player/play?device_id=${deviceId}`, { context_uri: roadTrip }))
        .status,
    ).toBe(204);
    const state = (await send('GET', `/web-playback/devices/${deviceId}/state`)).json.state;
    expect(state).toMatchObject({ paused: false, position: 0, context: { uri: roadTrip } });
    const first = emulator.store.playlists.get(roadTrip.split(':')[2]!)!.entries[0]!.uri;
    expect(state.track_window.current_track.uri).toBe(first);
    expect(state.track_window.next_tracks).toHaveLength(2);

    // Its own controls act on the simulated player.
    await send('POST', `/web-playback/devices/${deviceId}/commands`, { command: 'toggle' });
    expect(emulator.store.player.isPlaying).toBe(false);
    await send('POST', `/web-playback/devices/${deviceId}/commands`, {
      command: 'volume',
      value: 0.2,
    });
    expect((await send('GET', '/v1/me/player')).json.device).toMatchObject({
      id: deviceId,
      volume_percent: 20,
    });
  });

  it('reports no state while another device plays, and its commands change nothing then', async () => {
    const { register, send, roadTrip, emulator } = await browserPlayer();
    const deviceId = (await register()).json.device_id as string;
    const laptop = emulator.store.player.devices[0]!.id;
    await send('PUT', `/v1/me/player/play?device_id=${laptop}`, { context_uri: roadTrip });
    expect((await send('GET', `/web-playback/devices/${deviceId}/state`)).json.state).toBeNull();
    await send('POST', `/web-playback/devices/${deviceId}/commands`, { command: 'pause' });
    expect(emulator.store.player.isPlaying).toBe(true);
  });

  it('says why it cannot connect: scope (authentication), Premium (account), DRM (initialization)', async () => {
    const noScope = await browserPlayer();
    const { access_token: old } = await noScope.token(['user-read-playback-state']);
    const refused = await noScope.call('POST', '/web-playback/devices', {
      token: old,
      body: { name: 'x' },
    });
    expect(refused.status).toBe(403);

    const free = await browserPlayer({ settings: { premium: false } });
    expect((await free.register()).json).toEqual({
      error: { type: 'account_error', message: expect.stringMatching(/premium/i) },
    });

    const noDrm = await browserPlayer({ settings: { webPlaybackDrm: false } });
    expect((await noDrm.register()).json.error.type).toBe('initialization_error');

    const anonymous = await noDrm.call('POST', '/web-playback/devices', { body: {} });
    expect(anonymous.status).toBe(401);
  });

  it('leaves on disconnect (stopping its playback) and when it has been silent too long', async () => {
    const { register, send, roadTrip, emulator } = await browserPlayer();
    const deviceId = (await register()).json.device_id as string;
    await send('PUT', `/v1/me/player/play?device_id=${deviceId}`, { context_uri: roadTrip });
    expect((await send('DELETE', `/web-playback/devices/${deviceId}`)).status).toBe(204);
    expect((await send('GET', '/v1/me/player')).status).toBe(204);
    expect(emulator.store.player.devices).toHaveLength(3);

    const again = (await register()).json.device_id as string;
    emulator.clock.advance(WEB_PLAYBACK_SILENCE_LIMIT + 1);
    const devices = (await send('GET', '/v1/me/player/devices')).json.devices;
    expect(devices.map((d: any) => d.id)).not.toContain(again);
    // A forgotten device is told so, and may register again under the same id.
    expect((await send('GET', `/web-playback/devices/${again}/state`)).status).toBe(404);
    expect(
      (await send('POST', '/web-playback/devices', { name: 'Back', device_id: again })).json,
    ).toEqual({ device_id: again });
  });

  it('hands queued SDK errors and the autoplay switch to the next poll', async () => {
    const { register, send, call } = await browserPlayer({ settings: { autoplayBlocked: true } });
    const deviceId = (await register()).json.device_id as string;
    await call('POST', '/__emulator/web-playback/events', {
      body: { type: 'playback_error', message: 'Cannot play track' },
    });
    const first = (await send('GET', `/web-playback/devices/${deviceId}/state`)).json;
    expect(first.events).toEqual([{ type: 'playback_error', message: 'Cannot play track' }]);
    expect(first.autoplay_blocked).toBe(true);
    expect((await send('GET', `/web-playback/devices/${deviceId}/state`)).json.events).toEqual([]);
  });
});
