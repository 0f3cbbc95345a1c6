import { useEffect, useState } from 'react';

/**
 * The time, redrawn every `stepMs` until `until` and once at `until` (not at all without
 * one): a countdown steps by 250 ms, a block of hours only needs to notice its end.
 */
export function useNowUntil(until: number | null, stepMs: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      if (current < until) timer = setTimeout(tick, Math.min(stepMs, until - current));
    };
    timer = setTimeout(tick, 0);
    return () => clearTimeout(timer);
  }, [until, stepMs]);
  return now;
}
