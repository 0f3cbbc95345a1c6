/**
 * The one error type every failed Spotify request becomes. Components branch on
 * `status` and `reason`, never on message text (Spotify's texts vary between reports).
 */
export class SpotifyApiError extends Error {
  override readonly name = 'SpotifyApiError';
  readonly status: number;
  /** Spotify's player/quota reason, e.g. NO_ACTIVE_DEVICE or QUOTA_EXCEEDED. */
  readonly reason: string | undefined;
  /** Seconds to wait before trying again, when Spotify said so. */
  readonly retryAfter: number | undefined;

  constructor(init: { status: number; message: string; reason?: string; retryAfter?: number }) {
    super(init.message);
    this.status = init.status;
    this.reason = init.reason;
    this.retryAfter = init.retryAfter;
  }
}

/** A request that never got an HTTP answer (offline, DNS, CORS-hidden 429). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

/**
 * A change asked for while the browser is offline: refused before anything was sent
 * (unlike a NetworkError, after which a write may have been made), never queued.
 */
export class OfflineError extends Error {
  override readonly name = 'OfflineError';
  constructor() {
    super('You are offline, so nothing was changed. Try again once you are back online.');
  }
}

export function isClientError(error: unknown): boolean {
  return error instanceof SpotifyApiError && error.status >= 400 && error.status < 500;
}

/** A sentence a person can read, for any error a request or a page may throw. */
export function describeError(error: unknown): string {
  if (error instanceof SpotifyApiError) {
    if (error.status === 401) return 'Your Spotify session has ended. Log in again.';
    if (error.status === 404) return 'Spotify could not find that.';
    if (error.status === 429) return error.message;
    if (error.status >= 500) return 'Spotify is having trouble right now. Try again in a moment.';
    return error.message || `Spotify answered with an error (${error.status}).`;
  }
  if (error instanceof NetworkError)
    return error.message || 'Could not reach Spotify. Check your connection.';
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

/** Spotify answered 2xx with something we cannot read; the user sees this message. */
export class MalformedResponseError extends Error {
  override readonly name = 'MalformedResponseError';
}

/** A page's main resource does not exist (404) or its id is malformed (400). */
export function isNotFound(error: unknown): boolean {
  return error instanceof SpotifyApiError && (error.status === 404 || error.status === 400);
}
