/** POST /api/token: the PKCE code exchange (docs/spotify-api.md#login-pkce) and the refresh grant (docs/spotify-api.md#refresh-tokens), errors per docs/spotify-api.md#token-errors. */
import type { Context, Hono } from 'hono';
import type { TokenResponse } from '../../src/api/spotify-types';
import { REFRESH_TOKEN_LIFETIME, type EmulatorContext } from '../context';
import { OAuthProblem } from '../http';
import { secureBase62 } from '../random';
import type { Store } from '../store';

const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

async function s256(verifier: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)),
  );
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Ends a token family: every access and refresh token issued under it stops working. */
export function revokeFamily(store: Store, family: string) {
  store.revokedFamilies.add(family);
  for (const [token, record] of store.refreshTokens)
    if (record.family === family) store.refreshTokens.delete(token);
  for (const [token, record] of store.accessTokens)
    if (record.family === family) store.accessTokens.delete(token);
}

async function formBody(c: Context): Promise<Record<string, string>> {
  // Form encoding is mandatory (docs/spotify-api.md#login-pkce); anything else reads as a missing grant_type.
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    throw new OAuthProblem(400, 'unsupported_grant_type', 'grant_type parameter is missing');
  }
  const params = new URLSearchParams(await c.req.text());
  const out: Record<string, string> = {};
  for (const [key, value] of params) out[key] = value;
  return out;
}

function required(body: Record<string, string>, name: string): string {
  const value = body[name];
  if (!value) throw new OAuthProblem(400, 'invalid_request', `Missing required parameter: ${name}`);
  return value;
}

export function registerToken(app: Hono, ctx: EmulatorContext) {
  const { store, clock } = ctx;

  const issue = (input: {
    userId: string;
    clientId: string;
    scopes: string[];
    family: string;
    refreshToken?: string;
  }): TokenResponse => {
    const accessToken = `BQ${secureBase62(120)}`;
    store.accessTokens.set(accessToken, {
      userId: input.userId,
      clientId: input.clientId,
      scopes: input.scopes,
      family: input.family,
      expiresAt: clock.now() + store.settings.accessTokenTtlSeconds * 1000,
    });
    const response: TokenResponse = {
      access_token: accessToken,
      token_type: 'Bearer',
      scope: input.scopes.join(' '),
      expires_in: store.settings.accessTokenTtlSeconds,
    };
    if (input.refreshToken) response.refresh_token = input.refreshToken;
    return response;
  };

  const newRefreshToken = (input: {
    userId: string;
    clientId: string;
    scopes: string[];
    family: string;
    consentAt: number;
  }) => {
    const token = `AQ${secureBase62(128)}`;
    store.refreshTokens.set(token, { ...input, rotated: false });
    return token;
  };

  const clientFor = (body: Record<string, string>) => {
    const clientId = required(body, 'client_id');
    if (!store.clients.has(clientId))
      throw new OAuthProblem(400, 'invalid_client', 'Invalid client');
    return clientId;
  };

  const exchangeCode = async (body: Record<string, string>) => {
    const clientId = clientFor(body);
    const code = required(body, 'code');
    const redirectUri = required(body, 'redirect_uri');
    const verifier = required(body, 'code_verifier');
    const record = store.codes.get(code);
    if (!record || record.clientId !== clientId)
      throw new OAuthProblem(400, 'invalid_grant', 'Invalid authorization code');
    if (record.exchangedFamily) {
      // A code used twice may have been stolen: revoke what it issued (RFC 6749 4.1.2).
      revokeFamily(store, record.exchangedFamily);
      store.codes.delete(code);
      throw new OAuthProblem(400, 'invalid_grant', 'Invalid authorization code');
    }
    if (clock.now() > record.expiresAt) {
      store.codes.delete(code);
      throw new OAuthProblem(400, 'invalid_grant', 'Authorization code expired');
    }
    if (redirectUri !== record.redirectUri)
      throw new OAuthProblem(400, 'invalid_grant', 'Invalid redirect URI');
    if (!VERIFIER.test(verifier) || (await s256(verifier)) !== record.challenge) {
      throw new OAuthProblem(400, 'invalid_grant', 'code_verifier was incorrect');
    }
    const family = secureBase62(16);
    record.exchangedFamily = family;
    const base = { userId: record.userId, clientId, scopes: record.scopes, family };
    return issue({ ...base, refreshToken: newRefreshToken({ ...base, consentAt: clock.now() }) });
  };

  const refresh = (body: Record<string, string>) => {
    const clientId = clientFor(body);
    const token = required(body, 'refresh_token');
    const record = store.refreshTokens.get(token);
    if (!record) {
      throw new OAuthProblem(400, 'invalid_grant', 'Invalid refresh token');
    }
    if (record.clientId !== clientId)
      throw new OAuthProblem(400, 'invalid_client', 'Invalid client');
    if (store.revokedFamilies.has(record.family))
      throw new OAuthProblem(400, 'invalid_grant', 'Refresh token revoked');
    if (record.rotated) {
      // Reusing a rotated-away token means two parties hold it: end the whole family.
      revokeFamily(store, record.family);
      throw new OAuthProblem(400, 'invalid_grant', 'Refresh token revoked');
    }
    if (clock.now() > record.consentAt + REFRESH_TOKEN_LIFETIME) {
      throw new OAuthProblem(400, 'invalid_grant', 'Refresh token expired');
    }
    const base = { userId: record.userId, clientId, scopes: record.scopes, family: record.family };
    if (!store.settings.refreshRotation) return issue(base);
    record.rotated = true;
    return issue({
      ...base,
      refreshToken: newRefreshToken({ ...base, consentAt: record.consentAt }),
    });
  };

  app.post('/api/token', async (c) => {
    const body = await formBody(c);
    const grant = body.grant_type;
    if (!grant)
      throw new OAuthProblem(400, 'unsupported_grant_type', 'grant_type parameter is missing');
    if (grant === 'authorization_code') return c.json(await exchangeCode(body));
    if (grant === 'refresh_token') return c.json(refresh(body));
    throw new OAuthProblem(400, 'unsupported_grant_type', `grant_type ${grant} is not supported`);
  });
}
