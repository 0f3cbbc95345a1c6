/** The /me/player endpoints over the simulated player (docs/spotify-api.md#player), with Spotify's error matrix. */
import type { Context as HonoContext, Hono } from 'hono';
import type {
  Context,
  CurrentlyPlaying,
  CursorPaging,
  Device,
  PlaybackState,
  PlayHistory,
  PlayerActions,
  Queue,
} from '../../src/api/spotify-types';
import type { EmulatorContext } from '../context';
import { ApiProblem, intParam, jsonBody } from '../http';
import { createPlayer } from '../player';
import { createSerializer } from '../serialize';
import type { DeviceRecord } from '../store';
import { requireScopes, type ApiEnv } from './bearer';
import { wantsEpisodes } from './playlists';

const MODIFY = 'user-modify-playback-state';
const PLAYABLE_URI = /^spotify:(track|episode):([0-9A-Za-z]{22})$/;
const CONTEXT_URI = /^spotify:(playlist|album|artist|show):([0-9A-Za-z]{22})$/;

type C = HonoContext<ApiEnv>;

export function registerPlayer(app: Hono<ApiEnv>, ctx: EmulatorContext) {
  const { store, clock } = ctx;
  const player = createPlayer(store, clock);
  const state = () => store.player;

  const deviceJson = (d: DeviceRecord): Device => ({
    id: d.id,
    is_active: d.id === state().activeDeviceId,
    is_private_session: false,
    is_restricted: d.isRestricted,
    name: d.name,
    type: d.type,
    volume_percent: d.volumePercent,
    supports_volume: d.supportsVolume,
  });

  /** Every write: the scope, Premium, then the target device (or the active one). */
  const command = (c: C): DeviceRecord => {
    requireScopes(c, MODIFY);
    if (!store.settings.premium)
      throw new ApiProblem(403, 'Player command failed: Premium required', 'PREMIUM_REQUIRED');
    player.sync();
    const deviceId = c.req.query('device_id');
    const device = deviceId
      ? store.player.devices.find((d) => d.id === deviceId)
      : store.player.devices.find((d) => d.id === state().activeDeviceId);
    if (!device) {
      if (deviceId) throw new ApiProblem(404, 'Device not found');
      throw new ApiProblem(
        404,
        'Player command failed: No active device found',
        'NO_ACTIVE_DEVICE',
      );
    }
    if (device.isRestricted)
      throw new ApiProblem(
        403,
        'Player command failed: Device is not controllable',
        'DEVICE_NOT_CONTROLLABLE',
      );
    return device;
  };
  const activate = (device: DeviceRecord) => {
    state().activeDeviceId = device.id;
  };

  const contextJson = (uri: string | null, origin: string): Context | null => {
    if (!uri) return null;
    const [, type = '', id = ''] = uri.split(':');
    const serialize = createSerializer(store, origin);
    return {
      type,
      uri,
      href: serialize.api(`/${type}s/${id}`),
      external_urls: { spotify: `https://open.spotify.com/${type}/${id}` },
    };
  };

  const actions = (): PlayerActions => {
    const s = state();
    const disallows: PlayerActions['disallows'] = {};
    if (s.isPlaying) disallows.resuming = true;
    else disallows.pausing = true;
    if (!player.hasNext()) disallows.skipping_next = true;
    if (!player.hasPrevious()) disallows.skipping_prev = true;
    return { disallows };
  };

  const playback = (c: C): PlaybackState | null => {
    player.sync();
    const s = state();
    const device = s.devices.find((d) => d.id === s.activeDeviceId);
    if (!device || !s.currentUri) return null;
    const serialize = createSerializer(store, new URL(c.req.url).origin);
    const isEpisode = s.currentUri.startsWith('spotify:episode:');
    // Episodes come back as item null without additional_types=episode.
    const item =
      isEpisode && !wantsEpisodes(c.req.query('additional_types'))
        ? null
        : serialize.playable(s.currentUri);
    return {
      device: deviceJson(device),
      repeat_state: s.repeat,
      shuffle_state: s.shuffle,
      smart_shuffle: false,
      context: contextJson(s.contextUri, new URL(c.req.url).origin),
      timestamp: clock.now(),
      progress_ms: s.progressMs,
      is_playing: s.isPlaying,
      item,
      currently_playing_type: isEpisode ? 'episode' : 'track',
      actions: actions(),
    };
  };

  /** The playable URIs of a context, null where an entry cannot be played. */
  const contextItems = (uri: string): (string | null)[] => {
    const match = CONTEXT_URI.exec(uri);
    if (!match) throw new ApiProblem(400, 'Invalid context uri');
    const [, type, id] = match as unknown as [string, string, string];
    if (type === 'playlist') {
      const playlist = store.playlists.get(id);
      if (!playlist) throw new ApiProblem(404, 'Not found.');
      return playlist.entries.map((e) => (e.local || e.unavailable ? null : e.uri));
    }
    if (type === 'album') {
      const album = store.albums.get(id);
      if (!album) throw new ApiProblem(404, 'Not found.');
      return album.trackIds.map((t) => `spotify:track:${t}`);
    }
    if (type === 'show') {
      const show = store.shows.get(id);
      if (!show) throw new ApiProblem(404, 'Not found.');
      return show.episodeIds.map((e) => `spotify:episode:${e}`);
    }
    if (!store.artists.has(id)) throw new ApiProblem(404, 'Not found.');
    return [...store.tracks.values()]
      .filter((t) => t.artistIds.includes(id))
      .slice(0, 10)
      .map((t) => `spotify:track:${t.id}`);
  };

  app.get('/v1/me/player', (c) => {
    requireScopes(c, 'user-read-playback-state');
    const result = playback(c);
    return result ? c.json(result) : c.body(null, 204);
  });

  app.get('/v1/me/player/currently-playing', (c) => {
    requireScopes(c, 'user-read-currently-playing');
    const result = playback(c);
    if (!result) return c.body(null, 204);
    const { device: _d, repeat_state: _r, shuffle_state: _s, ...rest } = result;
    const current: CurrentlyPlaying = rest;
    return c.json(current);
  });

  app.get('/v1/me/player/devices', (c) => {
    requireScopes(c, 'user-read-playback-state');
    player.sync();
    return c.json({ devices: store.player.devices.map(deviceJson) });
  });

  app.put('/v1/me/player', async (c) => {
    requireScopes(c, MODIFY);
    if (!store.settings.premium)
      throw new ApiProblem(403, 'Player command failed: Premium required', 'PREMIUM_REQUIRED');
    player.sync();
    const body = await jsonBody(c);
    const ids = body.device_ids;
    if (ids === undefined) throw new ApiProblem(400, 'Required field device_ids missing');
    if (!Array.isArray(ids) || ids.length !== 1 || typeof ids[0] !== 'string') {
      throw new ApiProblem(400, 'Exactly one device id is supported');
    }
    if (body.play !== undefined && typeof body.play !== 'boolean')
      throw new ApiProblem(400, 'Invalid value for play');
    const device = store.player.devices.find((d) => d.id === ids[0]);
    if (!device) throw new ApiProblem(404, 'Device not found');
    activate(device);
    // play: true starts playback there; otherwise the current state carries over.
    if (body.play === true && state().currentUri) state().isPlaying = true;
    if (!state().isPlaying) player.markIdle();
    return c.body(null, 204);
  });

  app.put('/v1/me/player/play', async (c) => {
    const device = command(c);
    const body = await jsonBody(c);
    const { context_uri: contextUri, uris, offset, position_ms: positionMs } = body;
    if (
      positionMs !== undefined &&
      (typeof positionMs !== 'number' || !Number.isInteger(positionMs) || positionMs < 0)
    ) {
      throw new ApiProblem(400, 'Invalid position_ms');
    }
    if (contextUri !== undefined && uris !== undefined)
      throw new ApiProblem(400, 'Only one of context_uri and uris can be given');

    if (contextUri === undefined && uris === undefined) {
      if (offset !== undefined) throw new ApiProblem(400, 'Offset needs a context_uri or uris');
      const s = state();
      if (!s.currentUri) throw player.restriction('NO_SPECIFIC_TRACK');
      if (s.isPlaying && s.activeDeviceId === device.id && positionMs === undefined)
        throw player.restriction('ALREADY_PLAYING');
      activate(device);
      if (positionMs !== undefined) player.seek(positionMs);
      player.resume();
      return c.body(null, 204);
    }

    let items: (string | null)[];
    let context: string | null = null;
    if (contextUri !== undefined) {
      if (typeof contextUri !== 'string') throw new ApiProblem(400, 'Invalid context uri');
      items = contextItems(contextUri);
      context = contextUri;
    } else {
      if (!Array.isArray(uris) || uris.length === 0) throw new ApiProblem(400, 'Invalid uris');
      items = uris.map((u) => {
        if (typeof u !== 'string' || !PLAYABLE_URI.test(u))
          throw new ApiProblem(400, `Invalid track uri: ${String(u)}`);
        return u;
      });
    }

    let start = 0;
    if (offset !== undefined) {
      if (context?.startsWith('spotify:artist:'))
        throw new ApiProblem(400, "Can't have offset for context type: ARTIST");
      if (typeof offset !== 'object' || offset === null)
        throw new ApiProblem(400, 'Malformed json');
      const { position, uri } = offset as { position?: unknown; uri?: unknown };
      if (position === undefined && uri === undefined) {
        throw new ApiProblem(400, 'At least one of "uri" or "position" should be specified');
      }
      if (position !== undefined) {
        if (typeof position !== 'number' || !Number.isInteger(position) || position < 0)
          throw new ApiProblem(400, 'Invalid offset');
        if (position >= items.length) throw new ApiProblem(400, 'position out of range');
        start = position;
      } else {
        start = items.indexOf(typeof uri === 'string' ? uri : '');
        if (start === -1) throw new ApiProblem(400, 'Invalid offset');
      }
    }
    // An unplayable entry (local file, unavailable) is skipped, as Spotify's apps do.
    while (start < items.length && !items[start]) start++;
    if (start >= items.length) throw player.restriction('NO_SPECIFIC_TRACK');
    activate(device);
    player.load(context, items, start, positionMs ?? 0);
    return c.body(null, 204);
  });

  app.put('/v1/me/player/pause', (c) => {
    command(c);
    player.pause();
    return c.body(null, 204);
  });

  app.post('/v1/me/player/next', (c) => {
    command(c);
    player.next();
    return c.body(null, 204);
  });

  app.post('/v1/me/player/previous', (c) => {
    command(c);
    player.previous();
    return c.body(null, 204);
  });

  app.put('/v1/me/player/seek', (c) => {
    command(c);
    const raw = c.req.query('position_ms');
    if (raw === undefined) throw new ApiProblem(400, 'Missing required parameter: position_ms');
    player.seek(
      intParam(raw, {
        min: 0,
        max: Number.MAX_SAFE_INTEGER,
        fallback: 0,
        message: 'Invalid position_ms',
      }),
    );
    return c.body(null, 204);
  });

  app.put('/v1/me/player/repeat', (c) => {
    command(c);
    const value = c.req.query('state');
    if (value !== 'track' && value !== 'context' && value !== 'off')
      throw new ApiProblem(400, 'Invalid state');
    state().repeat = value;
    return c.body(null, 204);
  });

  app.put('/v1/me/player/shuffle', (c) => {
    command(c);
    const value = c.req.query('state');
    if (value !== 'true' && value !== 'false') throw new ApiProblem(400, 'Invalid state');
    player.setShuffle(value === 'true');
    return c.body(null, 204);
  });

  app.put('/v1/me/player/volume', (c) => {
    const device = command(c);
    const raw = c.req.query('volume_percent');
    if (raw === undefined) throw new ApiProblem(400, 'Missing required parameter: volume_percent');
    const volume = intParam(raw, {
      min: 0,
      max: 100,
      fallback: 0,
      message: 'Invalid volume_percent',
    });
    if (!device.supportsVolume) {
      throw new ApiProblem(
        403,
        'Player command failed: Cannot control device volume',
        'VOLUME_CONTROL_DISALLOW',
      );
    }
    device.volumePercent = volume;
    return c.body(null, 204);
  });

  app.get('/v1/me/player/queue', (c) => {
    requireScopes(c, 'user-read-currently-playing', 'user-read-playback-state');
    player.sync();
    const s = state();
    const serialize = createSerializer(store, new URL(c.req.url).origin);
    if (!s.activeDeviceId || !s.currentUri)
      return c.json({ currently_playing: null, queue: [] } satisfies Queue);
    const result: Queue = {
      currently_playing: serialize.playable(s.currentUri),
      queue: player.upcoming().flatMap((uri) => serialize.playable(uri) ?? []),
    };
    return c.json(result);
  });

  app.post('/v1/me/player/queue', (c) => {
    command(c);
    const uri = c.req.query('uri');
    if (!uri) throw new ApiProblem(400, 'Missing required parameter: uri');
    if (!PLAYABLE_URI.test(uri) || !createSerializer(store, '').playable(uri))
      throw new ApiProblem(400, `Invalid uri: ${uri}`);
    state().queue.push(uri);
    return c.body(null, 204);
  });

  app.get('/v1/me/player/recently-played', (c) => {
    requireScopes(c, 'user-read-recently-played');
    player.sync();
    const limit = intParam(c.req.query('limit'), {
      min: 1,
      max: 50,
      fallback: 20,
      message: 'Invalid limit',
    });
    const after = c.req.query('after');
    const before = c.req.query('before');
    if (after !== undefined && before !== undefined)
      throw new ApiProblem(400, 'Only one of after or before can be specified');
    const cursorRule = {
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      fallback: 0,
      message: 'Invalid cursor',
    };
    const history = state().history; // newest first
    const page =
      before !== undefined
        ? history.filter((h) => h.playedAt < intParam(before, cursorRule)).slice(0, limit)
        : after !== undefined
          ? history.filter((h) => h.playedAt > intParam(after, cursorRule)).slice(-limit)
          : history.slice(0, limit);
    const serialize = createSerializer(store, new URL(c.req.url).origin);
    const url = new URL(c.req.url);
    const items: PlayHistory[] = page.map((h) => ({
      track: serialize.track(h.uri.slice('spotify:track:'.length)),
      played_at: new Date(h.playedAt).toISOString(),
      context: contextJson(h.contextUri, url.origin),
    }));
    const oldest = page.at(-1);
    const newest = page[0];
    const next = new URL(url);
    next.searchParams.delete('after');
    if (oldest) next.searchParams.set('before', String(oldest.playedAt));
    next.searchParams.set('limit', String(limit));
    // total is in the spec but not returned (docs/spotify-api.md#paging); an empty page has null cursors and next.
    const result: CursorPaging<PlayHistory> = {
      href: url.toString(),
      limit,
      next: oldest ? next.toString() : null,
      cursors:
        oldest && newest
          ? { after: String(newest.playedAt), before: String(oldest.playedAt) }
          : null,
      items,
    };
    return c.json(result);
  });
}
