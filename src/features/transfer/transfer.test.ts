import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BackupFileError,
  makeBackup,
  parseBackup,
  readBackupFile,
  type BackupPlaylist,
} from './backup-format';
import { CSV_COLUMNS, fileName, itemsCsv } from './csv-export';
import { describeLibrary, libraryZip } from './library-zip';
import { mergeUris } from './copy-merge';
import { bestMatch, readImportCsv } from './csv-import';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { items } from './sample-items';

describe('CSV export', () => {
  it('writes every item kind with a header row, quoted fields and a BOM', async () => {
    const csv = await itemsCsv(items);
    expect(csv.startsWith('\uFEFF"position","uri","title"')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toEqual([
      {
        position: '1',
        uri: `spotify:track:${'a'.repeat(22)}`,
        title: 'Café, "Live"',
        artists: 'Zoë, The Band',
        album: 'Ünder',
        length: '4:05',
        length_ms: '245000',
        added_at: '2025-01-02T03:04:05Z',
        added_by: 'demolistener',
        type: 'track',
        isrc: 'QZDEM2500001',
      },
      expect.objectContaining({
        position: '2',
        uri: 'spotify:local:Artist:Album:Home+Tape:200',
        title: 'Home Tape',
        type: 'local',
        isrc: '',
      }),
      // No item: no title (the table's "Unavailable item" is not data).
      expect.objectContaining({
        position: '3',
        uri: '',
        title: '',
        added_at: '',
        type: 'unavailable',
      }),
      expect.objectContaining({
        position: '4',
        title: 'Episode 1',
        artists: 'The Demo Hour',
        length: '30:00',
        type: 'episode',
      }),
      // Withdrawn in this market: a song with its data, not an empty slot.
      expect.objectContaining({
        position: '5',
        uri: `spotify:track:${'w'.repeat(22)}`,
        title: 'Gone Here',
        artists: 'Zoë, The Band',
        type: 'withdrawn',
      }),
    ]);
    // RFC 4180: a quote inside a field is doubled.
    expect(csv).toContain('"Café, ""Live"""');
  });

  it('names files after the playlist, safely', () => {
    expect(fileName('Road Trip: 2025 / best!', 'csv')).toBe('Road-Trip-2025-best.csv');
    expect(fileName('???', 'json')).toBe('playlist.json');
  });
});

/** Every item kind, in one playlist. */
const playlist: BackupPlaylist = {
  source: 'playlist',
  id: 'p1',
  name: 'Mixed',
  description: 'All kinds',
  public: false,
  collaborative: false,
  owner: { id: 'demolistener', name: 'Demo Listener' },
  coverUrl: null,
  itemsShared: true,
  items,
};

describe('JSON backup', () => {
  it('round-trips every item kind with a format version', () => {
    const text = JSON.stringify(makeBackup([playlist], new Date('2026-11-23T00:00:00Z')));
    const backup = parseBackup(text);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1 });
    expect(backup.playlists[0]!.items.map((i) => i.type)).toEqual([
      'track',
      'local',
      'unavailable',
      'episode',
      'withdrawn',
    ]);
    expect(backup.playlists[0]).toEqual(playlist);
  });

  it('refuses files that are not our backup, newer, or damaged, saying which', () => {
    const ours = makeBackup([playlist]);
    const refuse = (text: string) => {
      try {
        parseBackup(text);
      } catch (error) {
        expect(error).toBeInstanceOf(BackupFileError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refuse('not json')).toMatch(/not JSON/);
    expect(refuse(JSON.stringify({ playlists: [] }))).toBe(
      'This file is not a backup from this app.',
    );
    expect(refuse(JSON.stringify({ ...ours, version: 2 }))).toMatch(/newer version/);
    const broken = { ...ours, playlists: [{ ...playlist, items: [{ ...items[0], type: 'x' }] }] };
    expect(refuse(JSON.stringify(broken))).toMatch(/damaged/);
  });
});

describe('export everything', () => {
  it('zips a CSV per shared playlist, an index marking unshared ones, and one JSON backup', async () => {
    const mine: BackupPlaylist = {
      source: 'playlist',
      id: 'a',
      name: 'Mine',
      description: null,
      public: true,
      collaborative: false,
      owner: { id: 'me', name: 'Me' },
      coverUrl: null,
      itemsShared: true,
      items,
    };
    const theirs: BackupPlaylist = {
      ...mine,
      id: 'b',
      name: 'Theirs',
      owner: { id: 'curator', name: 'Curator' },
      itemsShared: false,
      items: [],
    };
    const files = unzipSync(await libraryZip([mine, theirs]));
    expect(Object.keys(files).sort()).toEqual([
      'backup.json',
      'playlists.csv',
      'playlists/001-Mine.csv',
    ]);
    // Byte for byte, BOM included.
    expect(Array.from(files['playlists/001-Mine.csv']!)).toEqual(
      Array.from(strToU8(await itemsCsv(items))),
    );
    const index = strFromU8(files['playlists.csv']!);
    expect(index).toContain(
      '"Theirs","Curator","","no (not yours: Spotify does not share its items)"',
    );
    expect(parseBackup(strFromU8(files['backup.json']!)).playlists).toEqual([mine, theirs]);
  });

  it('adds the saved albums, followed artists and podcasts: a CSV of them and in the backup', async () => {
    const id = (c: string) => c.repeat(22);
    const library = {
      albums: [
        {
          uri: `spotify:album:${id('a')}`,
          name: 'Box, Set',
          by: 'Band',
          addedAt: '2026-01-02T00:00:00Z',
        },
      ],
      artists: [{ uri: `spotify:artist:${id('b')}`, name: 'Band', by: '', addedAt: null }],
      shows: [],
    };
    const files = unzipSync(await libraryZip([], new Date(), library));
    const csv = strFromU8(files['library.csv']!);
    expect(csv).toContain(
      '"album","Box, Set","Band","spotify:album:' + id('a') + '","2026-01-02T00:00:00Z"',
    );
    expect(csv).toContain('"artist","Band","","spotify:artist:' + id('b') + '",""');
    expect(parseBackup(strFromU8(files['backup.json']!)).library).toEqual(library);
    expect(describeLibrary(library)).toBe('1 album and 1 artist');
    // A backup whose library is damaged is refused before any request.
    const damaged = { ...makeBackup([], new Date(), library) };
    damaged.library = {
      ...library,
      artists: [{ ...library.artists[0]!, uri: 'spotify:artist:x' }],
    };
    expect(() => parseBackup(JSON.stringify(damaged))).toThrow(/albums, artists or podcasts/);
  });
});

describe('merge', () => {
  const t = (c: string) => `spotify:track:${c.repeat(22)}`;
  it('adds every source in order, skipping what the target or an earlier source has', () => {
    const a = [t('a'), t('b'), 'spotify:local:x:y:z:1', t('c')];
    const b = [t('c'), t('d'), null, t('a')];
    expect(mergeUris([a, b], [t('b')], true)).toEqual({
      uris: [t('a'), t('c'), t('d')],
      skipped: 3,
      unaddable: 2,
    });
    expect(mergeUris([a, b], [t('b')], false).uris).toEqual([
      t('a'),
      t('b'),
      t('c'),
      t('c'),
      t('d'),
      t('a'),
    ]);
  });
});

describe('CSV import', () => {
  it('takes URIs (and open.spotify.com links) as they are, and marks what cannot be imported', async () => {
    const rows = await readImportCsv(await itemsCsv(items));
    expect(rows.map((r) => [r.uri, r.title, r.unusable === null])).toEqual([
      [`spotify:track:${'a'.repeat(22)}`, 'Café, "Live"', true],
      [null, 'Home Tape', false],
      [null, '', false],
      [`spotify:episode:${'e'.repeat(22)}`, 'Episode 1', true],
      [`spotify:track:${'w'.repeat(22)}`, 'Gone Here', true],
    ]);
    expect(rows[0]!.durationMs).toBe(245_000);
    const other = await readImportCsv(
      `Track Name,Artist Name(s),Duration (ms),Spotify URL\r\nSong,Ann,200000,https://open.spotify.com/track/${'b'.repeat(22)}?si=x\r\nOther,Bob,3:20,\r\n`,
    );
    expect(other.map((r) => [r.uri, r.title, r.artists, r.unusable])).toEqual([
      [`spotify:track:${'b'.repeat(22)}`, 'Song', 'Ann', null],
      [null, 'Other', 'Bob', null],
    ]);
    await expect(readImportCsv('a,b\r\n1,2\r\n')).rejects.toThrow(
      /no column of Spotify URIs or song titles/,
    );
  });

  it('picks the best search result by title, artists and length, and none when unsure', () => {
    const row = {
      line: 2,
      uri: null,
      title: 'Cafe',
      artists: 'Zoe',
      durationMs: 200_000,
      unusable: null,
    };
    const c = (title: string, artists: string, durationMs: number) => ({
      uri: `spotify:track:${title.padEnd(22, 'x').slice(0, 22)}`,
      title,
      artists,
      durationMs,
    });
    const right = c('Café', 'Zoë, Band', 201_000);
    expect(
      bestMatch(row, [c('Café', 'Other', 200_000), right, c('Cafe Live', 'Zoë', 200_000)]),
    ).toBe(right);
    expect(bestMatch(row, [c('Café', 'Other', 200_000)])).toBeNull();
    expect(bestMatch(row, [c('Something else', 'Zoë', 200_000)])).toBeNull();
  });
});

describe('Backup file', () => {
  it('reads a JSON backup and the zip Export everything makes', async () => {
    const now = new Date('2026-12-04T00:00:00Z');
    const json = strToU8(JSON.stringify(makeBackup([playlist], now)));
    expect((await readBackupFile(json)).playlists).toEqual([playlist]);
    expect(await readBackupFile(await libraryZip([playlist], now))).toEqual(
      makeBackup([playlist], now),
    );
  });

  it('says what is wrong with a zip that is not ours or is damaged', async () => {
    const other = zipSync({ 'notes.txt': strToU8('hello') });
    await expect(readBackupFile(other)).rejects.toThrow(/no backup\.json/);
    const damaged = (await libraryZip([playlist])).slice(0, 200);
    await expect(readBackupFile(damaged)).rejects.toThrow(BackupFileError);
  });
});
