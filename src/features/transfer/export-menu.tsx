import { useState } from 'react';
import { describeError } from '../../api/errors';
import { MenuButton, type MenuItem } from '../../components/menu-button';
import { undoHistory } from '../../components/undo/undo-store';
import { formatCount } from '../../lib/format';
import { makeBackup, type BackupPlaylist } from './backup-format';
import { exportifyCsv, fileName, itemsCsv } from './csv-export';
import { m3u8, xspf } from './playlist-files';
import { downloadFile } from './download';

interface ExportMenuProps {
  /** What is exported, for the button's name: "Road Trip". */
  name: string;
  /** Reads the playlist with every item (the page may still be loading them). */
  describe: () => Promise<BackupPlaylist>;
  /** More for taking it elsewhere (Copy to a new playlist…). */
  more?: MenuItem[];
}

/** The files a playlist can be exported as: what each is for, its type and its writer. */
const FORMATS = [
  {
    label: 'CSV (for spreadsheets)',
    name: 'CSV',
    extension: 'csv',
    type: 'text/csv;charset=utf-8',
    write: (playlist: BackupPlaylist) => itemsCsv(playlist.items),
  },
  {
    label: 'CSV with Exportify’s columns (for other tools)',
    name: 'Exportify CSV',
    // Beside ours in the same folder, not over it.
    extension: 'exportify.csv',
    type: 'text/csv;charset=utf-8',
    write: exportifyCsv,
  },
  {
    label: 'M3U8 playlist file',
    name: 'M3U8',
    extension: 'm3u8',
    type: 'audio/x-mpegurl;charset=utf-8',
    write: m3u8,
  },
  {
    label: 'XSPF playlist file',
    name: 'XSPF',
    extension: 'xspf',
    type: 'application/xspf+xml',
    write: xspf,
  },
  {
    label: 'JSON backup (for restoring)',
    name: 'JSON',
    extension: 'json',
    type: 'application/json',
    write: (playlist: BackupPlaylist) => JSON.stringify(makeBackup([playlist]), null, 2),
  },
] as const;

/**
 * "Export": the playlist (or Liked Songs) as CSV for spreadsheets (ours, or with
 * Exportify's columns), as an M3U8 or XSPF playlist file, or as our JSON backup for
 * restoring, downloaded from the browser. Every item in order, local files and
 * unavailable items included (the playlist files leave out items with no address).
 */
export function ExportMenu({ name, describe, more = [] }: ExportMenuProps) {
  const [busy, setBusy] = useState(false);
  const run = async (format: (typeof FORMATS)[number]) => {
    setBusy(true);
    // One toast for the export: its progress, then how it ended.
    const key = `export ${name}`;
    undoHistory.announce(`Preparing ${name} for export…`, key);
    try {
      const playlist = await describe();
      downloadFile(
        fileName(playlist.name, format.extension),
        format.type,
        await format.write(playlist),
      );
      undoHistory.announce(
        `Exported ${playlist.name} as ${format.name}: ${formatCount(playlist.items.length, 'item')}.`,
        key,
      );
    } catch (error) {
      undoHistory.announce(`${name} could not be exported: ${describeError(error)}`, key);
    } finally {
      setBusy(false);
    }
  };
  return (
    <MenuButton
      className="button"
      label={`Export ${name}`}
      items={[
        ...FORMATS.map((format) => ({
          label: format.label,
          onSelect: () => void run(format),
          disabled: busy,
        })),
        ...more,
      ]}
    >
      Export
    </MenuButton>
  );
}
