/**
 * The simulated Spotify Connect player (docs/spotify-api.md#player). State advances lazily from the clock:
 * every read or command first brings progress up to date, finishing tracks, recording
 * them in recently played and moving on as repeat, shuffle and the queue say.
 */
import type { Clock } from './clock';
import { ApiProblem } from './http';
import { seededRandom } from './random';
import type { DeviceRecord, PlayerRecord, Store } from './store';

const HISTORY_LIMIT = 50;
/** Devices go inactive after idling (docs/spotify-api.md#player); Spotify's timeout is not published. */
export const DEVICE_IDLE_TIMEOUT = 30 * 60_000;
/** How far ahead the queue endpoint looks into the context. */
const UPCOMING_LIMIT = 20;
/**
 * A browser player (Web Playback SDK stand-in) that has not been heard from for this long
 * has gone (tab closed without saying so, or asleep): its device leaves the list.
 */
export const WEB_PLAYBACK_SILENCE_LIMIT = 2 * 60_000;

export function seedDevices(): DeviceRecord[] {
  return [
    {
      id: '6f8c1d2e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d',
      name: 'Demo Laptop',
      type: 'Computer',
      volumePercent: 65,
      supportsVolume: true,
      isRestricted: false,
    },
    {
      id: '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
      name: 'Living Room Speaker',
      type: 'Speaker',
      volumePercent: 40,
      supportsVolume: true,
      isRestricted: false,
    },
    // Phones do not take volume commands (VOLUME_CONTROL_DISALLOW).
    {
      id: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d',
      name: 'Demo Phone',
      type: 'Smartphone',
      volumePercent: null,
      supportsVolume: false,
      isRestricted: false,
    },
  ];
}

export function emptyPlayer(now: number): PlayerRecord {
  return {
    devices: seedDevices(),
    activeDeviceId: null,
    isPlaying: false,
    currentUri: null,
    contextUri: null,
    contextItems: [],
    order: [],
    orderPos: 0,
    playingFromQueue: false,
    queue: [],
    progressMs: 0,
    updatedAt: now,
    shuffle: false,
    repeat: 'off',
    history: [],
    idleSince: now,
    webPlaybackEvents: [],
  };
}

export function createPlayer(store: Store, clock: Clock) {
  const p = () => store.player;

  const durationOf = (uri: string): number => {
    const [, type, id = ''] = uri.split(':');
    if (type === 'track') return store.tracks.get(id)?.durationMs ?? 0;
    if (type === 'episode') return store.episodes.get(id)?.durationMs ?? 0;
    return 0;
  };

  const restriction = (reason: string) =>
    new ApiProblem(
      403,
      'Player command failed: Restriction violated',
      store.settings.playerReasons === 'specific' ? reason : 'UNKNOWN',
    );

  /** The next playable position in play order after `from`, wrapping when repeat is context. */
  const findNext = (from: number, wrap: boolean): number | null => {
    const { order, contextItems } = p();
    for (let i = from + 1; i < order.length; i++) if (contextItems[order[i]!]) return i;
    if (wrap)
      for (let i = 0; i <= Math.min(from, order.length - 1); i++)
        if (contextItems[order[i]!]) return i;
    return null;
  };
  const findPrevious = (from: number, wrap: boolean): number | null => {
    const { order, contextItems } = p();
    for (let i = from - 1; i >= 0; i--) if (contextItems[order[i]!]) return i;
    if (wrap) for (let i = order.length - 1; i >= from; i--) if (contextItems[order[i]!]) return i;
    return null;
  };

  const record = (uri: string) => {
    // Episodes are not part of recently played (docs/spotify-api.md#player).
    if (!uri.startsWith('spotify:track:')) return;
    const player = p();
    player.history.unshift({ uri, playedAt: clock.now(), contextUri: player.contextUri });
    player.history.length = Math.min(player.history.length, HISTORY_LIMIT);
  };

  const loadOrderPos = (pos: number) => {
    const player = p();
    player.orderPos = pos;
    player.currentUri = player.contextItems[player.order[pos]!]!;
    player.playingFromQueue = false;
    player.progressMs = 0;
  };

  /** Moves on from the current item; false when the context has ended. */
  const advance = (cause: 'finished' | 'skipped'): boolean => {
    const player = p();
    if (cause === 'finished' && player.repeat === 'track') {
      player.progressMs = 0;
      return true;
    }
    const queued = player.queue.shift();
    if (queued) {
      player.currentUri = queued;
      player.playingFromQueue = true;
      player.progressMs = 0;
      return true;
    }
    const next = findNext(player.orderPos, player.repeat !== 'off');
    if (next === null) {
      player.isPlaying = false;
      player.progressMs = 0;
      player.idleSince = clock.now();
      return false;
    }
    loadOrderPos(next);
    return true;
  };

  /** Removes a device; if it was playing, playback stops (nothing is active any more). */
  const removeDevice = (id: string) => {
    const player = p();
    player.devices = player.devices.filter((d) => d.id !== id);
    if (player.activeDeviceId === id) {
      player.activeDeviceId = null;
      player.isPlaying = false;
      player.idleSince = clock.now();
    }
  };

  /** Brings progress up to the clock's now, and lets silent browser players go. */
  const sync = () => {
    const player = p();
    const now = clock.now();
    for (const device of player.devices) {
      if (device.webPlayback && now - device.webPlayback.lastSeenAt > WEB_PLAYBACK_SILENCE_LIMIT)
        removeDevice(device.id);
    }
    let elapsed = now - player.updatedAt;
    player.updatedAt = now;
    if (!player.isPlaying || !player.currentUri) {
      if (player.activeDeviceId && now - player.idleSince > DEVICE_IDLE_TIMEOUT)
        player.activeDeviceId = null;
      return;
    }
    for (let guard = 0; elapsed > 0 && guard < 100_000; guard++) {
      const remaining = durationOf(player.currentUri) - player.progressMs;
      if (elapsed < remaining) {
        player.progressMs += elapsed;
        return;
      }
      elapsed -= Math.max(remaining, 0);
      record(player.currentUri);
      if (!advance('finished')) return;
    }
  };

  const shuffledOrder = (length: number, first: number): number[] => {
    const rng = seededRandom(clock.now() & 0xffffffff);
    const rest = Array.from({ length }, (_, i) => i).filter((i) => i !== first);
    for (let i = rest.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
    return [first, ...rest];
  };

  const hasNext = () => {
    const player = p();
    return player.queue.length > 0 || findNext(player.orderPos, player.repeat !== 'off') !== null;
  };
  const hasPrevious = () => {
    const player = p();
    return (
      player.playingFromQueue || findPrevious(player.orderPos, player.repeat !== 'off') !== null
    );
  };

  return {
    sync,
    removeDevice,
    durationOf,
    restriction,
    hasNext,
    hasPrevious,

    /** Starts a context (or a list of URIs) at `start`, an index into `items`. */
    load(contextUri: string | null, items: (string | null)[], start: number, positionMs: number) {
      const player = p();
      player.contextUri = contextUri;
      player.contextItems = items;
      player.order = player.shuffle ? shuffledOrder(items.length, start) : items.map((_, i) => i);
      loadOrderPos(player.shuffle ? 0 : start);
      player.progressMs = Math.min(positionMs, durationOf(player.currentUri!));
      player.isPlaying = true;
      player.updatedAt = clock.now();
    },

    pause() {
      const player = p();
      if (!player.isPlaying) throw restriction('ALREADY_PAUSED');
      player.isPlaying = false;
      player.idleSince = clock.now();
    },

    /** Carries on with what is loaded. */
    resume() {
      const player = p();
      if (!player.currentUri) throw restriction('NO_SPECIFIC_TRACK');
      player.isPlaying = true;
    },

    next() {
      const player = p();
      if (!player.currentUri || !hasNext()) throw restriction('NO_NEXT_TRACK');
      record(player.currentUri);
      advance('skipped');
    },

    previous() {
      const player = p();
      if (!player.currentUri) throw restriction('NO_PREV_TRACK');
      if (player.playingFromQueue) {
        // Back from a queued item to where the context was.
        loadOrderPos(player.orderPos);
        return;
      }
      const previous = findPrevious(player.orderPos, player.repeat !== 'off');
      if (previous === null) throw restriction('NO_PREV_TRACK');
      loadOrderPos(previous);
    },

    seek(positionMs: number) {
      const player = p();
      if (!player.currentUri) throw restriction('NO_SPECIFIC_TRACK');
      // Seeking past the end skips to the next track (docs/spotify-api.md#player).
      if (positionMs >= durationOf(player.currentUri)) {
        record(player.currentUri);
        advance('skipped');
      } else {
        player.progressMs = positionMs;
      }
    },

    setShuffle(on: boolean) {
      const player = p();
      if (player.shuffle === on) return;
      player.shuffle = on;
      if (player.order.length === 0) return;
      const current = player.order[player.orderPos] ?? 0;
      player.order = on
        ? shuffledOrder(player.contextItems.length, current)
        : player.contextItems.map((_, i) => i);
      player.orderPos = on ? 0 : current;
    },

    /** What plays after the current item: the user queue, then the context. */
    upcoming(): string[] {
      const player = p();
      const out = [...player.queue];
      let pos = player.orderPos;
      const seen = new Set<number>();
      while (out.length < UPCOMING_LIMIT) {
        const next = findNext(pos, player.repeat === 'context');
        if (next === null || seen.has(next)) break;
        seen.add(next);
        out.push(player.contextItems[player.order[next]!]!);
        pos = next;
      }
      return out.slice(0, UPCOMING_LIMIT);
    },

    markIdle() {
      p().idleSince = clock.now();
    },
  };
}

export type Player = ReturnType<typeof createPlayer>;
