/**
 * createEmulator: the local Spotify (Accounts service + Web API) as one Hono app.
 * The same object serves `npm run emulator`, Playwright's webServer and, in-process,
 * the unit tests (src/testing forwards msw requests to `fetch`).
 */
import { Hono } from 'hono';
import { registerAuthorize } from './accounts/authorize';
import { registerToken } from './accounts/token';
import { createClock, type Clock } from './clock';
import type { EmulatorContext } from './context';
import { ControlError, registerControl } from './control';
import { corsMiddleware, faultMiddleware, finishResponse } from './faults';
import { mangleMiddleware } from './mangle';
import { conditionalGetMiddleware } from './conditional-get';
import { ApiProblem, OAuthProblem } from './http';
import { registerImages } from './images';
import { emptyPlayer } from './player';
import {
  DEMO_CLIENT_ID,
  DEMO_CLIENT_NAME,
  DEMO_USER_ID,
  emptyCatalog,
  seedStore,
  type LibraryKind,
} from './seed';
import { defaultFaults, type Faults, type Settings, type Store } from './store';
import { bearer, type ApiEnv } from './web-api/bearer';
import { registerCatalog } from './web-api/catalog';
import { registerLibrary } from './web-api/library';
import { registerSaved } from './web-api/saved';
import { registerPlayer } from './web-api/player-routes';
import { registerPlaylistItems } from './web-api/playlist-items';
import { registerPlaylists } from './web-api/playlists';
import { registerRemoved } from './web-api/removed';
import { registerSearch } from './web-api/search';
import { registerWebPlayback, SdkProblem } from './web-playback/routes';

export { DEMO_CLIENT_ID, DEMO_USER_ID } from './seed';
export type { Store } from './store';

export interface EmulatorOptions {
  library?: LibraryKind;
  /** Start the clock at this time (ms since epoch) instead of now. */
  now?: number;
  /** A manual clock stands still until advanced (tests); the default follows real time. */
  manualClock?: boolean;
  settings?: Partial<Settings>;
  faults?: Partial<Faults>;
  /** Keep a log of Web API and Accounts requests (on by default). */
  logRequests?: boolean;
}

const REQUEST_LOG_LIMIT = 100_000;

function defaultSettings(): Settings {
  return {
    accessTokenTtlSeconds: 3600,
    refreshRotation: false,
    premium: true,
    playerReasons: 'unknown',
    coverProcessingMs: 1500,
    webPlaybackDrm: true,
    autoplayBlocked: false,
  };
}

function newStore(clock: Clock, options: EmulatorOptions): Store {
  const store: Store = {
    ...emptyCatalog(),
    playlists: new Map(),
    libraryPlaylists: [],
    saved: new Map(),
    clients: new Map([
      [
        DEMO_CLIENT_ID,
        { id: DEMO_CLIENT_ID, name: DEMO_CLIENT_NAME, redirectUris: ['http://127.0.0.1/callback'] },
      ],
    ]),
    codes: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    revokedFamilies: new Set(),
    player: emptyPlayer(clock.now()),
    faults: { ...defaultFaults(), ...options.faults },
    settings: { ...defaultSettings(), ...options.settings },
    requestLog: [],
    demoUserId: DEMO_USER_ID,
    nextEntryKey: 1,
  };
  seedStore(store, options.library ?? 'demo', clock.now());
  return store;
}

/**
 * Carries the tokens issued so far into a fresh store, valid again as if just issued (not
 * expired, rotated or revoked), so a reset between journeys keeps the person signed in.
 */
function renewSessions(old: Store, fresh: Store, now: number) {
  for (const [token, access] of old.accessTokens)
    fresh.accessTokens.set(token, {
      ...access,
      expiresAt: now + fresh.settings.accessTokenTtlSeconds * 1000,
    });
  for (const [token, refresh] of old.refreshTokens)
    fresh.refreshTokens.set(token, { ...refresh, consentAt: now, rotated: false });
}

export function createEmulator(options: EmulatorOptions = {}) {
  const clock = createClock({ start: options.now, manual: options.manualClock });
  const ctx: EmulatorContext = { store: newStore(clock, options), clock };

  const app = new Hono();
  app.onError((error, c) => {
    if (error instanceof SdkProblem)
      return c.json({ error: { type: error.type, message: error.message } }, error.status);
    if (error instanceof ApiProblem) return c.json(error.body(), error.status);
    if (error instanceof OAuthProblem) return c.json(error.body(), error.status);
    if (error instanceof ControlError) return c.json({ error: error.message }, 400);
    console.error('emulator: unexpected error', error);
    return c.json({ error: { status: 500, message: 'Internal emulator error' } }, 500);
  });

  if (options.logRequests !== false) {
    app.use('*', async (c, next) => {
      await next();
      const url = new URL(c.req.url);
      if (
        url.pathname.startsWith('/__emulator') ||
        url.pathname.startsWith('/images') ||
        url.pathname.startsWith('/web-playback') ||
        c.req.method === 'OPTIONS'
      )
        return;
      const log = ctx.store.requestLog;
      // Write bodies are kept so tests can check what the app asked for (e.g. insert_before).
      const write = c.req.method !== 'GET' && url.pathname.startsWith('/v1/');
      const body = write ? await c.req.text().catch(() => undefined) : undefined;
      log.push({
        time: ctx.clock.now(),
        method: c.req.method,
        path: url.pathname,
        query: url.search,
        status: c.res.status,
        ...(body ? { body } : {}),
      });
      if (log.length > REQUEST_LOG_LIMIT) log.splice(0, log.length - REQUEST_LOG_LIMIT);
    });
  }
  app.use('*', corsMiddleware(ctx));

  registerAuthorize(app, ctx);
  app.use('/api/token', faultMiddleware(ctx));
  registerToken(app, ctx);

  const api = new Hono<ApiEnv>();
  api.use('/v1/*', conditionalGetMiddleware());
  api.use('/v1/*', mangleMiddleware(ctx));
  api.use('/v1/*', faultMiddleware(ctx));
  api.use('/v1/*', bearer(ctx));
  registerRemoved(api);
  registerLibrary(api, ctx);
  registerSaved(api, ctx);
  registerPlaylists(api, ctx);
  registerPlaylistItems(api, ctx);
  registerSearch(api, ctx);
  registerCatalog(api, ctx);
  registerPlayer(api, ctx);
  api.all('/v1/*', () => {
    throw new ApiProblem(404, 'Service not found');
  });
  app.route('/', api);

  registerWebPlayback(app, ctx);
  registerImages(app, ctx);
  registerControl(app, ctx, (library, keepSessions) => {
    const fresh = newStore(clock, { ...options, library });
    if (keepSessions) renewSessions(ctx.store, fresh, clock.now());
    Object.assign(ctx.store, fresh);
  });

  return {
    app,
    /** app.fetch plus the connection-level faults (dropped connections, hidden CORS). */
    fetch: async (request: Request, env?: unknown): Promise<Response> =>
      finishResponse(await app.fetch(request, env)),
    get store() {
      return ctx.store;
    },
    clock,
  };
}

export type Emulator = ReturnType<typeof createEmulator>;
