/**
 * One playlist entry of every kind, as the export and import tests use them: a song
 * (with markup-free but comma and quote laden text), a local file, an item Spotify sent
 * nothing for, an episode, and a song withdrawn in the listener's market.
 */
import { toRow } from '../../domain/track-row';
import { backupItems } from './backup-format';

const track = {
  added_at: '2025-01-02T03:04:05Z',
  added_by: { id: 'demolistener' },
  is_local: false,
  item: {
    type: 'track',
    uri: `spotify:track:${'a'.repeat(22)}`,
    name: 'Café, "Live"',
    artists: [{ name: 'Zoë' }, { name: 'The Band' }],
    album: { name: 'Ünder', images: [] },
    duration_ms: 245_000,
    external_ids: { isrc: 'QZDEM2500001' },
    external_urls: {},
  },
};
const local = {
  added_at: '2025-01-03T00:00:00Z',
  added_by: { id: 'demolistener' },
  is_local: true,
  item: {
    type: 'track',
    uri: 'spotify:local:Artist:Album:Home+Tape:200',
    name: 'Home Tape',
    artists: [{ name: 'Artist' }],
    album: { name: 'Album' },
    duration_ms: 200_000,
  },
};
const unavailable = { added_at: null, added_by: null, is_local: false, item: null };
const episode = {
  added_at: '2025-01-04T00:00:00Z',
  added_by: { id: 'demolistener' },
  is_local: false,
  item: {
    type: 'episode',
    uri: `spotify:episode:${'e'.repeat(22)}`,
    name: 'Episode 1',
    show: { name: 'The Demo Hour', images: [] },
    duration_ms: 1_800_000,
    images: [],
    external_urls: {},
  },
};
/** A real song not playable in the listener's market: full data, URI kept. */
const withdrawn = {
  ...track,
  item: {
    ...track.item,
    uri: `spotify:track:${'w'.repeat(22)}`,
    name: 'Gone Here',
    is_playable: false,
  },
};
const rows = [track, local, unavailable, episode, withdrawn].map((entry, i) => toRow(entry, i));
export const items = backupItems(rows);
