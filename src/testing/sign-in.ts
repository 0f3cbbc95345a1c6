import { ALL_APP_SCOPES } from '../../emulator/control';
import type { Session } from '../auth/token-store';
import { saveSession } from '../auth/token-store';
import { TEST_EMULATOR_ORIGIN } from './test-emulator';

/**
 * The app's scopes before playing in the browser was added: the default, so tests run
 * without a browser player unless they ask for one (as most people's sessions begin).
 */
export const SCOPES_BEFORE_STREAMING = ALL_APP_SCOPES.filter((s) => s !== 'streaming');

/**
 * Signs the test's browser in as the emulator's demo user, with tokens the emulator
 * really issued (its control surface skips the consent page).
 */
export async function signIn(
  overrides: Partial<Session> = {},
  scopes: string[] = SCOPES_BEFORE_STREAMING,
): Promise<Session> {
  const response = await fetch(`${TEST_EMULATOR_ORIGIN}/__emulator/tokens`, {
    method: 'POST',
    body: JSON.stringify({ scopes }),
  });
  const tokens = (await response.json()) as {
    access_token: string;
    refresh_token: string;
    expires_in: number;
    scope: string;
  };
  const info = (await (await fetch(`${TEST_EMULATOR_ORIGIN}/__emulator/info`)).json()) as {
    clientId: string;
  };
  const session: Session = {
    backend: 'demo',
    clientId: info.clientId,
    accessToken: tokens.access_token,
    expiresAt: Date.now() + tokens.expires_in * 1000,
    refreshToken: tokens.refresh_token,
    scopes: tokens.scope.split(' '),
    consentAt: Date.now(),
    ...overrides,
  };
  saveSession(session);
  return session;
}

/** Signed in with every scope the app asks for today, `streaming` included. */
export const signInWithStreaming = (overrides: Partial<Session> = {}) =>
  signIn(overrides, ALL_APP_SCOPES);
