/**
 * Refreshing the access token: single-flight in this tab (one shared promise) and across
 * tabs (a Web Lock; the winner's tokens reach the others through localStorage). Works
 * whether or not Spotify returns a new refresh token (2.4: keep the old one when none).
 */
import { defineSlot, runtime } from '../lib/runtime';
import { backendUrls } from './backends';
import { OAuthError, parseTokenResponse, postToken } from './token-response';
import { endSession, expiresSoon, getSession, saveSession, type Session } from './token-store';

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

/** The refresh this tab has in flight, shared by every request that needs it. */
const flight = defineSlot((): { current: Promise<Session> | null } => ({ current: null }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const NOT_FREE = Symbol('lock held elsewhere');

/**
 * Runs `work` under the cross-tab lock, telling it whether another tab held the lock
 * first (and so has probably just refreshed).
 */
async function withCrossTabLock<T>(work: (waited: boolean) => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return work(false);
  const first = (await locks.request(LOCK_NAME, { ifAvailable: true }, (lock) =>
    lock ? work(false) : NOT_FREE,
  )) as T | typeof NOT_FREE;
  if (first !== NOT_FREE) return first;
  return locks.request(LOCK_NAME, () => work(true)) as Promise<T>;
}

/** How long a tab that waited for the lock gives the winner's tokens to arrive. */
export const TOKEN_ARRIVAL_WAIT_MS = 1500;

/**
 * The session, once its access token is no longer `staleToken` or the wait is over.
 * Browsers hand one tab's localStorage writes to other tabs asynchronously (Chromium
 * runs them in separate processes), so right after the lock is released this tab may
 * still read the old tokens; refreshing with them again would spend the refresh token
 * twice (and with rotation, present a used one).
 */
function sessionAfterOtherTab(staleToken: string): Promise<Session | null> {
  const current = getSession();
  if (!current || current.accessToken !== staleToken) return Promise.resolve(current);
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('storage', onStorage);
      clearTimeout(timer);
      resolve(getSession());
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || getSession()?.accessToken !== staleToken) done();
    };
    const timer = setTimeout(done, TOKEN_ARRIVAL_WAIT_MS);
    window.addEventListener('storage', onStorage);
  });
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
      // invalid_grant: expired or revoked; the docs say discard and do not retry (docs/spotify-api.md#refresh-tokens).
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
  const inFlight = runtime().get(flight);
  inFlight.current ??= withCrossTabLock(async (waited) => {
    const current = waited ? await sessionAfterOtherTab(staleToken) : getSession();
    if (!current) throw new SessionEndedError();
    if (current.accessToken !== staleToken) return current;
    const next = await requestNewTokens(current);
    // A logout in another tab while we waited wins.
    if (!getSession()) throw new SessionEndedError();
    saveSession(next);
    return next;
  }).finally(() => {
    inFlight.current = null;
  });
  return inFlight.current;
}

/**
 * A usable access token for code that must hand one over rather than make a request
 * itself (the Web Playback SDK's getOAuthToken): refreshed first when it expires soon.
 */
export async function currentAccessToken(): Promise<string> {
  const session = getSession();
  if (!session) throw new SessionEndedError();
  if (!expiresSoon(session)) return session.accessToken;
  return (await refreshSession(session.accessToken)).accessToken;
}
