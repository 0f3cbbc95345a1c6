/**
 * Writes export files in a Web Worker (export-worker.ts): 10,000 items as CSV or as a
 * JSON backup held the main thread for 80-130 ms on a desktop, four times that on a phone,
 * and the "Export everything" zip longer (issue 27). Where there is no worker, or it
 * failed, the same writers run here (worker-client.ts).
 */
import type { BackupLibrary, BackupPlaylist } from './backup-format';
import { writeExport, type TextFormat } from './export-formats';
import type { ExportWorker } from './export-worker';
import { libraryZip } from './library-zip';
import { workerClient } from '../../lib/worker-client';

const exportWorker = workerClient<ExportWorker>(
  () => new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' }),
);

/** One playlist as an export file (export-formats.ts). */
export function writeExportFile(format: TextFormat, playlist: BackupPlaylist): Promise<BlobPart> {
  return exportWorker.run<BlobPart>(
    (remote) => remote.writeExport(format, playlist),
    () => writeExport(format, playlist),
  );
}

let lastZip = 0;

/**
 * The "Export everything" zip (library-zip.ts). The playlists go to the worker one a
 * message, each copied in its own task, so no task copies the whole library.
 */
export function writeLibraryZip(
  playlists: readonly BackupPlaylist[],
  now: Date,
  library?: BackupLibrary,
): Promise<BlobPart> {
  return exportWorker.run<BlobPart>(
    async (remote) => {
      const zip = ++lastZip;
      for (const playlist of playlists) await remote.zipPlaylist(zip, playlist);
      return remote.finishZip(zip, now, library);
    },
    async () => new Uint8Array(await libraryZip(playlists, now, library)),
  );
}
