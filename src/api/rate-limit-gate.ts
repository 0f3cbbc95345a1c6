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

/** A wait the gate is holding requests for: when it began and when it ends (ms). */
export interface Hold {
  from: number;
  until: number;
}

export class RateLimitGate {
  private openAt = 0;
  private blocked: { until: number; error: SpotifyApiError } | null = null;
  private current: Hold | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly clock: GateClock = realClock) {}

  /** Told when a wait begins or is made longer (for the page to show it). */
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** The latest wait (it may be over: compare `until` with the time). */
  hold = (): Hold | null => this.current;

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
    const now = this.clock.now();
    const until = Math.max(this.openAt, now + ms);
    if (until === this.openAt) return;
    // A wait made longer keeps its start: it is one wait to the person.
    const from = this.current && this.current.until > now ? this.current.from : now;
    this.openAt = until;
    this.current = { from, until };
    for (const listener of this.listeners) listener();
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
