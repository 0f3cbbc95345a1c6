/**
 * The player's UI state shared by the bar and the play buttons elsewhere: the device
 * list being open, a play request waiting for the person to choose a device, whether
 * Spotify said the account is not Premium, and the latest message, announced through
 * the bar's live region.
 */
import { appStore } from '../../lib/app-store';
import type { PlayIntent } from './play-intent';

export interface PlayerUiState {
  devicesOpen: boolean;
  devicesPrompt: string | null;
  /** A play request that found no active device, kept until a device is chosen. */
  choosing: PlayIntent | null;
  /** Spotify refused playback for want of Premium (PREMIUM_REQUIRED or account_error). */
  premiumRequired: boolean;
  message: { text: string; kind: 'status' | 'error' } | null;
}

const INITIAL: PlayerUiState = {
  devicesOpen: false,
  devicesPrompt: null,
  choosing: null,
  premiumRequired: false,
  message: null,
};
const store = appStore(() => INITIAL);

const set = (patch: Partial<PlayerUiState>) => store.set({ ...store.get(), ...patch });

export const playerUi = {
  openDevices: (prompt: string | null = null) => set({ devicesOpen: true, devicesPrompt: prompt }),
  closeDevices: () => set({ devicesOpen: false, devicesPrompt: null }),
  chooseDevice: (intent: PlayIntent) => set({ choosing: intent, devicesOpen: false }),
  endChoice: () => set({ choosing: null }),
  premiumRequired: () => set({ premiumRequired: true }),
  announce: (text: string) => set({ message: { text, kind: 'status' } }),
  fail: (text: string) => set({ message: { text, kind: 'error' } }),
  clearMessage: () => set({ message: null }),
  current: store.get,
};

export const usePlayerUi = (): PlayerUiState => store.use();
