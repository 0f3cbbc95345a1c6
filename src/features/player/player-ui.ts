/**
 * The player's UI state shared by the bar and the play buttons elsewhere: the device
 * list being open (a play with no active device opens it), and the latest message,
 * announced through the bar's live region.
 */
import { useSyncExternalStore } from 'react';

export interface PlayerUiState {
  devicesOpen: boolean;
  devicesPrompt: string | null;
  message: { text: string; kind: 'status' | 'error' } | null;
}

let state: PlayerUiState = { devicesOpen: false, devicesPrompt: null, message: null };
const listeners = new Set<() => void>();

function set(patch: Partial<PlayerUiState>) {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export const playerUi = {
  openDevices: (prompt: string | null = null) => set({ devicesOpen: true, devicesPrompt: prompt }),
  closeDevices: () => set({ devicesOpen: false, devicesPrompt: null }),
  announce: (text: string) => set({ message: { text, kind: 'status' } }),
  fail: (text: string) => set({ message: { text, kind: 'error' } }),
  clearMessage: () => set({ message: null }),
  reset: () => set({ devicesOpen: false, devicesPrompt: null, message: null }),
};

export function usePlayerUi(): PlayerUiState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
