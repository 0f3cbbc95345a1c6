/**
 * The text of each export file, from the playlist with every item: what the export
 * worker runs (export-writer.ts), and what runs in its place where there is no worker.
 * XSPF is not here: it is built with the browser's XML DOM, which a worker does not have.
 */
import { makeBackup, type BackupPlaylist } from './backup-format';
import { exportifyCsv, itemsCsv } from './csv-export';
import { m3u8 } from './playlist-files';

export type TextFormat = 'csv' | 'exportify-csv' | 'm3u8' | 'json';

export function writeExport(
  format: TextFormat,
  playlist: BackupPlaylist,
): Promise<string> | string {
  switch (format) {
    case 'csv':
      return itemsCsv(playlist.items);
    case 'exportify-csv':
      return exportifyCsv(playlist);
    case 'm3u8':
      return m3u8(playlist);
    case 'json':
      return JSON.stringify(makeBackup([playlist]), null, 2);
  }
}
