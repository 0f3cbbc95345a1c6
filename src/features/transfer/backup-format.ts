/**
 * Our backup file: a versioned JSON document of playlists (and Liked Songs) with every
 * item in order, local files and unavailable items included, so nothing is lost even
 * where the Web API cannot restore it; Export everything adds the saved albums, followed
 * artists and podcasts. Reading one checks it thoroughly: a file that is
 * not ours, of a newer version, or malformed is refused with a message before any request.
 */
import type { TrackRow } from '../../domain/track-row';

export const BACKUP_FORMAT = 'spotify-library-manager/backup';
export const BACKUP_VERSION = 1;

/**
 * `unavailable`: Spotify sent no item (no title, usually no URI); `withdrawn`: a real song
 * not playable in the listener's market (full data, URI kept; backups before it say
 * `unavailable` for both).
 */
export type BackupItemType = 'track' | 'episode' | 'local' | 'unavailable' | 'withdrawn';

export interface BackupItem {
  position: number;
  /** null for entries Spotify no longer describes. */
  uri: string | null;
  title: string;
  /** Artists for songs and local files, the show for episodes. */
  artists: string;
  album: string;
  durationMs: number | null;
  addedAt: string | null;
  addedBy: string | null;
  type: BackupItemType;
  isrc: string | null;
}

export interface BackupPlaylist {
  /** Where it came from: a playlist, or the account's Liked Songs. */
  source: 'playlist' | 'liked-songs';
  id: string | null;
  name: string;
  description: string | null;
  public: boolean | null;
  collaborative: boolean;
  owner: { id: string; name: string | null } | null;
  /** The cover as Spotify served it (restoring can upload it again). */
  coverUrl: string | null;
  /** False when Spotify does not share the items (someone else's playlist, 5.1). */
  itemsShared: boolean;
  items: BackupItem[];
}

/** A saved album, followed artist or followed podcast. */
export interface BackupSaved {
  uri: string;
  name: string;
  /** An album's artists; '' for artists and podcasts. */
  by: string;
  /** When it was saved (null for artists: Spotify does not say). */
  addedAt: string | null;
}

/** The rest of Your Library, newest first as Spotify lists it. */
export interface BackupLibrary {
  albums: BackupSaved[];
  artists: BackupSaved[];
  shows: BackupSaved[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  playlists: BackupPlaylist[];
  /** In backups from Export everything since albums, artists and podcasts were kept. */
  library?: BackupLibrary;
}

export function backupItems(rows: readonly TrackRow[]): BackupItem[] {
  return rows.map((row, position) => ({
    position,
    uri: row.uri,
    // Data, not what the table shows in its place.
    title: row.kind === 'unavailable' && !row.withdrawn ? '' : row.title,
    artists: row.byline,
    album: row.album,
    durationMs: row.durationMs,
    addedAt: row.addedAt,
    addedBy: row.addedBy,
    type: row.withdrawn ? 'withdrawn' : row.kind,
    isrc: row.isrc ?? null,
  }));
}

export function makeBackup(
  playlists: BackupPlaylist[],
  now = new Date(),
  library?: BackupLibrary,
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    playlists,
    ...(library ? { library } : {}),
  };
}

/** A backup file that cannot be restored; the message says why, for the person. */
export class BackupFileError extends Error {
  override readonly name = 'BackupFileError';
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown) => v === null || isString(v);
const isNumberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
const TYPES = new Set<unknown>(['track', 'episode', 'local', 'unavailable', 'withdrawn']);

function checkItem(value: unknown): value is BackupItem {
  const item = value as Record<string, unknown> | null;
  return (
    !!item &&
    typeof item.position === 'number' &&
    isStringOrNull(item.uri) &&
    isString(item.title) &&
    isString(item.artists) &&
    isString(item.album) &&
    isNumberOrNull(item.durationMs) &&
    isStringOrNull(item.addedAt) &&
    isStringOrNull(item.addedBy) &&
    TYPES.has(item.type) &&
    isStringOrNull(item.isrc)
  );
}

function checkPlaylist(value: unknown): value is BackupPlaylist {
  const playlist = value as Record<string, unknown> | null;
  return (
    !!playlist &&
    (playlist.source === 'playlist' || playlist.source === 'liked-songs') &&
    isString(playlist.name) &&
    isStringOrNull(playlist.description) &&
    (playlist.public === null || typeof playlist.public === 'boolean') &&
    typeof playlist.collaborative === 'boolean' &&
    typeof playlist.itemsShared === 'boolean' &&
    Array.isArray(playlist.items) &&
    playlist.items.every(checkItem)
  );
}

const SAVED_URI = {
  albums: /^spotify:album:[0-9A-Za-z]{22}$/,
  artists: /^spotify:artist:[0-9A-Za-z]{22}$/,
  shows: /^spotify:show:[0-9A-Za-z]{22}$/,
} as const;

function checkLibrary(value: unknown): value is BackupLibrary {
  const library = value as Record<string, unknown> | null;
  return (
    !!library &&
    (Object.keys(SAVED_URI) as (keyof BackupLibrary)[]).every((kind) => {
      const list = library[kind];
      return (
        Array.isArray(list) &&
        list.every((entry: Record<string, unknown> | null) => {
          return (
            !!entry &&
            isString(entry.uri) &&
            SAVED_URI[kind].test(entry.uri) &&
            isString(entry.name) &&
            isString(entry.by) &&
            isStringOrNull(entry.addedAt)
          );
        })
      );
    })
  );
}

/** Reads a backup file's text; throws BackupFileError saying what is wrong. */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BackupFileError('This file is not a backup from this app: it is not JSON.');
  }
  const backup = data as Partial<Backup> | null;
  if (!backup || typeof backup !== 'object' || backup.format !== BACKUP_FORMAT)
    throw new BackupFileError('This file is not a backup from this app.');
  if (typeof backup.version !== 'number' || backup.version > BACKUP_VERSION)
    throw new BackupFileError(
      `This backup was made by a newer version of this app (format ${String(backup.version)}); update the app to restore it.`,
    );
  if (!Array.isArray(backup.playlists) || !backup.playlists.every(checkPlaylist))
    throw new BackupFileError('This backup is damaged: some of its playlists could not be read.');
  if (backup.library !== undefined && !checkLibrary(backup.library))
    throw new BackupFileError(
      'This backup is damaged: its albums, artists or podcasts could not be read.',
    );
  return backup as Backup;
}

/** The file Export everything puts its backup in, inside the zip. */
export const ZIP_BACKUP = 'backup.json';
const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A chosen file: a JSON backup, or the zip Export everything makes (its backup.json). */
export async function readBackupFile(bytes: Uint8Array): Promise<Backup> {
  // fflate loads with the first file chosen: no page needs it before then.
  const { strFromU8, unzipSync } = await import('fflate');
  if (!isZip(bytes)) return parseBackup(strFromU8(bytes));
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === ZIP_BACKUP });
  } catch {
    throw new BackupFileError('This zip could not be read: it may be damaged.');
  }
  const json = files[ZIP_BACKUP];
  if (!json)
    throw new BackupFileError(
      'This zip has no backup.json: choose the zip Export everything made, or a JSON backup.',
    );
  return parseBackup(strFromU8(json));
}
