/**
 * Refreshing the access token: single-flight in this tab (one shared promise) and across
 * tabs (a Web Lock; the winner's tokens reach the others through localStorage). Works
 * whether or not Spotify returns a new refresh token (2.4: keep the old one when none).
 */
import { backendUrls } from './backends';
import { OAuthError, parseTokenResponse, postToken } from './token-response';
import { endSession, getSession, saveSession, type Session } from './token-store';

/** The session is over (refresh token expired or revoked, or signed out elsewhere). */
export class SessionEndedError extends Error {
  override readonly name = 'SessionEndedError';
  constructor() {
    super('Your Spotify session has ended. Log in again.');
  }
}

/** Network errors, 429 and 5xx keep the session; waits between the tries. */
export const REFRESH_RETRY_DELAYS_MS = [1000, 2000, 4000];
const LOCK_NAME = 'slm.token-refresh';

let inFlight: Promise<Session> | null = null;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withCrossTabLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  // The lock's typing wraps the callback's promise; the value is the callback's own.
  return locks ? (locks.request(LOCK_NAME, work) as Promise<T>) : work();
}

async function requestNewTokens(session: Session): Promise<Session> {
  for (let attempt = 0; ; attempt++) {
    let response: Response | undefined;
    try {
      response = await postToken(backendUrls(session.backend).accounts, {
        grant_type: 'refresh_token',
        refresh_token: session.refreshToken,
        client_id: session.clientId,
      });
    } catch {
      response = undefined;
    }
    const transient = !response || response.status === 429 || response.status >= 500;
    if (transient) {
      const delay = REFRESH_RETRY_DELAYS_MS[attempt];
      if (delay === undefined)
        throw new Error('Could not reach Spotify to renew your session. Check your connection.');
      await sleep(delay);
      continue;
    }
    try {
      const tokens = await parseTokenResponse(response!);
      return {
        ...session,
        accessToken: tokens.accessToken,
        expiresAt: Date.now() + tokens.expiresIn * 1000,
        refreshToken: tokens.refreshToken ?? session.refreshToken,
        scopes: tokens.scopes ?? session.scopes,
      };
    } catch (error) {
      // invalid_grant: expired or revoked; the docs say discard and do not retry (2.4).
      if (error instanceof OAuthError) {
        endSession(error.description.toLowerCase().includes('revoked') ? 'revoked' : 'expired');
        throw new SessionEndedError();
      }
      throw error;
    }
  }
}

/**
 * A session whose access token is not `staleToken`. If another caller or tab already
 * replaced that token, its result is used and no request is made.
 */
export function refreshSession(staleToken: string): Promise<Session> {
  inFlight ??= withCrossTabLock(async () => {
    const current = getSession();
    if (!current) throw new SessionEndedError();
    if (current.accessToken !== staleToken) return current;
    const next = await requestNewTokens(current);
    // A logout in another tab while we waited wins.
    if (!getSession()) throw new SessionEndedError();
    saveSession(next);
    return next;
  }).finally(() => {
    inFlight = null;
  });
  return inFlight;
}
