/**
 * One runtime per app: the state that lives as long as the app does (rate-limit gates,
 * rows on screen, item page sizes, login exchanges, token refreshes in flight, changes
 * already in the cache, the undo history, the player's UI state) is kept here, in slots
 * each module defines, not in module variables. The page's app runs in the runtime the
 * page starts with (its QueryClient comes later, with the first signed-in page); a test
 * that renders an app starts a fresh one (testing/render-app.tsx), so nothing carries
 * over between tests and nothing needs resetting by hand.
 */
export interface RuntimeSlot<T> {
  readonly create: () => T;
  /** Ends what the state keeps going (timers) when its app stops. */
  stop?(value: T): void;
}

/** A piece of per-app state, created the first time the running app asks for it. */
export function defineSlot<T>(create: () => T, stop?: (value: T) => void): RuntimeSlot<T> {
  return { create, stop };
}

export class Runtime {
  private readonly values = new Map<RuntimeSlot<unknown>, unknown>();

  get<T>(slot: RuntimeSlot<T>): T {
    if (!this.values.has(slot)) this.values.set(slot, slot.create());
    return this.values.get(slot) as T;
  }

  /** The app is gone: nothing it started may run on (a timer firing into a torn-down page). */
  stop(): void {
    for (const [slot, value] of this.values) slot.stop?.(value);
    this.values.clear();
  }
}

let current = new Runtime();

/** The running app's runtime. */
export const runtime = (): Runtime => current;

/** A new app starts: the previous one's state stops, and the new one's begins empty. */
export function startRuntime(): Runtime {
  current.stop();
  current = new Runtime();
  return current;
}
