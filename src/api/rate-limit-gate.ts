/**
 * One gate per backend that every request passes. A 429 closes it for Retry-After
 * seconds: every request waits (no burst when it reopens beyond the ones in flight).
 * A long wait or QUOTA_EXCEEDED blocks it: requests fail at once with an error that says
 * when to try again, instead of hammering a quota Spotify counts per developer account.
 */
import { SpotifyApiError } from './errors';

/** Longer Retry-After values are reported to the user instead of waited out. */
export const MAX_WAIT_SECONDS = 60;

export interface GateClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: GateClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class RateLimitGate {
  private openAt = 0;
  private blocked: { until: number; error: SpotifyApiError } | null = null;

  constructor(private readonly clock: GateClock = realClock) {}

  /** Resolves when a request may go out; rejects while blocked. */
  async pass(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      if (this.blocked && now < this.blocked.until) throw this.blocked.error;
      if (now >= this.openAt) return;
      await this.clock.sleep(this.openAt - now);
    }
  }

  /** Close the gate for `ms` (never shortening a longer closure). */
  pause(ms: number) {
    this.openAt = Math.max(this.openAt, this.clock.now() + ms);
  }

  block(seconds: number, error: SpotifyApiError) {
    this.blocked = { until: this.clock.now() + seconds * 1000, error };
  }
}

/** "Try again at 14:05" (or in N hours for long waits) for a person to read. */
export function tryAgainMessage(seconds: number, now = Date.now()): string {
  const at = new Date(now + seconds * 1000);
  const time = at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  if (seconds >= 6 * 3600)
    return `Try again after ${at.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}.`;
  return `Try again after ${time}.`;
}

export function rateLimitError(seconds: number, quota: boolean): SpotifyApiError {
  const reason = quota ? 'QUOTA_EXCEEDED' : undefined;
  const what = quota
    ? 'This app has used up its Spotify quota for now.'
    : 'Spotify is limiting how fast this app may ask.';
  const message = `${what} ${tryAgainMessage(seconds)}`;
  return reason
    ? new SpotifyApiError({ status: 429, message, reason, retryAfter: seconds })
    : new SpotifyApiError({ status: 429, message, retryAfter: seconds });
}
