import { useRef, useState } from 'react';
import { describeError } from '../../api/errors';
import { formatCount } from '../../lib/format';
import type { BackupLibrary, BackupPlaylist } from './backup-format';
import { downloadFile } from './download';
import { writeLibraryZip } from './export-writer';
import { describeLibrary } from './library-zip';

export interface ExportSource {
  name: string;
  /** Reads it with every item (through the query cache and the rate-limit gate). */
  load: () => Promise<BackupPlaylist>;
}

/**
 * "Export everything": every playlist (owned and followed), Liked Songs, and the saved
 * albums, followed artists and podcasts into one zip, with progress. A failure stops it
 * with "Try again", which goes on from the playlist that failed; the ones already read
 * are kept.
 */
export function ExportAllButton({
  sources,
  library,
}: {
  sources: () => Promise<ExportSource[]>;
  /** The rest of Your Library, read after the playlists (through the query cache). */
  library?: () => Promise<BackupLibrary>;
}) {
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const done = useRef<BackupPlaylist[]>([]);
  const list = useRef<ExportSource[] | null>(null);

  const run = async () => {
    setBusy(true);
    try {
      list.current ??= await sources();
      const all = list.current;
      for (let i = done.current.length; i < all.length; i++) {
        setStatus({ text: `Exporting ${i + 1} of ${all.length}: ${all[i]!.name}…`, failed: false });
        done.current.push(await all[i]!.load());
      }
      if (library)
        setStatus({ text: 'Exporting your albums, artists and podcasts…', failed: false });
      const saved = await library?.();
      const date = new Date().toISOString().slice(0, 10);
      const zip = await writeLibraryZip(done.current, new Date(), saved);
      downloadFile(`spotify-library-${date}.zip`, 'application/zip', zip);
      const hidden = done.current.filter((p) => !p.itemsShared).length;
      setStatus({
        text: `Exported ${formatCount(all.length, 'playlist')}${hidden ? ` (${hidden} without their items: not yours, Spotify does not share them)` : ''}${saved && describeLibrary(saved) ? `, with ${describeLibrary(saved)}` : ''}.`,
        failed: false,
      });
      done.current = [];
      list.current = null;
    } catch (error) {
      const at = done.current.length;
      setStatus({
        text: `Export stopped at ${list.current ? (list.current[at]?.name ?? 'your albums, artists and podcasts') : 'the list of playlists'}: ${describeError(error)} Try again goes on from there.`,
        failed: true,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void run()}>
        {status?.failed ? 'Try again' : 'Export everything'}
      </button>
      {status && (
        <p className="muted export-status" role={status.failed ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </>
  );
}
