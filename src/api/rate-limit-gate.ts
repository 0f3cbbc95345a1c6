/**
 * One gate per backend that every request passes. A 429 closes it for Retry-After
 * seconds: every request waits (no burst when it reopens beyond the ones in flight).
 * A long wait or QUOTA_EXCEEDED blocks it: requests fail at once with an error that says
 * when to try again, instead of hammering a quota Spotify counts per developer account;
 * the block is kept across reloads and tabs (BlockStore) until its time or "Try now".
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

/** A block as kept between reloads and tabs: when it ends, and whether it is the quota. */
export interface Block {
  until: number;
  quota: boolean;
}

/**
 * Where a block is kept (localStorage, per backend: persisted-block.ts), so a reload or
 * another tab does not ask Spotify again before its time. `subscribe` hears other tabs.
 */
export interface BlockStore {
  read(): Block | null;
  write(block: Block | null): void;
  subscribe(listener: () => void): () => void;
}

export class RateLimitGate {
  private openAt = 0;
  private current: Hold | null = null;
  private blocked: Block | null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly clock: GateClock = realClock,
    private readonly store: BlockStore | null = null,
  ) {
    this.blocked = this.load();
    this.dispose =
      store?.subscribe(() => {
        this.blocked = this.load();
        this.tell();
      }) ?? (() => undefined);
  }

  /** The kept block, if it is not over (one that is over is cleared from storage). */
  private load(): Block | null {
    const block = this.store?.read() ?? null;
    if (!block || block.until > this.clock.now()) return block;
    this.store?.write(null);
    return null;
  }

  /** Stops hearing other tabs (the app that made the gate is gone). */
  readonly dispose: () => void;

  private tell() {
    for (const listener of this.listeners) listener();
  }

  /** Told when a wait begins or grows, and when a block begins or ends (for the page). */
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** The latest wait (it may be over: compare `until` with the time). */
  hold = (): Hold | null => this.current;

  /** The block, if there is one (it may be over: compare `until` with the time). */
  block = (): Block | null => this.blocked;

  /** Resolves when a request may go out; rejects while blocked. */
  async pass(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const { blocked } = this;
      if (blocked && now < blocked.until)
        throw rateLimitError(Math.ceil((blocked.until - now) / 1000), blocked.quota, now);
      // One that is over goes, here and in storage: what the page shows next is current.
      if (blocked) this.resume();
      if (now >= this.openAt) return;
      await this.clock.sleep(this.openAt - now);
    }
  }

  /**
   * Close the gate for `ms` (never shortening a longer closure). `asked`: Spotify said how
   * long (Retry-After), so the page shows the wait; a backoff after a failed request (the
   * network, or a 429 the browser hid) is the app's own and passes unshown.
   */
  pause(ms: number, { asked = false } = {}) {
    const now = this.clock.now();
    const until = Math.max(this.openAt, now + ms);
    if (until === this.openAt) return;
    this.openAt = until;
    if (!asked) return;
    // A wait made longer keeps its start: it is one wait to the person.
    const from = this.current && this.current.until > now ? this.current.from : now;
    this.current = { from, until };
    this.tell();
  }

  /**
   * Requests fail at once for `seconds` (kept across reloads and tabs unless `keep` is
   * false: for this page only); the error to throw.
   */
  stop(seconds: number, quota: boolean, { keep = true } = {}): SpotifyApiError {
    const now = this.clock.now();
    this.blocked = { until: now + seconds * 1000, quota };
    if (keep) this.store?.write(this.blocked);
    this.tell();
    return rateLimitError(seconds, quota, now);
  }

  /** "Try now": the block ends here and in every tab; the next request goes to Spotify. */
  resume() {
    this.blocked = null;
    this.store?.write(null);
    this.tell();
  }
}

/** Why requests are stopped, for a person to read. */
export const blockReason = (quota: boolean) =>
  quota
    ? 'This app has used up its Spotify quota for now.'
    : 'Spotify is limiting how fast this app may ask.';

/** When a wait of `seconds` from `now` ends, for a person: "14:05", with the date if not today. */
export function tryAgainAt(seconds: number, now = Date.now()): string {
  const at = new Date(now + seconds * 1000);
  return at.toDateString() === new Date(now).toDateString()
    ? at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : at.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

/** "Try again after 14:05." */
export const tryAgainMessage = (seconds: number, now = Date.now()) =>
  `Try again after ${tryAgainAt(seconds, now)}.`;

export function rateLimitError(seconds: number, quota: boolean, now = Date.now()): SpotifyApiError {
  const reason = quota ? 'QUOTA_EXCEEDED' : undefined;
  const message = `${blockReason(quota)} ${tryAgainMessage(seconds, now)}`;
  return reason
    ? new SpotifyApiError({ status: 429, message, reason, retryAfter: seconds })
    : new SpotifyApiError({ status: 429, message, retryAfter: seconds });
}
