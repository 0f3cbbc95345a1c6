import type { Clock } from './clock';
import type { Store } from './store';

/** What every route module gets: the state and the clock. */
export interface EmulatorContext {
  store: Store;
  clock: Clock;
}

/** Hono variables set by the bearer middleware for Web API routes. */
export interface ApiVariables {
  userId: string;
  scopes: string[];
}

export const MINUTE = 60_000;
export const DAY = 86_400_000;
/** Refresh tokens live 6 months from the user's consent (docs/spotify-api.md#refresh-tokens); taken as 182 days. */
export const REFRESH_TOKEN_LIFETIME = 182 * DAY;
/** RFC 6749 4.1.2 recommends codes live at most 10 minutes. */
export const CODE_LIFETIME = 10 * MINUTE;
