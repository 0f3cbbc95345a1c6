import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID } from './index';
import { ORIGIN, setup } from './test-helpers';

async function withToken(options?: Parameters<typeof setup>[0]) {
  const env = setup(options);
  const { access_token: token } = await env.token();
  return {
    ...env,
    token,
    get: (path: string, headers: Record<string, string> = {}) =>
      env.call('GET', path, { token, headers }),
  };
}

describe('faults', () => {
  it('adds latency to every Web API request', async () => {
    const { get, call } = await withToken();
    await call('PATCH', '/__emulator/faults', { body: { latencyMs: 60 } });
    const started = performance.now();
    await get('/v1/me');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('delays CORS preflights too when asked, as the real network does', async () => {
    const { call } = await withToken();
    await call('PATCH', '/__emulator/faults', { body: { latencyMs: 60 } });
    const preflight = () =>
      call('OPTIONS', '/v1/me', {
        headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'GET' },
      });
    let started = performance.now();
    expect((await preflight()).status).toBe(204);
    expect(performance.now() - started).toBeLessThan(50);
    await call('PATCH', '/__emulator/faults', { body: { preflightLatency: true } });
    started = performance.now();
    expect((await preflight()).status).toBe(204);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('slows the playlist item pages in a range only', async () => {
    const { get, call } = await withToken();
    const { json } = await get('/v1/me/playlists?limit=1');
    const id = (json as { items: { id: string }[] }).items[0]!.id;
    await call('PATCH', '/__emulator/faults', {
      body: { slowItemPages: { fromOffset: 50, toOffset: 100, latencyMs: 1000 } },
    });
    const timed = async (offset: number) => {
      const started = performance.now();
      expect((await get(`/v1/playlists/${id}/items?offset=${offset}&limit=50`)).status).toBe(200);
      return performance.now() - started;
    };
    expect(await timed(50)).toBeGreaterThanOrEqual(990);
    expect(await timed(0)).toBeLessThan(990);
    expect(await timed(100)).toBeLessThan(990);
    await call('PATCH', '/__emulator/faults', { body: { slowItemPages: null } });
    expect(await timed(50)).toBeLessThan(990);
  });

  it('answers a share of requests with 5xx', async () => {
    const { get, call } = await withToken();
    await call('PATCH', '/__emulator/faults', { body: { errorRate: 1, errorStatus: 502 } });
    expect((await get('/v1/me')).json).toEqual({ error: { status: 502, message: 'Bad gateway' } });
    await call('PATCH', '/__emulator/faults', { body: { errorRate: 0 } });
    expect((await get('/v1/me')).status).toBe(200);
  });

  it('rate-limits with a readable Retry-After until the window passes', async () => {
    const { get, call, emulator } = await withToken();
    await call('PATCH', '/__emulator/faults', { body: { rateLimit: { retryAfterSeconds: 2 } } });
    // The window closes at the first request that meets it, however late that comes.
    emulator.clock.advance(5000);
    const limited = await get('/v1/me', { origin: 'http://127.0.0.1:5173' });
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ error: { status: 429, message: 'API rate limit exceeded' } });
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.headers.get('access-control-expose-headers')).toBe('Retry-After, ETag');
    emulator.clock.advance(1000);
    expect((await get('/v1/me')).headers.get('retry-after')).toBe('1');
    emulator.clock.advance(1000);
    expect((await get('/v1/me')).status).toBe(200);
  });

  it('can hide the 429 from the browser: no CORS headers, no Retry-After', async () => {
    const { get, call } = await withToken();
    await call('PATCH', '/__emulator/faults', {
      body: { rateLimit: { mode: 'hidden', retryAfterSeconds: 5 } },
    });
    const res = await get('/v1/me', { origin: 'http://127.0.0.1:5173' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('can hide Retry-After from browsers by not exposing it', async () => {
    const { get, call } = await withToken();
    await call('PATCH', '/__emulator/faults', { body: { hideRetryAfter: true } });
    const res = await get('/v1/me', { origin: 'http://127.0.0.1:5173' });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag');
  });

  it('answers QUOTA_EXCEEDED with a Retry-After of hours', async () => {
    const { get, call } = await withToken();
    await call('PATCH', '/__emulator/faults', { body: { quotaExceeded: true } });
    const res = await get('/v1/me');
    expect(res.json).toEqual({
      error: { status: 429, message: 'Too many requests', reason: 'QUOTA_EXCEEDED' },
    });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(3600);
  });

  it('commits a write, then drops the connection', async () => {
    const { call, token, playlistId, emulator } = await withToken();
    const id = playlistId('Road Trip');
    const track = `spotify:track:${[...emulator.store.tracks.keys()][6000]}`;
    await call('PATCH', '/__emulator/faults', { body: { dropAfterCommit: 1 } });
    const dropped = await call('POST', `/v1/playlists/${id}/items`, {
      token,
      body: { uris: [track] },
    });
    expect(dropped.response.type).toBe('error');
    const items = (await call('GET', `/v1/playlists/${id}/items?offset=25`, { token })).json.items;
    expect(items.map((i: any) => i.item.uri)).toEqual([track]);
    const again = await call('POST', `/v1/playlists/${id}/items`, {
      token,
      body: { uris: [track] },
    });
    expect(again.status).toBe(201);
  });

  it('fails the Nth write from now and changes nothing', async () => {
    const { call, token, emulator } = await withToken();
    const [first, second] = [...emulator.store.tracks.keys()]
      .map((t) => `spotify:track:${t}`)
      .filter((uri) => !emulator.store.saved.has(uri));
    await call('PATCH', '/__emulator/faults', { body: { failWrite: 2 } });
    const save = (uri: string) =>
      call('PUT', `/v1/me/library?uris=${encodeURIComponent(uri)}`, { token });
    expect((await call('GET', '/v1/me', { token })).status).toBe(200);
    expect((await save(first!)).status).toBe(200);
    expect((await save(second!)).status).toBe(500);
    expect(emulator.store.saved.has(second!)).toBe(false);
    expect((await save(second!)).status).toBe(200);
  });

  it('expires and revokes tokens on request', async () => {
    const { get, call, refresh, token } = await withToken();
    await call('POST', '/__emulator/tokens/expire');
    expect((await get('/v1/me')).json.error.message).toBe('The access token expired');
    const { access_token: fresh, refresh_token: refreshToken } = await setupToken(call);
    expect((await call('GET', '/v1/me', { token: fresh })).status).toBe(200);
    await call('POST', '/__emulator/tokens/revoke');
    expect((await call('GET', '/v1/me', { token: fresh })).status).toBe(401);
    expect((await refresh(refreshToken)).json.error_description).toBe('Refresh token revoked');
    expect(token).not.toBe(fresh);
  });
});

async function setupToken(call: ReturnType<typeof setup>['call']) {
  return (await call('POST', '/__emulator/tokens')).json as {
    access_token: string;
    refresh_token: string;
  };
}

describe('control surface', () => {
  it('tells the demo client, its redirect rule and the user', async () => {
    const { call } = setup();
    expect((await call('GET', '/__emulator/info')).json).toMatchObject({
      clientId: expect.stringMatching(/^[0-9a-f]{32}$/),
      redirectUris: ['http://127.0.0.1/callback'],
      userId: 'demolistener',
    });
  });

  it('resets to the demo or an empty library', async () => {
    const { call } = setup();
    await call('POST', '/__emulator/reset', { body: { library: 'empty' } });
    const { access_token: token } = await setupToken(call);
    expect((await call('GET', '/v1/me/playlists', { token })).json.total).toBe(0);
    await call('POST', '/__emulator/reset', { body: {} });
    const { access_token: again } = await setupToken(call);
    expect((await call('GET', '/v1/me/playlists', { token: again })).json.total).toBeGreaterThan(
      50,
    );
    expect((await call('POST', '/__emulator/reset', { body: { library: 'huge' } })).status).toBe(
      400,
    );
  });

  it('keeps issued sessions through a reset only when asked, renewed as if just issued', async () => {
    const { call, form } = setup();
    const { access_token: token, refresh_token: refreshToken } = await setupToken(call);
    await call('POST', '/v1/me/playlists', { token, body: { name: 'Made before the reset' } });
    await call('POST', '/__emulator/tokens/expire');
    await call('POST', '/__emulator/tokens/revoke');
    await call('POST', '/__emulator/reset', { body: { keepSessions: true } });
    // The library is the seed again, and the old (expired, revoked) session works again.
    const playlists = await call('GET', '/v1/me/playlists?limit=1', { token });
    expect(playlists.status).toBe(200);
    expect(playlists.json.items[0].name).not.toBe('Made before the reset');
    const refreshed = await form('/api/token', {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: DEMO_CLIENT_ID,
    });
    expect(refreshed.status).toBe(200);
    await call('POST', '/__emulator/reset', { body: {} });
    expect((await call('GET', '/v1/me', { token })).status).toBe(401);
    expect((await call('POST', '/__emulator/reset', { body: { keepSessions: 1 } })).status).toBe(
      400,
    );
  });

  it('logs Web API requests and moves the clock', async () => {
    const { call } = setup();
    const { access_token: token } = await setupToken(call);
    await call('GET', '/v1/me', { token });
    await call('GET', '/v1/me/playlists?limit=5', { token });
    const log = (await call('GET', '/__emulator/requests?path=/v1/')).json;
    expect(log.map((r: any) => `${r.method} ${r.path}${r.query} ${r.status}`)).toEqual([
      'GET /v1/me 200',
      'GET /v1/me/playlists?limit=5 200',
    ]);
    const before = (await call('GET', '/__emulator/clock')).json.now;
    const after = (await call('POST', '/__emulator/clock', { body: { advanceMs: 5000 } })).json.now;
    expect(after - before).toBe(5000);
    expect((await call('PATCH', '/__emulator/faults', { body: { errorRate: 2 } })).status).toBe(
      400,
    );
    expect((await call('PATCH', '/__emulator/settings', { body: { nonsense: true } })).status).toBe(
      400,
    );
  });
});

describe('request parsers under fuzzing', () => {
  const paths = [
    '/v1/me/playlists',
    '/v1/playlists/{id}',
    '/v1/playlists/{id}/items',
    '/v1/me/library',
    '/v1/me/library/contains',
    '/v1/search',
    '/v1/me/player/play',
    '/v1/me/player/seek',
    '/v1/me/player/volume',
    '/v1/me/player',
    '/v1/me/player/recently-played',
    '/v1/playlists/{id}/images',
    '/api/token',
    '/authorize',
  ];

  it('never answers 500 or crashes, whatever the query and body', async () => {
    const { emulator, token, playlistId } = await withToken();
    const id = playlistId('Road Trip');
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('-1', '0', '51', '1e3', 'NaN', 'spotify:local:a:b:c:1', '', '%'),
    );
    const query = fc.dictionary(
      fc.constantFrom(
        'limit',
        'offset',
        'uris',
        'q',
        'type',
        'position_ms',
        'volume_percent',
        'state',
        'before',
        'after',
        'device_id',
        'position',
      ),
      text,
    );
    const body = fc.oneof(
      fc.string(),
      fc.json(),
      fc.constant('{"uris":[1,2]}'),
      fc.constant('{"range_start":"a"}'),
      fc.constant('{"items":[null]}'),
      fc.constant('{"offset":{"position":-1},"context_uri":7}'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        query,
        body,
        async (path, method, params, payload) => {
          const url = new URL(`${ORIGIN}${path.replace('{id}', id)}`);
          for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
          const init: RequestInit = {
            method,
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          };
          if (method !== 'GET') init.body = payload;
          const res = await emulator.fetch(new Request(url, init));
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 400 },
    );
  });
});
