/**
 * Renders that would hold a phone's main thread for long run in the background instead:
 * React's deferred renders are time-sliced (they yield to input every few milliseconds),
 * where a render caused by new query data is one synchronous task.
 */
import { useDeferredValue, useMemo } from 'react';

/**
 * `value`, but the first time it arrives only from a background render, so building a
 * whole page from its first data is not one long task (a quarter second on a phone).
 * Until then it is undefined (show the page's loading state: a few frames, from the cache
 * too). After that it is `value` at once, so a later version (an edit's) is never a
 * render behind.
 */
export function useFirstInBackground<T>(value: T | undefined): T | undefined {
  const built = useDeferredValue(value !== undefined, false);
  return built ? value : undefined;
}

/**
 * While a list streams in (`loading`), each batch of pages renders in the background and
 * the screen keeps the batch before meanwhile; so does the value that completes it (a list
 * read back whole from the persisted cache arrives complete: built at once, its editor was
 * one task of 30-60 ms on a desktop CPU). Once a complete list has been rendered, a new
 * value (an edit's) comes at once. Nothing can be edited while a list loads, so a list a
 * batch behind is only seen, never changed.
 */
export function useDeferredWhileLoading<T>(value: T, loading: boolean): T {
  const latest = useMemo(() => ({ value, loading }), [value, loading]);
  const shown = useDeferredValue(latest);
  return shown.loading ? shown.value : value;
}
