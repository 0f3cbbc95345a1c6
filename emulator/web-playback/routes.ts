/**
 * The Web Playback SDK stand-in: the script a page loads instead of Spotify's
 * `https://sdk.scdn.co/spotify-player.js`, and the channel it talks over. Browser players
 * register as devices of the simulated player (so the Web API lists and controls them
 * like any other), read their state and send their own commands here, straight to the
 * emulator's store; nothing goes through /v1. See README.md "Playing in the browser".
 */
import { Hono } from 'hono';
import type { EmulatorContext } from '../context';
import { ApiProblem, jsonBody } from '../http';
import { createPlayer } from '../player';
import { secureHex } from '../random';
import { createSerializer } from '../serialize';
import type { DeviceRecord, WebPlaybackErrorType } from '../store';
import { bearer, requireScopes, type ApiEnv } from '../web-api/bearer';
import { sdkPlaybackState } from './sdk-state';

export const SDK_PATH = '/web-playback/spotify-player.js';

/**
 * The stand-in's source, read from beside this file. Through getBuiltinModule because
 * the unit tests compile the emulator with the app (browser types, no node: imports);
 * it runs in Node either way. The URL is built in two steps so Vite does not take it
 * for an asset.
 */
function readScript(): string {
  const fs = (
    globalThis as unknown as {
      process: { getBuiltinModule(id: 'node:fs'): { readFileSync(p: URL, e: 'utf8'): string } };
    }
  ).process.getBuiltinModule('node:fs');
  const here = import.meta.url;
  return fs.readFileSync(new URL('spotify-player.js', here), 'utf8');
}
const SCRIPT = readScript();

/** An SDK error the stand-in emits under its own name (account_error etc.). */
export class SdkProblem extends ApiProblem {
  constructor(
    status: 400 | 403,
    readonly type: WebPlaybackErrorType,
    message: string,
  ) {
    super(status, message);
  }
}

export function registerWebPlayback(app: Hono, ctx: EmulatorContext) {
  const { store, clock } = ctx;
  const player = createPlayer(store, clock);

  app.get(SDK_PATH, (c) =>
    c.body(
      SCRIPT.replace("'__EMULATOR_ORIGIN__'", JSON.stringify(new URL(c.req.url).origin)),
      200,
      {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-cache',
      },
    ),
  );

  const api = new Hono<ApiEnv>();
  api.use('/web-playback/devices', bearer(ctx));
  api.use('/web-playback/devices/*', bearer(ctx));

  const browserDevice = (id: string): DeviceRecord => {
    player.sync();
    const device = store.player.devices.find((d) => d.id === id && d.webPlayback);
    // The stand-in registers again when its device has been forgotten.
    if (!device) throw new ApiProblem(404, 'Device not found');
    device.webPlayback!.lastSeenAt = clock.now();
    return device;
  };

  // connect(): the checks Spotify's SDK makes, in its order, then the device joins the list.
  api.post('/web-playback/devices', async (c) => {
    if (!store.settings.webPlaybackDrm)
      throw new SdkProblem(400, 'initialization_error', 'Failed to initialize player');
    requireScopes(c, 'streaming');
    if (!store.settings.premium)
      throw new SdkProblem(
        403,
        'account_error',
        'This functionality is restricted to premium users only',
      );
    const body = await jsonBody(c);
    const name =
      typeof body.name === 'string' && body.name.trim() ? body.name.trim() : 'Web Player';
    const volume = typeof body.volume === 'number' ? Math.min(1, Math.max(0, body.volume)) : 1;
    player.sync();
    // A player that registers again (its device was forgotten) keeps its id.
    const asked = typeof body.device_id === 'string' ? body.device_id : undefined;
    const taken = asked !== undefined && store.player.devices.some((d) => d.id === asked);
    const known = store.player.devices.find((d) => d.id === asked && d.webPlayback);
    const device: DeviceRecord = known ?? {
      id: asked && /^[0-9a-f]{40}$/.test(asked) && !taken ? asked : secureHex(40),
      name,
      type: 'Computer',
      volumePercent: Math.round(volume * 100),
      supportsVolume: true,
      isRestricted: false,
    };
    device.name = name;
    device.webPlayback = { lastSeenAt: clock.now() };
    if (!known) store.player.devices.push(device);
    return c.json({ device_id: device.id });
  });

  api.delete('/web-playback/devices/:id', (c) => {
    player.sync();
    player.removeDevice(c.req.param('id'));
    return c.body(null, 204);
  });

  // The stand-in polls this: its state (null unless it is the active device), whether
  // the "browser" blocks autoplay, and any SDK events queued through the control API.
  api.get('/web-playback/devices/:id/state', (c) => {
    const device = browserDevice(c.req.param('id'));
    const serialize = createSerializer(store, new URL(c.req.url).origin);
    const events = store.player.webPlaybackEvents.splice(0);
    return c.json({
      state: sdkPlaybackState(store, player, serialize, clock, device.id),
      volume: (device.volumePercent ?? 100) / 100,
      autoplay_blocked: store.settings.autoplayBlocked,
      events,
    });
  });

  // The SDK's own controls act on this browser's playback only: they do nothing while
  // another device is the active one, as Spotify's do.
  api.post('/web-playback/devices/:id/commands', async (c) => {
    const device = browserDevice(c.req.param('id'));
    const { command, value } = await jsonBody(c);
    if (command === 'volume') {
      if (typeof value !== 'number' || value < 0 || value > 1)
        throw new ApiProblem(400, 'Invalid volume');
      device.volumePercent = Math.round(value * 100);
      return c.body(null, 204);
    }
    const s = store.player;
    if (s.activeDeviceId !== device.id || !s.currentUri) return c.body(null, 204);
    switch (command) {
      case 'pause':
        if (s.isPlaying) player.pause();
        break;
      case 'resume':
        if (!s.isPlaying) player.resume();
        break;
      case 'toggle':
        if (s.isPlaying) player.pause();
        else player.resume();
        break;
      case 'next':
        if (player.hasNext()) player.next();
        break;
      case 'previous':
        if (player.hasPrevious()) player.previous();
        break;
      case 'seek':
        if (typeof value !== 'number' || value < 0) throw new ApiProblem(400, 'Invalid position');
        player.seek(Math.round(value));
        break;
      default:
        throw new ApiProblem(400, 'Unknown command');
    }
    return c.body(null, 204);
  });

  app.route('/', api);
}
