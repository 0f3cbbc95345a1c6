/** Starting a login (authorize redirect) and finishing it (code exchange) - RFC 7636. */
import { defineSlot, runtime } from '../lib/runtime';
import { backendUrls, redirectUri, type BackendId } from './backends';
import { saveTransaction, takeTransaction } from './login-transaction';
import { challengeFor, createState, createVerifier } from './pkce';
import { safeReturnPath } from './return-path';
import { SCOPE_STRING } from './scopes';
import { OAuthError, parseTokenResponse } from './token-response';
import { saveSession } from './token-store';

/**
 * Spotify rejects `localhost` redirect URIs (docs/spotify-api.md#redirect-uris), so a page opened on localhost moves to
 * the same address on 127.0.0.1 before anything else. True when it is moving.
 */
export function moveOffLocalhost(location: Location = window.location): boolean {
  if (location.hostname !== 'localhost') return false;
  location.replace(location.href.replace('//localhost', '//127.0.0.1'));
  return true;
}

/** Saves a login transaction and returns the authorize URL to send the browser to. */
export async function beginLogin(options: {
  backend: BackendId;
  clientId: string;
  returnTo?: string | null;
}): Promise<string> {
  const verifier = createVerifier();
  const state = createState();
  const redirect = redirectUri();
  saveTransaction(state, {
    verifier,
    backend: options.backend,
    clientId: options.clientId,
    redirectUri: redirect,
    returnTo: safeReturnPath(options.returnTo),
    createdAt: Date.now(),
  });
  const url = new URL('/authorize', backendUrls(options.backend).accounts);
  url.search = new URLSearchParams({
    client_id: options.clientId,
    response_type: 'code',
    redirect_uri: redirect,
    code_challenge_method: 'S256',
    code_challenge: await challengeFor(verifier),
    scope: SCOPE_STRING,
    state,
  }).toString();
  return url.toString();
}

export type CallbackResult =
  | { kind: 'signed-in'; returnTo: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** Same code, same promise: a re-run (e.g. React StrictMode, a revalidation) sends nothing new. */
const exchangeSlot = defineSlot(() => new Map<string, Promise<CallbackResult>>());

/** Finishes a login from the callback URL's parameters. Never throws. */
export function completeLogin(params: URLSearchParams): Promise<CallbackResult> {
  const exchanges = runtime().get(exchangeSlot);
  const code = params.get('code');
  if (code) {
    const pending = exchanges.get(code);
    if (pending) return pending;
  }
  const result = finish(params);
  if (code) exchanges.set(code, result);
  return result;
}

async function finish(params: URLSearchParams): Promise<CallbackResult> {
  for (const name of ['code', 'state', 'error']) {
    if (params.getAll(name).length > 1) {
      return {
        kind: 'failed',
        message:
          'The login answer was tampered with (a parameter appears twice). Please log in again.',
      };
    }
  }
  const state = params.get('state');
  const transaction = state ? takeTransaction(state) : undefined;
  const error = params.get('error');
  if (error === 'access_denied' && transaction) return { kind: 'cancelled' };
  if (!state || !transaction) {
    return {
      kind: 'failed',
      message:
        'This login link is unknown or has expired (logins must finish within 10 minutes). Please log in again.',
    };
  }
  if (error)
    return {
      kind: 'failed',
      message: `Spotify did not complete the login (${error}). Please try again.`,
    };
  const code = params.get('code');
  if (!code)
    return { kind: 'failed', message: 'Spotify sent no authorization code. Please log in again.' };

  try {
    const response = await fetch(`${backendUrls(transaction.backend).accounts}/api/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: transaction.redirectUri,
        client_id: transaction.clientId,
        code_verifier: transaction.verifier,
      }).toString(),
    });
    const tokens = await parseTokenResponse(response);
    if (!tokens.refreshToken)
      throw new Error("Spotify's login answer had no refresh token. Try logging in again.");
    const now = Date.now();
    saveSession({
      backend: transaction.backend,
      clientId: transaction.clientId,
      accessToken: tokens.accessToken,
      expiresAt: now + tokens.expiresIn * 1000,
      refreshToken: tokens.refreshToken,
      scopes: tokens.scopes ?? [],
      consentAt: now,
    });
    return { kind: 'signed-in', returnTo: transaction.returnTo };
  } catch (failure) {
    const detail =
      failure instanceof TypeError
        ? 'Spotify could not be reached.'
        : failure instanceof OAuthError
          ? `Spotify refused the login code (${failure.description || failure.code}).`
          : failure instanceof Error
            ? failure.message
            : '';
    return { kind: 'failed', message: `Logging in failed. ${detail}`.trim() };
  }
}
