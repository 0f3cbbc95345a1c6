/**
 * Saving and following a backup's albums, artists and podcasts again, through
 * `PUT /me/library` (40 a request). Each kind goes oldest first, so the newest saved is
 * saved last and each list comes back in the order it had.
 */
import { LIBRARY_BATCH, writeSaved } from '../../api/library-writes';
import type { BackupLibrary, BackupSaved } from './backup-format';

/** A kind's entries oldest first: by date saved, else (artists) the newest-first list turned round. */
function oldestFirst(list: readonly BackupSaved[]): string[] {
  return [...list]
    .reverse()
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => (a.entry.addedAt ?? '').localeCompare(b.entry.addedAt ?? '') || a.i - b.i)
    .map(({ entry }) => entry.uri);
}

/** Every URI to save, in the order it is sent: albums, podcasts, then artists. */
export function savedUris(library: BackupLibrary): string[] {
  return [
    ...oldestFirst(library.albums),
    ...oldestFirst(library.shows),
    ...oldestFirst(library.artists),
  ];
}

/**
 * Sends `uris` from `from` on, 40 a request, saying after each how many are done. A
 * failure is thrown as it came; what was sent before it stays saved, and a retry from
 * the count given sends only the rest (saving again is harmless anyway).
 */
export async function restoreSaved(
  uris: readonly string[],
  from: number,
  onProgress: (done: number) => void,
): Promise<void> {
  for (let at = from; at < uris.length; at += LIBRARY_BATCH) {
    await writeSaved(uris.slice(at, at + LIBRARY_BATCH), true);
    onProgress(Math.min(uris.length, at + LIBRARY_BATCH));
  }
}
