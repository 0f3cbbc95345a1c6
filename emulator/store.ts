/** The emulator's in-memory state: catalogue, users, playlists, library, auth and player. */

import type { Mangle } from './mangle';

export interface ArtistRecord {
  id: string;
  name: string;
  genres: string[];
}
export interface AlbumRecord {
  id: string;
  name: string;
  artistIds: string[];
  releaseDate: string;
  albumType: 'album' | 'single' | 'compilation';
  trackIds: string[];
}
export interface TrackRecord {
  id: string;
  name: string;
  albumId: string;
  artistIds: string[];
  durationMs: number;
  trackNumber: number;
  /** Set on albums of more than one disc; 1 otherwise. */
  discNumber?: number;
  explicit: boolean;
  isrc: string;
  /** Withdrawn in the listener's market: served with `is_playable: false` (docs/spotify-api.md#markets). */
  unavailable?: boolean;
}
export interface ShowRecord {
  id: string;
  name: string;
  description: string;
  episodeIds: string[];
}
export interface EpisodeRecord {
  id: string;
  name: string;
  showId: string;
  durationMs: number;
  releaseDate: string;
  description: string;
}
export interface UserRecord {
  id: string;
  displayName: string | null;
  accountId: string;
  hasImage: boolean;
}

/** A local file's tags, as Spotify encodes them in `spotify:local:` URIs (docs/spotify-api.md#ids-and-uris). */
export interface LocalFile {
  artist: string;
  album: string;
  title: string;
  seconds: number;
}

export interface PlaylistEntry {
  /** Internal identity of this occurrence (never sent); lets reorders merge across snapshots. */
  key: number;
  uri: string;
  addedAt: string | null;
  addedBy: string | null;
  /** The catalogue no longer has it: served as `item: null` (docs/spotify-api.md#null-items). */
  unavailable?: boolean;
  local?: LocalFile;
}

export type StoredImage =
  { kind: 'generated'; label: string } | { kind: 'upload'; version: number; jpeg: Uint8Array };

export interface PlaylistRecord {
  id: string;
  name: string;
  description: string | null;
  ownerId: string;
  public: boolean | null;
  collaborative: boolean;
  collaborators: string[];
  followers: number;
  snapshotId: string;
  entries: PlaylistEntry[];
  /** Recent versions by snapshot id, so a reorder against an older snapshot can be merged (docs/spotify-api.md#snapshot-ids). */
  history: Map<string, PlaylistEntry[]>;
  image: StoredImage | null;
  /** A cover upload Spotify is still "processing" (5.1: 202, asynchronous). */
  pendingImage?: { image: StoredImage; readyAt: number };
}

export interface ClientRecord {
  id: string;
  name: string;
  /** Loopback URIs registered without a port accept any port (docs/spotify-api.md#redirect-uris). */
  redirectUris: string[];
}

export interface AuthCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  scopes: string[];
  userId: string;
  expiresAt: number;
  /** Set once exchanged; a second exchange revokes what the first one issued. */
  exchangedFamily?: string;
}

export interface AccessToken {
  userId: string;
  clientId: string;
  scopes: string[];
  expiresAt: number;
  family: string;
}

export interface RefreshToken {
  userId: string;
  clientId: string;
  scopes: string[];
  /** The user's original consent: refresh tokens die 6 months after it (docs/spotify-api.md#refresh-tokens). */
  consentAt: number;
  family: string;
  /** Replaced by a newer token under rotation; reusing it revokes the family. */
  rotated: boolean;
}

export interface DeviceRecord {
  id: string;
  name: string;
  type: string;
  volumePercent: number | null;
  supportsVolume: boolean;
  isRestricted: boolean;
  /** Set for a browser player registered through the Web Playback SDK stand-in. */
  webPlayback?: { lastSeenAt: number };
}

export interface PlayRecord {
  uri: string;
  playedAt: number;
  contextUri: string | null;
}

export interface PlayerRecord {
  devices: DeviceRecord[];
  activeDeviceId: string | null;
  isPlaying: boolean;
  /** What is loaded (a track or episode URI), or null when nothing is. */
  currentUri: string | null;
  contextUri: string | null;
  /** The context's playable URIs in context order (null for unplayable entries). */
  contextItems: (string | null)[];
  /** Play order as indexes into contextItems (shuffled when shuffle is on). */
  order: number[];
  orderPos: number;
  /** Whether currentUri came from the user queue rather than the context. */
  playingFromQueue: boolean;
  queue: string[];
  progressMs: number;
  /** Clock time progressMs was last brought up to date. */
  updatedAt: number;
  shuffle: boolean;
  repeat: 'off' | 'track' | 'context';
  history: PlayRecord[];
  /** Clock time since which the device has been idle (paused or stopped). */
  idleSince: number;
  /** SDK events queued by the control API for the browser players' next poll. */
  webPlaybackEvents: { type: WebPlaybackErrorType; message: string }[];
}

export type WebPlaybackErrorType =
  'initialization_error' | 'authentication_error' | 'account_error' | 'playback_error';

export interface Faults {
  latencyMs: number;
  jitterMs: number;
  /** Share of Web API requests answered with a 5xx, 0 to 1. */
  errorRate: number;
  errorStatus: number;
  /**
   * A closed rate window: every Web API request gets a 429 for `seconds` on the clock,
   * counted from the first request that meets it (`until` is set then), as a real window
   * closes when an app goes over the limit, not when a test asks for it.
   */
  rateLimit: { mode: 'retry-after' | 'hidden'; seconds: number; until: number | null } | null;
  quotaExceeded: boolean;
  /** The next N writes are committed, then the connection is dropped. */
  dropAfterCommit: number;
  /** The next N POSTs to the Web API get a 500 and change nothing (a failing add in a sequence). */
  failNextPosts: number;
  /** The Nth write (POST, PUT or DELETE) from now gets a 500 and changes nothing; 0 = off. */
  failWrite: number;
  /** CORS preflights (OPTIONS) wait the latency too, as on the real network. */
  preflightLatency: boolean;
  /**
   * The most items GET /playlists/{id}/items gives per page: 50 as documented, or 100 as
   * Spotify serves in late 2026. A bigger `limit` is refused (400 "Invalid limit") or,
   * with `itemPageOverMax: 'shorten'`, answered with a short page.
   */
  itemPageMax: number;
  itemPageOverMax: 'refuse' | 'shorten';
  /**
   * Playlist item pages starting in [fromOffset, toOffset) wait this much longer: a list
   * that is still loading for as long as a test needs, whatever the machine's speed.
   */
  slowItemPages: { fromOffset: number; toOffset: number; latencyMs: number } | null;
  /** Hide Retry-After from browsers (no Access-Control-Expose-Headers). */
  hideRetryAfter: boolean;
  /** Malformed bodies on purpose: matching /v1 responses get these edits (mangle.ts). */
  mangle: Mangle | null;
}

export interface Settings {
  accessTokenTtlSeconds: number;
  refreshRotation: boolean;
  premium: boolean;
  /** 'unknown' answers disallowed player actions as Spotify usually does; 'specific' names them. */
  playerReasons: 'unknown' | 'specific';
  coverProcessingMs: number;
  /** False imitates a browser without EME/DRM: browser players fail with initialization_error. */
  webPlaybackDrm: boolean;
  /** True imitates a browser that blocks autoplay: autoplay_failed until activateElement(). */
  autoplayBlocked: boolean;
}

export interface RequestLogEntry {
  time: number;
  method: string;
  path: string;
  query: string;
  status: number;
  /** The body of a /v1 write. */
  body?: string;
}

export interface Store {
  artists: Map<string, ArtistRecord>;
  albums: Map<string, AlbumRecord>;
  tracks: Map<string, TrackRecord>;
  shows: Map<string, ShowRecord>;
  episodes: Map<string, EpisodeRecord>;
  users: Map<string, UserRecord>;
  playlists: Map<string, PlaylistRecord>;
  /** The demo user's /me/playlists, newest first; null stands for a null entry (docs/spotify-api.md#null-items). */
  libraryPlaylists: (string | null)[];
  /** Saved items (tracks, albums, episodes, shows, artists, users) with when they were saved. */
  saved: Map<string, number>;
  clients: Map<string, ClientRecord>;
  codes: Map<string, AuthCode>;
  accessTokens: Map<string, AccessToken>;
  refreshTokens: Map<string, RefreshToken>;
  revokedFamilies: Set<string>;
  player: PlayerRecord;
  faults: Faults;
  settings: Settings;
  requestLog: RequestLogEntry[];
  demoUserId: string;
  nextEntryKey: number;
}

export function defaultFaults(): Faults {
  return {
    latencyMs: 0,
    jitterMs: 0,
    errorRate: 0,
    errorStatus: 503,
    rateLimit: null,
    quotaExceeded: false,
    dropAfterCommit: 0,
    failNextPosts: 0,
    failWrite: 0,
    preflightLatency: false,
    itemPageMax: 50,
    itemPageOverMax: 'refuse',
    slowItemPages: null,
    hideRetryAfter: false,
    mangle: null,
  };
}
