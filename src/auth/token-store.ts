/**
 * The session: tokens, granted scopes, consent time and backend, in localStorage so
 * every tab shares one session. Other tabs learn of changes (refreshed tokens, logout)
 * through the browser's `storage` event; this tab through its own listeners.
 * Nothing here logs or renders a token.
 */
import type { BackendId } from './backends';

export interface Session {
  backend: BackendId;
  clientId: string;
  accessToken: string;
  /** ms since epoch. */
  expiresAt: number;
  refreshToken: string;
  scopes: string[];
  /** When the user consented: refresh tokens die 6 months after it (docs/spotify-api.md#refresh-tokens). */
  consentAt: number;
  /** The Spotify user id, once the profile has said it: names the persisted cache's account. */
  accountId?: string;
}

export type SignOutReason = 'logout' | 'expired' | 'revoked';

const SESSION_KEY = 'slm.session';
const SIGN_OUT_KEY = 'slm.signOutReason';
/** Refresh this long before expiry so no request goes out with a dying token. */
export const REFRESH_MARGIN_MS = 60_000;

type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

function isSession(value: unknown): value is Session {
  const s = value as Session;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.accessToken === 'string' &&
    typeof s.refreshToken === 'string' &&
    typeof s.expiresAt === 'number' &&
    typeof s.clientId === 'string' &&
    (s.backend === 'spotify' || s.backend === 'demo') &&
    Array.isArray(s.scopes)
  );
}

// Read on every request and by every control that checks a scope: parsed once per change.
let parsed: { raw: string; session: Session | null } | undefined;

export function getSession(): Session | null {
  const raw = localStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  if (parsed?.raw !== raw) {
    let session: Session | null = null;
    try {
      const value: unknown = JSON.parse(raw);
      if (isSession(value)) session = value;
    } catch {
      // Unreadable: no session.
    }
    parsed = { raw, session };
  }
  return parsed.session;
}

export function expiresSoon(session: Session, now = Date.now()): boolean {
  return session.expiresAt - now <= REFRESH_MARGIN_MS;
}

export function saveSession(session: Session) {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  localStorage.removeItem(SIGN_OUT_KEY);
  for (const listener of listeners) listener(session);
}

/** Ends the session in every tab; the reason is shown on the login page. */
export function endSession(reason: SignOutReason) {
  localStorage.removeItem(SESSION_KEY);
  localStorage.setItem(SIGN_OUT_KEY, reason);
  for (const listener of listeners) listener(null);
}

/**
 * Why the last session ended, for the login page. Kept until the next login, so every
 * tab that was signed out can say why.
 */
export function signOutReason(): SignOutReason | null {
  const reason = localStorage.getItem(SIGN_OUT_KEY);
  return reason === 'logout' || reason === 'expired' || reason === 'revoked' ? reason : null;
}

/** Called with the new session (or null) whenever it changes, in this tab or another. */
export function subscribeToSession(listener: Listener): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === SESSION_KEY || event.key === null) listener(getSession());
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
