/**
 * Readers for the player's bodies: devices, the queue and recently played. As everywhere,
 * a body is never trusted: a field of the wrong type becomes a safe value, an entry that
 * cannot be read is left out, and items become rows (itemRow), which read every field.
 */
import type { Context, Device, Image, PlayerActions, RepeatState } from '../api/spotify-types';
import { asRecord, readImages, safeUrl } from './read-spotify';
import { itemRow, type TrackRow } from './track-row';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const flag = (value: unknown): boolean => value === true;

/** A device, or null without a name (nothing to show it by). */
export function readDevice(value: unknown): Device | null {
  const device = asRecord(value);
  const name = text(device?.name);
  if (!device || !name) return null;
  const volume = device.volume_percent;
  return {
    id: text(device.id),
    name,
    type: text(device.type) ?? 'Unknown',
    is_active: flag(device.is_active),
    is_private_session: flag(device.is_private_session),
    is_restricted: flag(device.is_restricted),
    supports_volume: flag(device.supports_volume),
    volume_percent:
      typeof volume === 'number' && volume >= 0 && volume <= 100 ? Math.round(volume) : null,
  };
}

/** The device list, or null when the body is not one. */
export function readDevices(data: unknown): Device[] | null {
  const devices = asRecord(data)?.devices;
  if (!Array.isArray(devices)) return null;
  return devices.map(readDevice).filter((device) => device !== null);
}

export function readContext(value: unknown): Context | null {
  const context = asRecord(value);
  const uri = text(context?.uri);
  if (!context || !uri) return null;
  const spotify = safeUrl(asRecord(context.external_urls)?.spotify);
  return {
    type: text(context.type) ?? 'unknown',
    uri,
    href: text(context.href) ?? undefined,
    external_urls: spotify ? { spotify } : undefined,
  };
}

/** A readable item, as a row; null for an absent or unreadable one. */
const readItem = (value: unknown): TrackRow | null => {
  if (!asRecord(value)) return null;
  const row = itemRow(value);
  return row.uri ? row : null;
};

export interface QueueRows {
  current: TrackRow | null;
  next: TrackRow[];
}

export function readQueue(data: unknown): QueueRows {
  const queue = asRecord(data);
  const next = Array.isArray(queue?.queue) ? queue.queue : [];
  return {
    current: readItem(queue?.currently_playing),
    next: next.map(readItem).filter((row) => row !== null),
  };
}

export interface Play {
  playedAt: string;
  row: TrackRow;
  context: Context | null;
}

export interface HistoryPage {
  plays: Play[];
  /** The cursor for the page before this one, when Spotify offers one. */
  before: string | null;
}

/** A page of recently played, or null when the body is not one. */
export function readHistoryPage(data: unknown): HistoryPage | null {
  const page = asRecord(data);
  if (!page || !Array.isArray(page.items)) return null;
  const plays = page.items.flatMap((entry): Play[] => {
    const play = asRecord(entry);
    const playedAt = text(play?.played_at);
    const row = readItem(play?.track);
    return play && playedAt && row ? [{ playedAt, row, context: readContext(play.context) }] : [];
  });
  const before = text(asRecord(page.cursors)?.before);
  return { plays, before: page.next && plays.length > 0 ? before : null };
}

/** What plays, as the player shows it: a row (title, byline, heart) with its length and art. */
export interface NowPlayingItem {
  row: TrackRow;
  durationMs: number;
  /** Every size Spotify offers (the bar picks one, the system's media controls take all). */
  images: Image[];
  /** The album, or the show of an episode. */
  album: string;
}

/** GET /me/player, read: the playback state the app relies on, every field checked. */
export interface Playback {
  device: Device;
  repeat_state: RepeatState;
  shuffle_state: boolean;
  context: Context | null;
  progress_ms: number | null;
  is_playing: boolean;
  item: NowPlayingItem | null;
  actions: PlayerActions;
}

const REPEAT_STATES: readonly RepeatState[] = ['off', 'track', 'context'];
const UNKNOWN_DEVICE: Device = {
  id: null,
  name: 'an unknown device',
  type: 'Unknown',
  is_active: true,
  is_private_session: false,
  is_restricted: false,
  supports_volume: false,
  volume_percent: null,
};

function readNowPlaying(value: unknown): NowPlayingItem | null {
  const item = asRecord(value);
  const row = readItem(value);
  if (!item || !row || (row.kind !== 'track' && row.kind !== 'episode')) return null;
  const album = asRecord(item.album);
  const show = asRecord(item.show);
  return {
    row,
    durationMs: row.durationMs ?? 0,
    images: readImages(row.kind === 'episode' ? item.images : album?.images),
    album: text(row.kind === 'episode' ? show?.name : album?.name) ?? '',
  };
}

function readActions(value: unknown): PlayerActions {
  const disallows = asRecord(asRecord(value)?.disallows) ?? {};
  return {
    disallows: Object.fromEntries(
      Object.entries(disallows).filter(([, on]) => typeof on === 'boolean'),
    ),
  };
}

/** The playback state, or null when the body is not one (no `is_playing`). */
export function readPlayback(data: unknown): Playback | null {
  const state = asRecord(data);
  if (!state || typeof state.is_playing !== 'boolean') return null;
  const repeat = REPEAT_STATES.find((mode) => mode === state.repeat_state) ?? 'off';
  const progress = state.progress_ms;
  return {
    device: readDevice(state.device) ?? UNKNOWN_DEVICE,
    repeat_state: repeat,
    shuffle_state: flag(state.shuffle_state),
    context: readContext(state.context),
    progress_ms: typeof progress === 'number' && progress >= 0 ? progress : null,
    is_playing: state.is_playing,
    item: readNowPlaying(state.item),
    actions: readActions(state.actions),
  };
}
