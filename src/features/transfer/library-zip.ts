/**
 * The "Export everything" zip (export-all.tsx), written in the export worker
 * (export-writer.ts): every playlist's CSV, the index, the rest of the library and the
 * JSON backup, compressed.
 */
import { makeBackup, ZIP_BACKUP, type BackupLibrary, type BackupPlaylist } from './backup-format';
import { writeCsv } from './csv';
import { fileName, itemsCsv } from './csv-export';
import { formatCount } from '../../lib/format';

/**
 * The zip: one CSV per playlist with items, an index of every playlist, the saved albums,
 * followed artists and podcasts (when read), and one JSON backup of all of it.
 */
export async function libraryZip(
  playlists: readonly BackupPlaylist[],
  now = new Date(),
  library?: BackupLibrary,
): Promise<Uint8Array> {
  // fflate loads with the first export: no page needs it before then.
  const { strToU8, zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = {};
  for (const [i, playlist] of playlists.entries()) {
    if (!playlist.itemsShared) continue;
    const number = String(i + 1).padStart(3, '0');
    files[`playlists/${number}-${fileName(playlist.name, 'csv')}`] = strToU8(
      await itemsCsv(playlist.items),
    );
  }
  const index = await writeCsv(
    ['name', 'owner', 'items', 'items_shared', 'public', 'collaborative', 'source'],
    playlists.map((p) => ({
      name: p.name,
      owner: p.owner?.name ?? p.owner?.id ?? '',
      items: p.itemsShared ? p.items.length : '',
      items_shared: p.itemsShared ? 'yes' : 'no (not yours: Spotify does not share its items)',
      public: p.public === null ? '' : p.public ? 'yes' : 'no',
      collaborative: p.collaborative ? 'yes' : 'no',
      source: p.source,
    })),
  );
  files['playlists.csv'] = strToU8(index);
  if (library) {
    const kinds = [
      ['album', library.albums],
      ['artist', library.artists],
      ['podcast', library.shows],
    ] as const;
    files['library.csv'] = strToU8(
      await writeCsv(
        ['kind', 'name', 'by', 'uri', 'added_at'],
        kinds.flatMap(([kind, list]) =>
          list.map((e) => ({
            kind,
            name: e.name,
            by: e.by,
            uri: e.uri,
            added_at: e.addedAt ?? '',
          })),
        ),
      ),
    );
  }
  files[ZIP_BACKUP] = strToU8(JSON.stringify(makeBackup([...playlists], now, library), null, 1));
  return zipSync(files, { level: 6 });
}

/** "10 albums, 8 artists and 2 podcasts": what a backup's library holds. */
export function describeLibrary(library: BackupLibrary): string {
  const parts = [
    [library.albums.length, 'album'],
    [library.artists.length, 'artist'],
    [library.shows.length, 'podcast'],
  ] as const;
  const named = parts.filter(([n]) => n > 0).map(([n, noun]) => formatCount(n, noun));
  return named.length > 1
    ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`
    : (named[0] ?? '');
}
