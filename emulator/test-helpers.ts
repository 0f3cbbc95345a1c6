/** Helpers for the emulator's own tests: in-process requests and a full PKCE login. */
import { createEmulator, DEMO_CLIENT_ID, type EmulatorOptions } from './index';

export const ORIGIN = 'http://127.0.0.1:8787';
export const REDIRECT_URI = 'http://127.0.0.1:5173/callback';
/** RFC 7636 appendix B. */
export const RFC_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
export const RFC_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export function setup(options: EmulatorOptions = {}) {
  const emulator = createEmulator({ manualClock: true, ...options });

  const call = async (
    method: string,
    path: string,
    { token, body, headers = {} }: CallOptions = {},
  ) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (token) (init.headers as Record<string, string>).authorization = `Bearer ${token}`;
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      if (typeof body !== 'string')
        (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const response = await emulator.fetch(new Request(`${ORIGIN}${path}`, init));
    const text = response.type === 'error' ? '' : await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return {
      status: response.status,
      headers: response.headers,
      text,
      json: json as any,
      response,
    };
  };

  /** Tokens for the demo user, straight from the control surface. */
  const token = async (scopes?: string[]) => {
    const res = await call('POST', '/__emulator/tokens', { body: scopes ? { scopes } : {} });
    return res.json as { access_token: string; refresh_token: string };
  };

  const form = (path: string, fields: Record<string, string>) =>
    emulator.fetch(
      new Request(`${ORIGIN}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      }),
    );

  const authorizeParams = (overrides: Record<string, string | undefined> = {}) => {
    const params: Record<string, string> = {};
    const all = {
      client_id: DEMO_CLIENT_ID,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      code_challenge_method: 'S256',
      code_challenge: RFC_CHALLENGE,
      scope: 'playlist-read-private user-read-playback-state',
      state: 'state-123',
      ...overrides,
    };
    for (const [k, v] of Object.entries(all)) if (v !== undefined) params[k] = v;
    return params;
  };

  /** Consent with "Agree" and return the code from the redirect. */
  const authorizeCode = async (overrides: Record<string, string | undefined> = {}) => {
    const response = await form('/authorize', { ...authorizeParams(overrides), decision: 'allow' });
    const location = new URL(response.headers.get('location')!);
    return location.searchParams.get('code')!;
  };

  const exchange = async (code: string, overrides: Record<string, string> = {}) => {
    const response = await form('/api/token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: DEMO_CLIENT_ID,
      code_verifier: RFC_VERIFIER,
      ...overrides,
    });
    return { status: response.status, json: await response.json() };
  };

  const refresh = async (refreshToken: string) => {
    const response = await form('/api/token', {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: DEMO_CLIENT_ID,
    });
    return { status: response.status, json: await response.json() };
  };

  /** The id of the demo user's playlist with this name. */
  const playlistId = (name: string) => {
    for (const p of emulator.store.playlists.values()) if (p.name === name) return p.id;
    throw new Error(`no seeded playlist named ${name}`);
  };

  return {
    emulator,
    call,
    token,
    form,
    authorizeParams,
    authorizeCode,
    exchange,
    refresh,
    playlistId,
  };
}
