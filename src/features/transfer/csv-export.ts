/** A playlist as CSV (csv.ts: quoting, byte order mark, formula starts neutralised). */
import { formatDuration } from '../../lib/format';
import type { BackupItem } from './backup-format';
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

export function itemsCsv(items: readonly BackupItem[]): string {
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
