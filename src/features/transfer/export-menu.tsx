import { useState } from 'react';
import { describeError } from '../../api/errors';
import { MenuButton, type MenuItem } from '../../components/menu-button';
import { undoHistory } from '../../components/undo/undo-store';
import { formatCount } from '../../lib/format';
import { makeBackup, type BackupPlaylist } from './backup-format';
import { fileName, itemsCsv } from './csv-export';
import { downloadFile } from './download';

interface ExportMenuProps {
  /** What is exported, for the button's name: "Road Trip". */
  name: string;
  /** Reads the playlist with every item (the page may still be loading them). */
  describe: () => Promise<BackupPlaylist>;
  /** More for taking it elsewhere (Copy to a new playlist…). */
  more?: MenuItem[];
}

/**
 * "Export": the playlist (or Liked Songs) as CSV for spreadsheets, or as our JSON backup
 * for restoring, downloaded from the browser. Every item in order, local files and
 * unavailable items included.
 */
export function ExportMenu({ name, describe, more = [] }: ExportMenuProps) {
  const [busy, setBusy] = useState(false);
  const run = async (format: 'csv' | 'json') => {
    setBusy(true);
    undoHistory.announce(`Preparing ${name} for export…`);
    try {
      const playlist = await describe();
      if (format === 'csv')
        downloadFile(
          fileName(playlist.name, 'csv'),
          'text/csv;charset=utf-8',
          itemsCsv(playlist.items),
        );
      else
        downloadFile(
          fileName(playlist.name, 'json'),
          'application/json',
          JSON.stringify(makeBackup([playlist]), null, 2),
        );
      undoHistory.announce(
        `Exported ${playlist.name} as ${format.toUpperCase()}: ${formatCount(playlist.items.length, 'item')}.`,
      );
    } catch (error) {
      undoHistory.announce(`${name} could not be exported: ${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <MenuButton
      className="button"
      label={`Export ${name}`}
      items={[
        { label: 'CSV (for spreadsheets)', onSelect: () => void run('csv'), disabled: busy },
        { label: 'JSON backup (for restoring)', onSelect: () => void run('json'), disabled: busy },
        ...more,
      ]}
    >
      Export
    </MenuButton>
  );
}
