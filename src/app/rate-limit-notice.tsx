import { useEffect, useState, useSyncExternalStore } from 'react';
import { gateFor } from '../api/spotify-fetch';
import type { Hold, RateLimitGate } from '../api/rate-limit-gate';
import { getSession } from '../auth/token-store';
import './rate-limit-notice.css';

/** Shorter waits pass unseen. */
const SHOWN_OVER_MS = 2000;
const never = () => () => undefined;
const nothing = () => null;

/** Now, ticking while `hold` lasts. */
function useNow(hold: Hold | null) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!hold) return;
    const tick = () => {
      setNow(Date.now());
      if (Date.now() >= hold.until) clearInterval(timer);
    };
    const timer = setInterval(tick, 250);
    const first = setTimeout(tick, 0);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, [hold]);
  return hold ? Math.max(now, hold.from) : now;
}

/**
 * One notice for the whole page while Spotify's Retry-After holds requests for more than
 * 2 s: "Spotify asked us to wait — trying again in 18 s", counting down, instead of a
 * spinner that says nothing. Screen readers hear it once (the count is not in the live
 * region). Longer waits and quota blocks fail with a message instead (rate-limit-gate.ts).
 */
export function RateLimitNotice() {
  const backend = getSession()?.backend;
  const gate: RateLimitGate | null = backend ? gateFor(backend) : null;
  const hold = useSyncExternalStore(gate?.subscribe ?? never, gate?.hold ?? nothing);
  const now = useNow(hold);
  const waiting = !!hold && hold.until > now && hold.until - hold.from > SHOWN_OVER_MS;
  const seconds = hold ? Math.ceil((hold.until - now) / 1000) : 0;
  return (
    <div className={waiting ? 'notice rate-limit-notice' : undefined}>
      <p role="status" className="visually-hidden">
        {waiting ? 'Spotify asked us to wait. This app tries again by itself.' : ''}
      </p>
      {waiting && <p aria-hidden="true">Spotify asked us to wait — trying again in {seconds} s</p>}
    </div>
  );
}
