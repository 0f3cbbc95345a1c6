/**
 * A small store of app state that React reads with useSyncExternalStore, kept in the
 * running app's runtime (so a new app, or a new test, starts from `initial`). The undo
 * history and the player's UI state are two of these.
 */
import { useSyncExternalStore } from 'react';
import { defineSlot, runtime } from './runtime';

export interface AppStore<T> {
  get: () => T;
  set: (next: T) => void;
  /** The state, re-rendering the component when it changes. */
  use: () => T;
}

export function appStore<T>(initial: () => T): AppStore<T> {
  const slot = defineSlot(() => ({ state: initial(), listeners: new Set<() => void>() }));
  const current = () => runtime().get(slot);
  const subscribe = (listener: () => void) => {
    const { listeners } = current();
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const get = () => current().state;
  return {
    get,
    set: (next) => {
      const held = current();
      held.state = next;
      for (const listener of held.listeners) listener();
    },
    use: () => useSyncExternalStore(subscribe, get),
  };
}
