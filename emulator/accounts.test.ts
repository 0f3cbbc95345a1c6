import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID } from './index';
import { ORIGIN, REDIRECT_URI, RFC_CHALLENGE, setup } from './test-helpers';

const authorizeUrl = (params: Record<string, string>) =>
  `/authorize?${new URLSearchParams(params).toString()}`;

describe('GET /authorize', () => {
  it('renders a consent page with the app, the scopes in plain words, and Agree/Cancel', async () => {
    const { call, authorizeParams } = setup();
    const res = await call('GET', authorizeUrl(authorizeParams()));
    expect(res.status).toBe(200);
    expect(res.text).toContain('Spotify Library Manager (demo)');
    expect(res.text).toContain('See your private playlists');
    expect(res.text).toContain('value="allow">Agree</button>');
    expect(res.text).toContain('value="deny">Cancel</button>');
    expect(res.text).toContain(`value="${RFC_CHALLENGE}"`);
  });

  it.each([
    [{ client_id: undefined }, 'Missing required parameter: client_id'],
    [{ client_id: '0'.repeat(32) }, 'INVALID_CLIENT: Invalid client'],
    [{ redirect_uri: 'http://localhost:5173/callback' }, 'INVALID_CLIENT: Invalid redirect URI'],
    [{ redirect_uri: 'http://127.0.0.1:5173/callback/' }, 'INVALID_CLIENT: Invalid redirect URI'],
    [{ redirect_uri: 'https://evil.example/callback' }, 'INVALID_CLIENT: Invalid redirect URI'],
    [{ redirect_uri: undefined }, 'INVALID_CLIENT: Invalid redirect URI'],
    [{ scope: 'playlist-read-private no-such-scope' }, 'Illegal scope'],
  ])('shows an error page and never redirects for %o', async (overrides, message) => {
    const { call, authorizeParams } = setup();
    const res = await call('GET', authorizeUrl(authorizeParams(overrides)));
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(res.text).toContain(message);
  });

  it('accepts the loopback redirect URI on any port (2.1)', async () => {
    const { call, authorizeParams } = setup();
    for (const port of ['4173', '5173', '49152']) {
      const res = await call(
        'GET',
        authorizeUrl(authorizeParams({ redirect_uri: `http://127.0.0.1:${port}/callback` })),
      );
      expect(res.status).toBe(200);
    }
  });

  it.each([
    [{ response_type: 'token' }, 'unsupported_response_type'],
    [{ code_challenge_method: 'plain' }, 'invalid_request'],
    [{ code_challenge: 'short' }, 'invalid_request'],
    [{ code_challenge: undefined }, 'invalid_request'],
  ])('redirects back with an error for %o', async (overrides, error) => {
    const { call, authorizeParams } = setup();
    const res = await call('GET', authorizeUrl(authorizeParams(overrides)));
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(REDIRECT_URI);
    expect(location.searchParams.get('error')).toBe(error);
    expect(location.searchParams.get('state')).toBe('state-123');
  });
});

describe('POST /authorize', () => {
  it('redirects with code and state on Agree, access_denied on Cancel', async () => {
    const { form, authorizeParams } = setup();
    const allow = await form('/authorize', { ...authorizeParams(), decision: 'allow' });
    const allowed = new URL(allow.headers.get('location')!);
    expect(allow.status).toBe(302);
    expect(allowed.searchParams.get('code')).toMatch(/^[0-9A-Za-z]{64}$/);
    expect(allowed.searchParams.get('state')).toBe('state-123');

    const deny = await form('/authorize', { ...authorizeParams(), decision: 'deny' });
    const denied = new URL(deny.headers.get('location')!);
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(denied.searchParams.get('state')).toBe('state-123');
    expect(denied.searchParams.has('code')).toBe(false);
  });

  it('re-validates the posted parameters', async () => {
    const { form, authorizeParams } = setup();
    const res = await form('/authorize', {
      ...authorizeParams({ redirect_uri: 'http://localhost:5173/callback' }),
      decision: 'allow',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });
});

describe('POST /api/token (authorization code)', () => {
  it('exchanges a code once for Bearer tokens with the granted scopes (S256, RFC 7636 vector)', async () => {
    const { authorizeCode, exchange, call } = setup();
    const { status, json } = await exchange(await authorizeCode());
    expect(status).toBe(200);
    expect(json).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'playlist-read-private user-read-playback-state',
    });
    expect(typeof json.access_token).toBe('string');
    expect(typeof json.refresh_token).toBe('string');
    const me = await call('GET', '/v1/me', { token: json.access_token });
    expect(me.status).toBe(200);
  });

  it('rejects a reused code and revokes what the first exchange issued', async () => {
    const { authorizeCode, exchange, call } = setup();
    const code = await authorizeCode();
    const first = await exchange(code);
    const second = await exchange(code);
    expect(second).toEqual({
      status: 400,
      json: { error: 'invalid_grant', error_description: 'Invalid authorization code' },
    });
    expect((await call('GET', '/v1/me', { token: first.json.access_token })).status).toBe(401);
  });

  it.each([
    [
      'a wrong verifier',
      { code_verifier: 'x'.repeat(43) },
      'invalid_grant',
      'code_verifier was incorrect',
    ],
    [
      'a different redirect URI',
      { redirect_uri: 'http://127.0.0.1:4173/callback' },
      'invalid_grant',
      'Invalid redirect URI',
    ],
    ['an unknown code', { code: 'nope' }, 'invalid_grant', 'Invalid authorization code'],
    ['an unknown client', { client_id: 'f'.repeat(32) }, 'invalid_client', 'Invalid client'],
    [
      'no verifier',
      { code_verifier: '' },
      'invalid_request',
      'Missing required parameter: code_verifier',
    ],
  ])('answers %s with the digest error', async (_label, overrides, error, description) => {
    const { authorizeCode, exchange } = setup();
    const res = await exchange(await authorizeCode(), overrides);
    expect(res).toEqual({ status: 400, json: { error, error_description: description } });
  });

  it('expires codes after 10 minutes', async () => {
    const { authorizeCode, exchange, emulator } = setup();
    const code = await authorizeCode();
    emulator.clock.advance(10 * 60_000 + 1);
    expect((await exchange(code)).json).toEqual({
      error: 'invalid_grant',
      error_description: 'Authorization code expired',
    });
  });

  it('requires form encoding and a supported grant type', async () => {
    const { call, form } = setup();
    const json = await call('POST', '/api/token', { body: { grant_type: 'authorization_code' } });
    expect(json.status).toBe(400);
    expect(json.json).toEqual({
      error: 'unsupported_grant_type',
      error_description: 'grant_type parameter is missing',
    });
    const missing = await form('/api/token', { code: 'x' });
    expect(await missing.json()).toEqual({
      error: 'unsupported_grant_type',
      error_description: 'grant_type parameter is missing',
    });
    const other = await form('/api/token', { grant_type: 'client_credentials' });
    expect(await other.json()).toEqual({
      error: 'unsupported_grant_type',
      error_description: 'grant_type client_credentials is not supported',
    });
  });

  it('answers browser preflights and echoes the Origin', async () => {
    const { emulator } = setup();
    const res = await emulator.fetch(
      new Request(`${ORIGIN}/api/token`, {
        method: 'OPTIONS',
        headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST' },
      }),
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
  });
});

describe('POST /api/token (refresh)', () => {
  it('keeps the refresh token when rotation is off (no refresh_token in the response)', async () => {
    const { authorizeCode, exchange, refresh, call } = setup();
    const { json: tokens } = await exchange(await authorizeCode());
    const first = await refresh(tokens.refresh_token);
    expect(first.status).toBe(200);
    expect(first.json.refresh_token).toBeUndefined();
    expect(first.json.access_token).not.toBe(tokens.access_token);
    expect((await refresh(tokens.refresh_token)).status).toBe(200);
    expect((await call('GET', '/v1/me', { token: first.json.access_token })).status).toBe(200);
  });

  it('rotates when switched on, and reusing a rotated token revokes the family', async () => {
    const { authorizeCode, exchange, refresh, call } = setup({
      settings: { refreshRotation: true },
    });
    const { json: tokens } = await exchange(await authorizeCode());
    const rotated = await refresh(tokens.refresh_token);
    expect(rotated.json.refresh_token).toEqual(expect.any(String));
    expect(rotated.json.refresh_token).not.toBe(tokens.refresh_token);

    const reuse = await refresh(tokens.refresh_token);
    expect(reuse.json).toEqual({
      error: 'invalid_grant',
      error_description: 'Refresh token revoked',
    });
    expect((await refresh(rotated.json.refresh_token)).json.error).toBe('invalid_grant');
    expect((await call('GET', '/v1/me', { token: rotated.json.access_token })).status).toBe(401);
  });

  it('expires refresh tokens 6 months after consent, however often they were used', async () => {
    const { authorizeCode, exchange, refresh, emulator } = setup();
    const { json: tokens } = await exchange(await authorizeCode());
    emulator.clock.advance(100 * 86_400_000);
    expect((await refresh(tokens.refresh_token)).status).toBe(200);
    emulator.clock.advance(83 * 86_400_000);
    expect((await refresh(tokens.refresh_token)).json).toEqual({
      error: 'invalid_grant',
      error_description: 'Refresh token expired',
    });
  });

  it('reports unknown and revoked refresh tokens', async () => {
    const { authorizeCode, exchange, refresh, call } = setup();
    expect((await refresh('AQnope')).json).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid refresh token',
    });
    const { json: tokens } = await exchange(await authorizeCode());
    await call('POST', '/__emulator/tokens/revoke');
    expect((await refresh(tokens.refresh_token)).json).toEqual({
      error: 'invalid_grant',
      error_description: 'Refresh token revoked',
    });
    expect(DEMO_CLIENT_ID).toMatch(/^[0-9a-f]{32}$/);
  });
});
