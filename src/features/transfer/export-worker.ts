/**
 * The export worker: writes export files off the main thread (export-writer.ts) and hands
 * back Blobs, so the page neither copies nor encodes their content (a 3 MB JSON backup of
 * 10,000 items cost the main thread about 100 ms as a string).
 */
import type { BackupLibrary, BackupPlaylist } from './backup-format';
import { writeExport, type TextFormat } from './export-formats';
import { libraryZip } from './library-zip';
import { serveInWorker } from '../../lib/worker-client';

const exportWorker = {
  async writeExport(format: TextFormat, playlist: BackupPlaylist): Promise<Blob> {
    return new Blob([await writeExport(format, playlist)]);
  },
  async libraryZip(
    playlists: readonly BackupPlaylist[],
    now: Date,
    library?: BackupLibrary,
  ): Promise<Blob> {
    return new Blob([new Uint8Array(await libraryZip(playlists, now, library))]);
  },
};

serveInWorker(exportWorker);

export type ExportWorker = typeof exportWorker;
