/**
 * This browser as a Spotify Connect device, through the Web Playback SDK: one player per
 * page, started while a signed-in page that wants it is shown and the login holds the
 * `streaming` scope. Its status (and device id) is an external store the device chooser,
 * the player bar and the device resolution read. The SDK gets its token from the token
 * store on every ask, never a copy.
 */
import { useSyncExternalStore } from 'react';
import { currentAccessToken, refreshSession } from '../../../auth/refresh';
import { afterStart } from '../../../lib/after-start';
import { playerUi } from '../player-ui';
import { loadWebPlaybackSdk } from './load-sdk';

/** The name the device gets in every Spotify device list. */
export const BROWSER_DEVICE_NAME = 'Library Manager (this browser)';
const INITIAL_VOLUME = 0.8;
/** A second authentication failure this soon after a refresh is not retried again. */
const AUTH_RETRY_SPACING_MS = 60_000;

export type WebPlaybackProblem = 'premium' | 'drm' | 'auth' | 'load';

export interface WebPlaybackState {
  status: 'off' | 'needs-scope' | 'connecting' | 'ready' | 'unavailable';
  deviceId: string | null;
  problem: WebPlaybackProblem | null;
  /** The browser refused to start sound on its own: a press of Play must start it. */
  autoplayBlocked: boolean;
}

export const WEB_PLAYBACK_PROBLEMS: Record<WebPlaybackProblem, string> = {
  premium: 'Playing in this browser needs Spotify Premium.',
  drm: 'This browser cannot play Spotify: it lacks the protected-media (DRM) support Spotify needs. Play on another device; this app still controls it.',
  auth: 'Spotify did not accept this browser as a player. Log out and log in again to fix it.',
  load: "Spotify's player could not be loaded. Check your connection, then reload the page.",
};

const OFF: WebPlaybackState = {
  status: 'off',
  deviceId: null,
  problem: null,
  autoplayBlocked: false,
};

let state = OFF;
const listeners = new Set<() => void>();
let player: Spotify.Player | null = null;
let users = 0;
let stopTimer: ReturnType<typeof setTimeout> | undefined;
let lastToken: string | null = null;
let lastAuthRetry = -Infinity;
let onPlayerChanged: () => void = () => undefined;
/** A start that waits for the page to have started, or for the first need (afterStart). */
let pending: { sdkUrl: string; cancel: () => void } | null = null;

function startPending() {
  if (!pending) return;
  const { sdkUrl, cancel } = pending;
  pending = null;
  cancel();
  void start(sdkUrl);
}

function set(patch: Partial<WebPlaybackState>) {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

function stop() {
  pending?.cancel();
  pending = null;
  player?.disconnect();
  player = null;
  lastToken = null;
  set(OFF);
}

function fail(problem: WebPlaybackProblem) {
  player?.disconnect();
  player = null;
  set({ status: 'unavailable', deviceId: null, problem, autoplayBlocked: false });
  onPlayerChanged();
}

/** authentication_error: refresh the token through the token store and connect once more. */
async function reauthenticate(instance: Spotify.Player) {
  const token = lastToken;
  if (!token || Date.now() - lastAuthRetry < AUTH_RETRY_SPACING_MS) return fail('auth');
  lastAuthRetry = Date.now();
  try {
    await refreshSession(token);
  } catch {
    return fail('auth');
  }
  if (player === instance) await instance.connect();
}

async function start(sdkUrl: string) {
  set({ status: 'connecting', deviceId: null, problem: null, autoplayBlocked: false });
  let sdk: typeof Spotify;
  try {
    sdk = await loadWebPlaybackSdk(sdkUrl);
  } catch {
    if (users > 0) fail('load');
    return;
  }
  if (users === 0 || player) return;
  const instance = new sdk.Player({
    name: BROWSER_DEVICE_NAME,
    volume: INITIAL_VOLUME,
    getOAuthToken: (give) => {
      currentAccessToken().then(
        (token) => {
          lastToken = token;
          give(token);
        },
        // The session ended: signing out stops the player, so there is nothing to give.
        () => undefined,
      );
    },
  });
  player = instance;
  instance.addListener('ready', ({ device_id }) => {
    set({ status: 'ready', deviceId: device_id, problem: null });
    onPlayerChanged();
  });
  instance.addListener('not_ready', () => {
    set({ status: 'connecting', deviceId: null });
    onPlayerChanged();
  });
  instance.addListener('player_state_changed', () => onPlayerChanged());
  instance.addListener('autoplay_failed', () => set({ autoplayBlocked: true }));
  instance.addListener('initialization_error', () => fail('drm'));
  instance.addListener('account_error', () => {
    fail('premium');
    playerUi.premiumRequired();
  });
  instance.addListener('authentication_error', () => void reauthenticate(instance));
  instance.addListener('playback_error', ({ message }) =>
    playerUi.fail(`This browser could not play that. ${message}`.trim()),
  );
  await instance.connect();
}

export const webPlayback = {
  /**
   * Starts the browser player (once per page) once the page has started, or sooner when
   * something needs it (`wanted`, `settled`), and keeps it while attached. Detaching the
   * last user stops it a tick later, so React's StrictMode remount does not reconnect.
   */
  attach(sdkUrl: string, changed: () => void): () => void {
    onPlayerChanged = changed;
    users++;
    clearTimeout(stopTimer);
    if (!player && !pending && state.status !== 'connecting' && state.status !== 'unavailable')
      pending = { sdkUrl, cancel: afterStart(startPending) };
    return () => {
      users--;
      if (users === 0) stopTimer = setTimeout(stop, 0);
    };
  },
  /** The login lacks the `streaming` scope: offer to ask for it. */
  needsScope() {
    clearTimeout(stopTimer);
    stop();
    set({ status: 'needs-scope' });
  },
  current: () => state,
  /** Something needs the browser player now (a device list is shown): no more waiting. */
  wanted: startPending,
  /** The state once it is no longer connecting, or after `timeoutMs`; starts it if waiting. */
  settled(timeoutMs: number): Promise<WebPlaybackState> {
    startPending();
    if (state.status !== 'connecting') return Promise.resolve(state);
    return new Promise((resolve) => {
      const done = () => {
        if (state.status === 'connecting') return;
        listeners.delete(done);
        clearTimeout(timer);
        resolve(state);
      };
      const timer = setTimeout(() => {
        listeners.delete(done);
        resolve(state);
      }, timeoutMs);
      listeners.add(done);
    });
  },
  /** Lets sound start in this browser; call it from the press of a button (autoplay rules). */
  async activate() {
    set({ autoplayBlocked: false });
    await player?.activateElement();
  },
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  /** For tests: no player, as on a fresh page. */
  reset() {
    clearTimeout(stopTimer);
    users = 0;
    lastAuthRetry = -Infinity;
    stop();
  },
};

export function useWebPlayback(): WebPlaybackState {
  return useSyncExternalStore(webPlayback.subscribe, webPlayback.current);
}
