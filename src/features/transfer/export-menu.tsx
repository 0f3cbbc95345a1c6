import { useState } from 'react';
import { describeError } from '../../api/errors';
import { MenuButton, type MenuItem } from '../../components/menu-button';
import { undoHistory } from '../../components/undo/undo-store';
import { formatCount } from '../../lib/format';
import type { BackupPlaylist } from './backup-format';
import { fileName } from './csv-export';
import { xspf } from './playlist-files';
import { downloadFile } from './download';
import { writeExportFile } from './export-writer';

interface ExportMenuProps {
  /** What is exported, for the button's name: "Road Trip". */
  name: string;
  /** Reads the playlist with every item (the page may still be loading them). */
  describe: () => Promise<BackupPlaylist>;
  /** More for taking it elsewhere (Copy to a new playlist…). */
  more?: MenuItem[];
}

/**
 * The files a playlist can be exported as: what each is for, its type and its writer (in
 * the export worker, but XSPF: it needs the XML DOM, which workers lack).
 */
const FORMATS = [
  {
    label: 'CSV (for spreadsheets)',
    name: 'CSV',
    extension: 'csv',
    type: 'text/csv;charset=utf-8',
    write: (playlist: BackupPlaylist) => writeExportFile('csv', playlist),
  },
  {
    label: 'CSV with Exportify’s columns (for other tools)',
    name: 'Exportify CSV',
    // Beside ours in the same folder, not over it.
    extension: 'exportify.csv',
    type: 'text/csv;charset=utf-8',
    write: (playlist: BackupPlaylist) => writeExportFile('exportify-csv', playlist),
  },
  {
    label: 'M3U8 playlist file',
    name: 'M3U8',
    extension: 'm3u8',
    type: 'audio/x-mpegurl;charset=utf-8',
    write: (playlist: BackupPlaylist) => writeExportFile('m3u8', playlist),
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
    write: (playlist: BackupPlaylist) => writeExportFile('json', playlist),
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
