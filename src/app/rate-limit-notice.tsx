import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useNowUntil } from '../components/use-now-until';
import { gateFor } from '../api/spotify-fetch';
import { blockReason, tryAgainAt, type RateLimitGate } from '../api/rate-limit-gate';
import { getSession } from '../auth/token-store';
import '../components/page-notice.css';

/** Shorter waits pass unseen. */
const SHOWN_OVER_MS = 2000;
const never = () => () => undefined;
const nothing = () => null;

/**
 * One notice for the whole page about Spotify's rate limits, instead of a spinner that
 * says nothing:
 * - while a Retry-After holds requests for more than 2 s: "Spotify asked us to wait —
 *   trying again in 18 s", counting down; the page carries on by itself.
 * - while requests are stopped (a quota block, or a wait too long to hold them: kept
 *   across reloads and tabs), why and when the app tries again, and "Try now". When the
 *   time comes, what failed meanwhile is asked for again.
 * Screen readers hear each once (the count is not in the live region).
 */
export function RateLimitNotice() {
  const backend = getSession()?.backend;
  const gate: RateLimitGate | null = backend ? gateFor(backend) : null;
  const hold = useSyncExternalStore(gate?.subscribe ?? never, gate?.hold ?? nothing);
  const block = useSyncExternalStore(gate?.subscribe ?? never, gate?.block ?? nothing);
  const queryClient = useQueryClient();
  // A block's notice names a time, not a count: it is redrawn each minute and at its end.
  const now = useNowUntil(block?.until ?? hold?.until ?? null, block ? 60_000 : 250);
  const blocked = !!block && block.until > now;
  const waiting = !blocked && !!hold && hold.until > now && hold.until - hold.from > SHOWN_OVER_MS;

  // The block is over (its time, or Try now here or in another tab): what failed is asked again.
  const before = useRef(blocked);
  useEffect(() => {
    if (before.current && !blocked)
      void queryClient.refetchQueries({
        type: 'active',
        predicate: (query) => query.state.status === 'error',
      });
    before.current = blocked;
  }, [blocked, queryClient]);

  const seconds = hold ? Math.max(1, Math.ceil((hold.until - Math.max(now, hold.from)) / 1000)) : 0;
  return (
    <div className={blocked || waiting ? 'notice page-notice' : undefined}>
      <p role="status" className={blocked ? undefined : 'visually-hidden'}>
        {blocked &&
          `${blockReason(block.quota)} The app tries again by itself after ${tryAgainAt((block.until - now) / 1000, now)}.`}
        {waiting && 'Spotify asked us to wait. This app tries again by itself.'}
      </p>
      {waiting && <p aria-hidden="true">Spotify asked us to wait — trying again in {seconds} s</p>}
      {blocked && (
        <button type="button" className="button" onClick={() => gate?.resume()}>
          Try now
        </button>
      )}
    </div>
  );
}
