/**
 * Writes an export file in a Web Worker: 10,000 items as CSV or as a JSON backup held the
 * main thread for 80-130 ms on a desktop, four times that on a phone (issue 27). The
 * worker starts with the first export and stays for the next. Where there are no workers
 * (the unit tests' jsdom) the same writer runs here.
 */
import { wrap, type Remote } from 'comlink';
import type { BackupPlaylist } from './backup-format';
import { writeExport, type TextFormat } from './export-formats';
import type { ExportWorker } from './export-worker';

let worker: Remote<ExportWorker> | undefined;

export async function writeExportFile(
  format: TextFormat,
  playlist: BackupPlaylist,
): Promise<BlobPart> {
  if (typeof Worker === 'undefined') return writeExport(format, playlist);
  worker ??= wrap<ExportWorker>(
    new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' }),
  );
  return worker.writeExportBlob(format, playlist);
}
