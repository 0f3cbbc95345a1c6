import { useCallback, useRef, useState } from 'react';

/**
 * One press, one change. A press under a key while the last one under it is still
 * running is ignored. The guard is a ref, set in the press's own event: a double click
 * (two clicks ~15 ms apart) or a double Enter comes before React has re-rendered the
 * button as busy, so a disabled state alone lets the second one through and sends the
 * request twice. `busy(key)` is for showing it: `aria-disabled` (the button keeps focus)
 * and a busy label.
 */
export function useOnePress() {
  const running = useRef(new Set<string>());
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const settle = useCallback((key: string) => {
    running.current.delete(key);
    setShown(new Set(running.current));
  }, []);

  const press = useCallback(
    (key: string, action: () => Promise<unknown> | void) => {
      if (running.current.has(key)) return;
      running.current.add(key);
      setShown(new Set(running.current));
      let result: Promise<unknown> | void;
      try {
        result = action();
      } catch (error) {
        settle(key);
        throw error;
      }
      // Failures are the action's to show (its mutation's error, a message); here only
      // the press ends.
      void Promise.resolve(result)
        .catch(() => undefined)
        .finally(() => settle(key));
    },
    [settle],
  );
  const busy = useCallback((key: string) => shown.has(key), [shown]);
  return { press, busy };
}
