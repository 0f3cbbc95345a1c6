/**
 * Sessions from before a scope was added keep working without it; features ask here
 * whether the grant covers them, and offer a new login that asks for every scope.
 */
import { useSyncExternalStore } from 'react';
import { beginLogin } from './login';
import { hasScope, type APP_SCOPES } from './scopes';
import { getSession, subscribeToSession } from './token-store';

type AppScope = (typeof APP_SCOPES)[number]['scope'];

/** Whether the signed-in session holds every one of `scopes`; re-renders on a new login. */
export function useHasScopes(...scopes: AppScope[]): boolean {
  return useSyncExternalStore(subscribeToSession, () => {
    const session = getSession();
    return !!session && scopes.every((scope) => hasScope(session.scopes, scope));
  });
}

/** A new login (same backend and client) asking for all the app's scopes, back to `returnTo`. */
export async function askForMoreScopes(returnTo: string) {
  const session = getSession();
  if (!session) return;
  const url = await beginLogin({ backend: session.backend, clientId: session.clientId, returnTo });
  window.location.assign(url);
}
