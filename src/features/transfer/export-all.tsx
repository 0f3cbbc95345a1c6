import { useRef, useState } from 'react';
import { describeError } from '../../api/errors';
import { formatCount } from '../../lib/format';
import { makeBackup, ZIP_BACKUP, type BackupLibrary, type BackupPlaylist } from './backup-format';
import { writeCsv } from './csv';
import { fileName, itemsCsv } from './csv-export';
import { downloadFile } from './download';

export interface ExportSource {
  name: string;
  /** Reads it with every item (through the query cache and the rate-limit gate). */
  load: () => Promise<BackupPlaylist>;
}

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
      const zip = await libraryZip(done.current, new Date(), saved);
      downloadFile(`spotify-library-${date}.zip`, 'application/zip', new Uint8Array(zip));
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
