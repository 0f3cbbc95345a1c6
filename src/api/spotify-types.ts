/**
 * The shapes Spotify really returns to a Development Mode app, derived from the
 * generated OpenAPI types. The spec still lists fields Dev Mode removed (available_markets,
 * popularity, linked_from, publisher, country, email, product, followers) and misses
 * nulls Spotify sends (local files, unavailable items, display_name, public); these types
 * correct that (see docs/spotify-api.md: "Object shapes", "Local files", "Null items"). Both the app
 * and the emulator use them, so a drift fails the type check on both sides.
 */
import type { components } from './spotify-schema';

type Schemas = components['schemas'];

export type ExternalUrls = Schemas['ExternalUrlObject'];
export type Image = Schemas['ImageObject'];

export interface SimplifiedArtist extends Omit<
  Schemas['SimplifiedArtistObject'],
  'id' | 'uri' | 'href' | 'name' | 'type'
> {
  /** null for a local file's artist. */
  id: string | null;
  uri: string | null;
  href: string | null;
  name: string;
  type: 'artist';
}

export interface SimplifiedAlbum extends Omit<
  Schemas['SimplifiedAlbumObject'],
  'available_markets' | 'id' | 'uri' | 'href' | 'album_type' | 'artists'
> {
  /** null for a local file's album. */
  id: string | null;
  uri: string | null;
  href: string | null;
  album_type: 'album' | 'single' | 'compilation' | null;
  artists: SimplifiedArtist[];
}

export interface Track extends Omit<
  Schemas['TrackObject'],
  | 'type'
  | 'available_markets'
  | 'popularity'
  | 'linked_from'
  | 'album'
  | 'artists'
  | 'id'
  | 'href'
  | 'uri'
  | 'name'
  | 'duration_ms'
  | 'is_local'
> {
  type: 'track';
  /** null for local files. */
  id: string | null;
  href: string | null;
  uri: string;
  name: string;
  duration_ms: number;
  is_local: boolean;
  album: SimplifiedAlbum;
  artists: SimplifiedArtist[];
}

/** An artist in full (GET /artists/{id}): Development Mode removed followers and popularity; genres are often empty. */
export interface Artist {
  external_urls: ExternalUrls;
  genres: string[];
  href: string;
  id: string;
  images: Image[];
  name: string;
  type: 'artist';
  uri: string;
}

/** A track as an album lists it: the track without its album or external ids. */
export type SimplifiedTrack = Omit<Track, 'album' | 'external_ids'>;

/** An album in full (GET /albums/{id}): Development Mode removed label and popularity. */
export interface Album extends SimplifiedAlbum {
  tracks: Paging<SimplifiedTrack>;
  copyrights: { text: string; type: string }[];
  external_ids: Schemas['ExternalIdObject'];
  genres: string[];
}

export type SimplifiedShow = Omit<
  Schemas['SimplifiedShowObject'],
  'available_markets' | 'publisher'
>;

type EpisodeBase = Omit<Schemas['EpisodeBase'], 'type'>;
export interface Episode extends EpisodeBase {
  type: 'episode';
  show: SimplifiedShow;
}

export type PlayableItem = Track | Episode;

/** An episode as its show lists it: the episode without its show. */
export type SimplifiedEpisode = Omit<Episode, 'show'>;

/** A show in full (GET /shows/{id}): the show with its first page of episodes. */
export interface Show extends SimplifiedShow {
  episodes: Paging<SimplifiedEpisode>;
}

/** Items of GET /me/albums, /me/shows and /me/episodes: what was saved, and when. */
export interface SavedAlbum {
  added_at: string;
  album: Album;
}
export interface SavedShow {
  added_at: string;
  show: SimplifiedShow;
}
export interface SavedEpisode {
  added_at: string;
  episode: Episode;
}

export interface PlaylistUser extends Omit<Schemas['PlaylistUserObject'], 'id' | 'uri'> {
  id: string;
  uri: string;
}
export interface PlaylistOwner extends PlaylistUser {
  display_name: string | null;
}

export interface PlaylistItem {
  /** null in very old playlists. */
  added_at: string | null;
  added_by: PlaylistUser | null;
  is_local: boolean;
  /** null when the item is unavailable, or an episode requested without additional_types. */
  item: PlayableItem | null;
}

type PagingBase = Schemas['PagingObject'];
export interface Paging<T> extends PagingBase {
  items: T[];
}

interface PlaylistBase {
  collaborative: boolean;
  description: string | null;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: Image[];
  name: string;
  owner: PlaylistOwner;
  /** null when Spotify does not say. */
  public: boolean | null;
  snapshot_id: string;
  type: 'playlist';
  uri: string;
}

export interface SimplifiedPlaylist extends PlaylistBase {
  /** The renamed `tracks`; may be missing on playlists the user does not own. */
  items?: { href: string; total: number };
}

export interface Playlist extends PlaylistBase {
  followers?: { href: null; total: number };
  /** Present only when the user owns or collaborates on the playlist. */
  items?: Paging<PlaylistItem>;
}

export interface CurrentUser {
  account_id: string;
  display_name: string | null;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: Image[];
  type: 'user';
  uri: string;
}

export interface SavedTrack {
  added_at: string;
  track: Track;
}

export type Device = Schemas['DeviceObject'] & { id: string | null; name: string; type: string };

export type Context = Schemas['ContextObject'] & { type: string; uri: string };

/** The real `actions` shape: nested `disallows`, where the spec shows a flat object. */
export interface PlayerActions {
  disallows: Partial<Record<keyof Schemas['DisallowsObject'], boolean>>;
}

export type RepeatState = 'off' | 'track' | 'context';

export interface PlaybackState {
  device: Device;
  repeat_state: RepeatState;
  shuffle_state: boolean;
  smart_shuffle: boolean;
  context: Context | null;
  timestamp: number;
  progress_ms: number | null;
  is_playing: boolean;
  item: PlayableItem | null;
  currently_playing_type: 'track' | 'episode' | 'ad' | 'unknown';
  actions: PlayerActions;
}

export type CurrentlyPlaying = Omit<PlaybackState, 'device' | 'repeat_state' | 'shuffle_state'>;

export interface Queue {
  currently_playing: PlayableItem | null;
  queue: PlayableItem[];
}

export interface PlayHistory {
  track: Track;
  played_at: string;
  context: Context | null;
}

export interface CursorPaging<T> {
  href: string;
  limit: number;
  next: string | null;
  cursors: { after: string; before: string } | null;
  items: T[];
}

export interface SearchResults {
  tracks?: Paging<Track>;
  episodes?: Paging<Episode | null>;
  artists?: Paging<Artist>;
  albums?: Paging<SimplifiedAlbum>;
  playlists?: Paging<SimplifiedPlaylist | null>;
  shows?: Paging<SimplifiedShow>;
  audiobooks?: Paging<Schemas['SimplifiedAudiobookObject']>;
}

/** Web API error body; player and quota errors add a reason (docs/spotify-api.md#errors). */
export interface ApiErrorBody {
  error: { status: number; message: string; reason?: string };
}

/** Accounts service error body (docs/spotify-api.md#token-errors). */
export interface OAuthErrorBody {
  error: string;
  error_description: string;
}

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  scope: string;
  expires_in: number;
  refresh_token?: string;
}
