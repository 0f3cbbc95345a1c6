/**
 * Playlist entries as table rows. Every entry stays a row: local files and unavailable
 * items are kept (greyed out in the table), and anything malformed becomes an
 * "unavailable" row rather than an error that hides the rest.
 */
import { asRecord, safeUrl } from './read-spotify';
import type { PlaylistItem } from '../api/spotify-types';
import { parseLocalUri } from '../lib/local-file';
import { catalogId, isAddableUri } from './spotify-uri';

export type RowKind = 'track' | 'episode' | 'local' | 'unavailable';

export interface TrackRow {
  position: number;
  kind: RowKind;
  uri: string | null;
  title: string;
  /** Artists for tracks and local files, the show for episodes. */
  byline: string;
  /** The byline's artists with their ids, for links (tracks only; not in older caches). */
  artists?: ArtistRef[];
  album: string;
  /** The album's id, for a link (tracks only). */
  albumId?: string | null;
  /** The show's id, for a link (episodes only). */
  showId?: string | null;
  durationMs: number | null;
  addedAt: string | null;
  addedBy: string | null;
  spotifyUrl: string | null;
  imageUrl: string | null;
  /** The recording's ISRC, when Spotify sends one (tracks only): finds the same song under another URI. */
  isrc?: string | null;
  /**
   * An unavailable row that is a real song, withdrawn in the listener's market (named,
   * with its URI); without it an unavailable row is an item Spotify sent nothing for.
   */
  withdrawn?: boolean;
}

/** An artist as a row names it: a link when it has an id (local files' artists have none). */
export interface ArtistRef {
  id: string | null;
  name: string;
}

/** What the table shows for an item Spotify sent nothing usable for. */
export const UNAVAILABLE_TITLE = 'Unavailable item';

const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);
/** Durations: a count of milliseconds, or unknown. */
const asNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e10 ? value : null;

function names(list: unknown): string {
  if (!Array.isArray(list)) return '';
  return list
    .map((a) => asString(asRecord(a)?.name))
    .filter((n): n is string => !!n)
    .join(', ');
}

function artistRefs(list: unknown): ArtistRef[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((a) => {
    const record = asRecord(a);
    const name = asString(record?.name);
    return name ? [{ id: catalogId(record?.id), name }] : [];
  });
}

function smallestImage(images: unknown): string | null {
  if (!Array.isArray(images) || images.length === 0) return null;
  return safeUrl(asRecord(images.at(-1))?.url);
}

export function toRow(entry: unknown, position: number): TrackRow {
  const record = asRecord(entry) as Partial<Record<keyof PlaylistItem, unknown>> | null;
  const item = asRecord(record?.item);
  const base = {
    position,
    addedAt: asString(record?.added_at),
    addedBy: asString(asRecord(record?.added_by)?.id),
  };
  const uri = asString(item?.uri);

  if (record?.is_local === true || uri?.startsWith('spotify:local:')) {
    const tags = uri ? parseLocalUri(uri) : null;
    const album = asRecord(item?.album);
    return {
      ...base,
      kind: 'local',
      uri,
      title: asString(item?.name) || tags?.title || 'Unknown local file',
      byline: names(item?.artists) || tags?.artist || '',
      album: asString(album?.name) || tags?.album || '',
      durationMs: asNumber(item?.duration_ms) ?? tags?.durationMs ?? null,
      spotifyUrl: null,
      imageUrl: null,
    };
  }
  if (!item || !uri || !asString(item.name)) {
    return {
      ...base,
      kind: 'unavailable',
      uri,
      title: UNAVAILABLE_TITLE,
      byline: '',
      album: '',
      durationMs: null,
      spotifyUrl: null,
      imageUrl: null,
    };
  }
  const spotifyUrl = safeUrl(asRecord(item.external_urls)?.spotify);
  if (item.type === 'episode') {
    const show = asRecord(item.show);
    return {
      ...base,
      kind: 'episode',
      uri,
      title: asString(item.name)!,
      byline: asString(show?.name) ?? '',
      showId: catalogId(show?.id),
      album: '',
      durationMs: asNumber(item.duration_ms),
      spotifyUrl,
      imageUrl: smallestImage(item.images) ?? smallestImage(show?.images),
    };
  }
  const album = asRecord(item.album);
  return {
    ...base,
    // Withdrawn in the listener's market (docs/spotify-api.md#markets): named, but not playable.
    ...(item.is_playable === false ? { kind: 'unavailable', withdrawn: true } : { kind: 'track' }),
    uri,
    title: asString(item.name)!,
    byline: names(item.artists),
    artists: artistRefs(item.artists),
    album: asString(album?.name) ?? '',
    albumId: catalogId(album?.id),
    durationMs: asNumber(item.duration_ms),
    spotifyUrl,
    imageUrl: smallestImage(album?.images),
    isrc: asString(asRecord(item.external_ids)?.isrc),
  };
}

/** A bare track or episode (search result, now playing, history) as a row. */
export function itemRow(item: unknown, position = 0): TrackRow {
  const local = (item as { is_local?: unknown } | null)?.is_local === true;
  return toRow({ item, is_local: local, added_at: null, added_by: null }, position);
}

export const isPlayable = (row: TrackRow) => row.kind === 'track' || row.kind === 'episode';

/** Whether the Web API can add this row to a playlist (the one rule: lib/spotify-uri.ts). */
export const isAddable = (row: TrackRow) => isPlayable(row) && isAddableUri(row.uri);

/** Only tracks and episodes with a URI can be removed (and selected): Spotify cannot target local files (docs/spotify-api.md#local-files). */
export function isRemovable(row: TrackRow): boolean {
  return (
    (row.kind === 'track' || row.kind === 'episode' || row.kind === 'unavailable') &&
    !!row.uri &&
    !row.uri.startsWith('spotify:local:')
  );
}
