/** A playlist as CSV (csv.ts: quoting, byte order mark, formula starts neutralised). */
import { formatDuration } from '../../lib/format';
import type { BackupItem, BackupPlaylist } from './backup-format';
import { writeCsv } from './csv';

export const CSV_COLUMNS = [
  'position',
  'uri',
  'title',
  'artists',
  'album',
  'length',
  'length_ms',
  'added_at',
  'added_by',
  'type',
  'isrc',
] as const;

export function itemsCsv(items: readonly BackupItem[]): Promise<string> {
  const rows = items.map((item) => ({
    position: item.position + 1,
    uri: item.uri ?? '',
    title: item.title,
    artists: item.artists,
    album: item.album,
    length: item.durationMs === null ? '' : formatDuration(item.durationMs),
    length_ms: item.durationMs ?? '',
    added_at: item.addedAt ?? '',
    added_by: item.addedBy ?? '',
    type: item.type,
    isrc: item.isrc ?? '',
  }));
  return writeCsv(CSV_COLUMNS, rows);
}

/**
 * Exportify's columns, in its order (github.com/watsonbox/exportify, "Export Format"), so
 * the many tools that import Exportify CSVs take ours. Columns we do not keep, or that
 * Spotify no longer sends (popularity, preview URLs: api-behaviour.md), are left empty.
 */
export const EXPORTIFY_COLUMNS = [
  'Track URI',
  'Track Name',
  'Artist URI(s)',
  'Artist Name(s)',
  'Album URI',
  'Album Name',
  'Album Artist URI(s)',
  'Album Artist Name(s)',
  'Album Release Date',
  'Album Image URL',
  'Disc Number',
  'Track Number',
  'Track Duration (ms)',
  'Track Preview URL',
  'Explicit',
  'Popularity',
  'ISRC',
  'Is Playable',
  'Added By',
  'Added At',
] as const;

export function exportifyCsv({ items }: Pick<BackupPlaylist, 'items'>): Promise<string> {
  const empty = Object.fromEntries(EXPORTIFY_COLUMNS.map((column) => [column, ''])) as Record<
    (typeof EXPORTIFY_COLUMNS)[number],
    string | number
  >;
  const rows = items.map((item) => ({
    ...empty,
    'Track URI': item.uri ?? '',
    'Track Name': item.title,
    'Artist Name(s)': item.artists,
    'Album Name': item.album,
    'Track Duration (ms)': item.durationMs ?? '',
    ISRC: item.isrc ?? '',
    'Is Playable': item.type === 'track' || item.type === 'episode' ? 'true' : 'false',
    'Added By': item.addedBy ? `spotify:user:${item.addedBy}` : '',
    'Added At': item.addedAt ?? '',
  }));
  return writeCsv(EXPORTIFY_COLUMNS, rows);
}

/** A file name from a playlist's name: letters, digits and dashes only. */
export function fileName(name: string, extension: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${base || 'playlist'}.${extension}`;
}
