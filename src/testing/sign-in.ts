import type { Session } from '../auth/token-store';
import { saveSession } from '../auth/token-store';
import { TEST_EMULATOR_ORIGIN } from './test-emulator';

/**
 * Signs the test's browser in as the emulator's demo user, with tokens the emulator
 * really issued (its control surface skips the consent page).
 */
export async function signIn(
  overrides: Partial<Session> = {},
  scopes?: string[],
): Promise<Session> {
  const response = await fetch(`${TEST_EMULATOR_ORIGIN}/__emulator/tokens`, {
    method: 'POST',
    body: JSON.stringify(scopes ? { scopes } : {}),
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
