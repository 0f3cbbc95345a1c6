/**
 * The export worker: writes export files off the main thread (export-writer.ts) and hands
 * back Blobs, so the page neither copies nor encodes their content (a 3 MB JSON backup of
 * 10,000 items cost the main thread about 100 ms as a string).
 */
import type { BackupLibrary, BackupPlaylist } from './backup-format';
import { writeExport, type TextFormat } from './export-formats';
import { libraryZip } from './library-zip';
import { serveInWorker } from '../../lib/worker-client';

/**
 * The playlists of each zip being written, sent one a message (zipPlaylist): cloning the
 * whole library into one message held the page for about 70 ms on a desktop.
 */
const zips = new Map<number, BackupPlaylist[]>();

const exportWorker = {
  async writeExport(format: TextFormat, playlist: BackupPlaylist): Promise<Blob> {
    return new Blob([await writeExport(format, playlist)]);
  },
  zipPlaylist(zip: number, playlist: BackupPlaylist) {
    const playlists = zips.get(zip) ?? [];
    playlists.push(playlist);
    zips.set(zip, playlists);
  },
  /** The zip of the playlists sent for it, in the order they came. */
  async finishZip(zip: number, now: Date, library?: BackupLibrary): Promise<Blob> {
    const playlists = zips.get(zip) ?? [];
    zips.delete(zip);
    return new Blob([new Uint8Array(await libraryZip(playlists, now, library))]);
  },
};

serveInWorker(exportWorker);

export type ExportWorker = typeof exportWorker;
