import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { BackupPlaylist } from './backup-format';
import { EXPORTIFY_COLUMNS, exportifyCsv } from './csv-export';
import { m3u8, xspf } from './playlist-files';
import { items } from './sample-items';

const playlist = (overrides: Partial<BackupPlaylist> = {}) => ({
  name: 'Road <Trip> & "Co"',
  description: 'Line one\nline two',
  owner: { id: 'demolistener', name: 'Demo Listener' },
  items,
  ...overrides,
});
const song = `spotify:track:${'a'.repeat(22)}`;

describe('Exportify CSV', () => {
  it('has Exportify’s columns in its order and fills what Spotify sends', async () => {
    const parsed = Papa.parse<Record<string, string>>((await exportifyCsv(playlist())).slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual([...EXPORTIFY_COLUMNS]);
    expect(parsed.meta.fields?.slice(0, 4)).toEqual([
      'Track URI',
      'Track Name',
      'Artist URI(s)',
      'Artist Name(s)',
    ]);
    expect(parsed.data[0]).toMatchObject({
      'Track URI': song,
      'Track Name': 'Café, "Live"',
      'Artist Name(s)': 'Zoë, The Band',
      'Album Name': 'Ünder',
      'Track Duration (ms)': '245000',
      ISRC: 'QZDEM2500001',
      'Is Playable': 'true',
      'Added By': 'spotify:user:demolistener',
      'Added At': '2025-01-02T03:04:05Z',
      Popularity: '',
    });
    expect(parsed.data.map((row) => row['Is Playable'])).toEqual([
      'true',
      'false',
      'false',
      'true',
      'false',
    ]);
  });
});

describe('M3U8', () => {
  it('lists each item with its length and names, located by its Spotify page', () => {
    const lines = m3u8(playlist()).trimEnd().split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '#EXTM3U',
      '#PLAYLIST:Road <Trip> & "Co"',
      '#EXTINF:245,Zoë, The Band - Café, "Live"',
      '#EXTALB:Ünder',
      `https://open.spotify.com/track/${'a'.repeat(22)}`,
    ]);
    // A local file keeps its URI; the item with no details is a comment, not an entry.
    expect(lines).toContain('spotify:local:Artist:Album:Home+Tape:200');
    expect(lines).toContain('# 3: an item Spotify no longer describes');
    expect(lines).toContain(`https://open.spotify.com/episode/${'e'.repeat(22)}`);
    expect(lines.filter((line) => !line.startsWith('#'))).toHaveLength(4);
  });

  it('keeps every entry on its own lines whatever the names hold', () => {
    const text = m3u8(playlist({ name: 'A\r\nB', items: [{ ...items[0]!, title: 'Two\nlines' }] }));
    expect(text.split('\n')).toEqual([
      '#EXTM3U',
      '#PLAYLIST:A B',
      '#EXTINF:245,Zoë, The Band - Two lines',
      '#EXTALB:Ünder',
      `https://open.spotify.com/track/${'a'.repeat(22)}`,
      '',
    ]);
  });
});

describe('XSPF', () => {
  it('is well-formed XML with every text escaped, read back as written', () => {
    const markup = { ...items[0]!, title: '<b>Bold</b> & \u0001ctrl', artists: ']]> "q"' };
    const doc = new DOMParser().parseFromString(
      xspf(playlist({ items: [markup, ...items.slice(1)] })),
      'application/xml',
    );
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://xspf.org/ns/0/');
    expect(root.querySelector(':scope > title')?.textContent).toBe('Road <Trip> & "Co"');
    expect(root.querySelector(':scope > creator')?.textContent).toBe('Demo Listener');
    const tracks = [...root.querySelectorAll('trackList > track')];
    expect(tracks).toHaveLength(4);
    const text = (track: Element, name: string) => track.querySelector(name)?.textContent;
    expect(text(tracks[0]!, 'title')).toBe('<b>Bold</b> & ctrl');
    expect(text(tracks[0]!, 'creator')).toBe(']]> "q"');
    expect(text(tracks[0]!, 'location')).toBe(`https://open.spotify.com/track/${'a'.repeat(22)}`);
    expect(text(tracks[0]!, 'identifier')).toBe(song);
    expect(text(tracks[0]!, 'duration')).toBe('245000');
    expect(text(tracks[1]!, 'location')).toBe('spotify:local:Artist:Album:Home+Tape:200');
  });
});
