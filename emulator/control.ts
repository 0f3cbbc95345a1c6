/**
 * The control surface under /__emulator/ for tests, benchmarks and the demo: info,
 * reset, faults, settings, tokens, the clock and the request log. Documented in README.md.
 */
import type { Hono } from 'hono';
import { MANGLE_KINDS, type Mangle, type MangleEdit, type MangleKind } from './mangle';
import type { EmulatorContext } from './context';
import { REFRESH_TOKEN_LIFETIME } from './context';
import { DEMO_CLIENT_ID, DEMO_CLIENT_NAME, type LibraryKind } from './seed';
import { secureBase62 } from './random';
import type { Faults, Settings, WebPlaybackErrorType } from './store';

/** A malformed control request: 400 with a plain message. */
export class ControlError extends Error {}

function pick<T extends object>(
  target: T,
  patch: unknown,
  rules: { [K in keyof T]?: (value: unknown) => boolean },
) {
  if (typeof patch !== 'object' || patch === null) throw new ControlError('Expected a JSON object');
  for (const [key, value] of Object.entries(patch)) {
    const check = rules[key as keyof T];
    if (!check) throw new ControlError(`Unknown field: ${key}`);
    if (!check(value)) throw new ControlError(`Invalid value for ${key}`);
  }
  Object.assign(target, patch);
}

const isNumberIn = (min: number, max: number) => (v: unknown) =>
  typeof v === 'number' && v >= min && v <= max;
const isBoolean = (v: unknown) => typeof v === 'boolean';
const isMangle = (v: unknown) => {
  if (v === null) return true;
  const m = v as Partial<Mangle>;
  return (
    typeof m.path === 'string' &&
    Array.isArray(m.edits) &&
    m.edits.every(
      (e: Partial<MangleEdit> | null) =>
        isNumberIn(0, 1e9)(e?.node) && MANGLE_KINDS.includes(e!.kind as MangleKind),
    )
  );
};

const isSlowPages = (v: unknown) => {
  if (v === null) return true;
  const slow = v as Record<string, unknown>;
  return (
    typeof v === 'object' &&
    isNumberIn(0, 1e9)(slow.fromOffset) &&
    isNumberIn(0, 1e9)(slow.toOffset) &&
    isNumberIn(0, 60_000)(slow.latencyMs)
  );
};

export function registerControl(
  app: Hono,
  ctx: EmulatorContext,
  reset: (library: LibraryKind, keepSessions: boolean) => void,
) {
  const { store, clock } = ctx;
  const json = async (request: Request): Promise<unknown> => {
    const text = await request.text();
    if (!text) return {};
    try {
      return JSON.parse(text);
    } catch {
      throw new ControlError('Malformed json');
    }
  };

  app.get('/__emulator/info', (c) =>
    c.json({
      clientId: DEMO_CLIENT_ID,
      clientName: DEMO_CLIENT_NAME,
      redirectUris: store.clients.get(DEMO_CLIENT_ID)!.redirectUris,
      redirectUriRule: 'http://127.0.0.1:<any port>/callback',
      userId: store.demoUserId,
    }),
  );

  app.post('/__emulator/reset', async (c) => {
    const body = (await json(c.req.raw)) as { library?: unknown; keepSessions?: unknown };
    const library = body.library ?? 'demo';
    const keepSessions = body.keepSessions ?? false;
    if (library !== 'demo' && library !== 'empty')
      throw new ControlError('library must be "demo" or "empty"');
    if (!isBoolean(keepSessions)) throw new ControlError('keepSessions must be true or false');
    reset(library, keepSessions);
    return c.json({ ok: true, library, keepSessions });
  });

  app.get('/__emulator/faults', (c) => c.json(store.faults));
  app.patch('/__emulator/faults', async (c) => {
    const body = (await json(c.req.raw)) as Record<string, unknown>;
    const { rateLimit, ...rest } = body;
    pick<Omit<Faults, 'rateLimit'>>(store.faults, rest, {
      latencyMs: isNumberIn(0, 60_000),
      jitterMs: isNumberIn(0, 60_000),
      errorRate: isNumberIn(0, 1),
      errorStatus: (v) => v === 500 || v === 502 || v === 503,
      quotaExceeded: isBoolean,
      dropAfterCommit: isNumberIn(0, 1000),
      failNextPosts: isNumberIn(0, 1000),
      failWrite: isNumberIn(0, 1000),
      preflightLatency: isBoolean,
      itemPageMax: (v) => v === 50 || v === 100,
      itemPageOverMax: (v) => v === 'refuse' || v === 'shorten',
      hideRetryAfter: isBoolean,
      mangle: isMangle,
      slowItemPages: isSlowPages,
    });
    if (rateLimit === null) store.faults.rateLimit = null;
    else if (rateLimit !== undefined) {
      const { mode = 'retry-after', retryAfterSeconds } = rateLimit as {
        mode?: unknown;
        retryAfterSeconds?: unknown;
      };
      if (
        (mode !== 'retry-after' && mode !== 'hidden') ||
        !isNumberIn(1, 86_400)(retryAfterSeconds)
      ) {
        throw new ControlError(
          'rateLimit takes { mode: "retry-after" | "hidden", retryAfterSeconds: 1..86400 }',
        );
      }
      store.faults.rateLimit = { mode, seconds: retryAfterSeconds as number, until: null };
    }
    return c.json(store.faults);
  });

  app.get('/__emulator/settings', (c) => c.json(store.settings));
  app.patch('/__emulator/settings', async (c) => {
    pick<Settings>(store.settings, await json(c.req.raw), {
      accessTokenTtlSeconds: isNumberIn(1, 86_400),
      refreshRotation: isBoolean,
      premium: isBoolean,
      playerReasons: (v) => v === 'unknown' || v === 'specific',
      coverProcessingMs: isNumberIn(0, 600_000),
      webPlaybackDrm: isBoolean,
      autoplayBlocked: isBoolean,
    });
    return c.json(store.settings);
  });

  /** Issues tokens for the demo user without the consent page (tests and benchmarks). */
  app.post('/__emulator/tokens', async (c) => {
    const body = (await json(c.req.raw)) as { scopes?: unknown };
    const scopes = body.scopes ?? ALL_APP_SCOPES;
    if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string'))
      throw new ControlError('scopes must be a list');
    const family = secureBase62(16);
    const accessToken = `BQ${secureBase62(120)}`;
    const refreshToken = `AQ${secureBase62(128)}`;
    const base = {
      userId: store.demoUserId,
      clientId: DEMO_CLIENT_ID,
      scopes: scopes,
      family,
    };
    store.accessTokens.set(accessToken, {
      ...base,
      expiresAt: clock.now() + store.settings.accessTokenTtlSeconds * 1000,
    });
    store.refreshTokens.set(refreshToken, { ...base, consentAt: clock.now(), rotated: false });
    return c.json({
      access_token: accessToken,
      token_type: 'Bearer',
      scope: base.scopes.join(' '),
      expires_in: store.settings.accessTokenTtlSeconds,
      refresh_token: refreshToken,
    });
  });

  app.post('/__emulator/tokens/expire', (c) => {
    for (const token of store.accessTokens.values()) token.expiresAt = clock.now();
    return c.json({ expired: store.accessTokens.size });
  });

  app.post('/__emulator/tokens/revoke', (c) => {
    for (const token of store.refreshTokens.values()) store.revokedFamilies.add(token.family);
    return c.json({ revoked: store.refreshTokens.size });
  });

  app.get('/__emulator/clock', (c) =>
    c.json({ now: clock.now(), refreshTokenLifetimeMs: REFRESH_TOKEN_LIFETIME }),
  );
  app.post('/__emulator/clock', async (c) => {
    const { advanceMs } = (await json(c.req.raw)) as { advanceMs?: unknown };
    if (!isNumberIn(0, 10 * REFRESH_TOKEN_LIFETIME)(advanceMs))
      throw new ControlError('advanceMs must be a non-negative number');
    clock.advance(advanceMs as number);
    return c.json({ now: clock.now() });
  });

  // An SDK error for the browser players to report on their next poll (tests of error paths
  // that no switch produces, like playback_error).
  app.post('/__emulator/web-playback/events', async (c) => {
    const { type, message } = (await json(c.req.raw)) as { type?: unknown; message?: unknown };
    const types = [
      'initialization_error',
      'authentication_error',
      'account_error',
      'playback_error',
    ];
    if (typeof type !== 'string' || !types.includes(type) || typeof message !== 'string')
      throw new ControlError(`type must be one of ${types.join(', ')}, with a message`);
    store.player.webPlaybackEvents.push({ type: type as WebPlaybackErrorType, message });
    return c.json({ queued: store.player.webPlaybackEvents.length });
  });

  app.get('/__emulator/requests', (c) => {
    const since = Number(c.req.query('since') ?? 0);
    const prefix = c.req.query('path') ?? '';
    return c.json(store.requestLog.filter((r) => r.time >= since && r.path.startsWith(prefix)));
  });
  // A playlist's entries by name, so journeys can check what Spotify ended up with.
  app.get('/__emulator/playlists', (c) => {
    const name = c.req.query('name');
    const found = [...store.playlists.values()].filter((p) => !name || p.name === name);
    return c.json(
      found.map((p) => ({
        id: p.id,
        name: p.name,
        snapshotId: p.snapshotId,
        uris: p.entries.map((e) => e.uri),
        addedAt: p.entries.map((e) => e.addedAt),
        // What the Web API names each entry (a local file by its tags).
        titles: p.entries.map(
          (e) => e.local?.title ?? store.tracks.get(e.uri.split(':')[2] ?? '')?.name ?? null,
        ),
        saved: p.entries.map((e) => store.saved.has(e.uri)),
      })),
    );
  });
  app.delete('/__emulator/requests', (c) => {
    store.requestLog.length = 0;
    return c.json({ ok: true });
  });
}

/** Every scope the app asks for; the default for /__emulator/tokens. */
export const ALL_APP_SCOPES = [
  'user-read-private',
  'playlist-read-private',
  'playlist-read-collaborative',
  'playlist-modify-public',
  'playlist-modify-private',
  'ugc-image-upload',
  'user-library-read',
  'user-library-modify',
  'user-follow-read',
  'user-follow-modify',
  'user-read-playback-position',
  'user-read-playback-state',
  'user-modify-playback-state',
  'user-read-currently-playing',
  'user-read-recently-played',
  'streaming',
];
