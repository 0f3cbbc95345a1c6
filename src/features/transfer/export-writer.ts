/**
 * Writes export files in a Web Worker (export-worker.ts): 10,000 items as CSV or as a
 * JSON backup held the main thread for 80-130 ms on a desktop, four times that on a phone,
 * and the "Export everything" zip longer (issue 27). The worker starts with the first
 * export and stays for the next. Where there are no workers (the unit tests' jsdom) the
 * same writers run here.
 */
import { wrap, type Remote } from 'comlink';
import type { BackupLibrary, BackupPlaylist } from './backup-format';
import { writeExport, type TextFormat } from './export-formats';
import type { ExportWorker } from './export-worker';
import { libraryZip } from './library-zip';

let worker: Remote<ExportWorker> | undefined;

function exportWorker(): Remote<ExportWorker> | null {
  if (typeof Worker === 'undefined') return null;
  return (worker ??= wrap<ExportWorker>(
    new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' }),
  ));
}

/** One playlist as an export file (export-formats.ts). */
export async function writeExportFile(
  format: TextFormat,
  playlist: BackupPlaylist,
): Promise<BlobPart> {
  const inWorker = exportWorker();
  if (inWorker) return inWorker.writeExport(format, playlist);
  return writeExport(format, playlist);
}

/** The "Export everything" zip (library-zip.ts). */
export async function writeLibraryZip(
  playlists: readonly BackupPlaylist[],
  now: Date,
  library?: BackupLibrary,
): Promise<BlobPart> {
  const inWorker = exportWorker();
  if (inWorker) return inWorker.libraryZip(playlists, now, library);
  return new Uint8Array(await libraryZip(playlists, now, library));
}
