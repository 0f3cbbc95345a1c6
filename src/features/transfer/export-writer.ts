/**
 * Writes export files in a Web Worker (export-worker.ts): 10,000 items as CSV or as a
 * JSON backup held the main thread for 80-130 ms on a desktop, four times that on a phone,
 * and the "Export everything" zip longer (issue 27). The worker starts with the first
 * export and stays for the next. Where there are no workers (the unit tests' jsdom), or
 * the worker's code could not load, the same writers run here: an export never waits on
 * a worker that will not answer.
 */
import { wrap, type Remote } from 'comlink';
import type { BackupLibrary, BackupPlaylist } from './backup-format';
import { writeExport, type TextFormat } from './export-formats';
import type { ExportWorker } from './export-worker';
import { libraryZip } from './library-zip';

interface Started {
  remote: Remote<ExportWorker>;
  /** Rejects if the worker's code fails to load or run. */
  failed: Promise<never>;
}

let started: Started | null | undefined;

function exportWorker(): Started | null {
  if (started !== undefined) return started;
  if (typeof Worker === 'undefined') return (started = null);
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener('error', () => reject(new WorkerFailed()), { once: true }),
  );
  // Nobody may be waiting when it fails; the next export finds it failed.
  failed.catch(() => undefined);
  return (started = { remote: wrap<ExportWorker>(worker), failed });
}

class WorkerFailed extends Error {}

/** `call` in the worker, or `inPlace` here when there is none or it failed. */
async function written<T>(
  call: (remote: Remote<ExportWorker>) => Promise<T>,
  inPlace: () => Promise<T>,
): Promise<T> {
  const worker = exportWorker();
  if (!worker) return inPlace();
  try {
    return await Promise.race([call(worker.remote), worker.failed]);
  } catch (error) {
    if (!(error instanceof WorkerFailed)) throw error;
    started = null;
    return inPlace();
  }
}

/** One playlist as an export file (export-formats.ts). */
export function writeExportFile(format: TextFormat, playlist: BackupPlaylist): Promise<BlobPart> {
  return written<BlobPart>(
    (remote) => remote.writeExport(format, playlist),
    async () => writeExport(format, playlist),
  );
}

/** The "Export everything" zip (library-zip.ts). */
export function writeLibraryZip(
  playlists: readonly BackupPlaylist[],
  now: Date,
  library?: BackupLibrary,
): Promise<BlobPart> {
  return written<BlobPart>(
    (remote) => remote.libraryZip(playlists, now, library),
    async () => new Uint8Array(await libraryZip(playlists, now, library)),
  );
}
