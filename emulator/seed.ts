/**
 * The deterministic demo library: one seed number builds the same catalogue, users,
 * playlists and history every time. Playlists cover every case the app must handle
 * (docs/spotify-api.md#null-items).
 */
import { seededRandom, type SeededRandom } from './random';
import type {
  AlbumRecord,
  ArtistRecord,
  EpisodeRecord,
  LocalFile,
  PlaylistEntry,
  PlaylistRecord,
  ShowRecord,
  Store,
  TrackRecord,
  UserRecord,
} from './store';

export const DEMO_CLIENT_ID = '5f1e7c0d9a2b4c6e8f0a1b2c3d4e5f60';
export const DEMO_CLIENT_NAME = 'Spotify Library Manager (demo)';
export const DEMO_USER_ID = 'demolistener';
export const FRIEND_USER_ID = 'friend.of.demo';
export const CURATOR_USER_ID = 'curator-collective';

export type LibraryKind = 'demo' | 'empty';

const ADJECTIVES = [
  'Velvet',
  'Neon',
  'Quiet',
  'Golden',
  'Electric',
  'Paper',
  'Midnight',
  'Silver',
  'Wild',
  'Hollow',
  'Crimson',
  'Gentle',
  'Broken',
  'Lucky',
  'Frozen',
  'Distant',
  'Sunlit',
  'Restless',
  'Hidden',
  'Amber',
  'Lonely',
  'Bright',
  'Secret',
  'Northern',
];
const NOUNS = [
  'Harbor',
  'Echo',
  'Garden',
  'Signal',
  'River',
  'Engine',
  'Lantern',
  'Orbit',
  'Canyon',
  'Mirror',
  'Parade',
  'Satellite',
  'Meadow',
  'Tide',
  'Compass',
  'Highway',
  'Circus',
  'Window',
  'Thunder',
  'Feather',
  'Island',
  'Ghost',
  'Summer',
  'Static',
];
const ARTIST_FORMS = [
  'The {n}s',
  '{a} {n}',
  '{n} Club',
  'DJ {a}',
  '{a} & the {n}s',
  'Los {n}s',
  '{n} Theory',
  'Mx. {a}',
];
const GENRES = [
  'indie pop',
  'synthwave',
  'folk',
  'jazz',
  'techno',
  'soul',
  'rock',
  'ambient',
  'hip hop',
  'bossa nova',
];
const MOODS = [
  'Sunday Morning',
  'Focus',
  'Workout',
  'Rainy Day',
  'Dinner Party',
  'Commute',
  'Deep Work',
  'Summer Nights',
  'Throwbacks',
  'Chill',
  'Study',
  'Running',
  'Cooking',
  'Sleep',
  'Party',
  'Road Songs',
  'Coffee Shop',
  'Gaming',
  'Yoga',
  'Late Drive',
  'Happy',
  'Melancholy',
  'Discoveries',
  'Acoustic',
  'Heavy Rotation',
];

const ARTIST_COUNT = 150;
const ALBUM_COUNT = 800;
const TRACKS_PER_ALBUM = 13;
const BIG_PLAYLIST_SIZE = 10_000;
const SEED_EPOCH = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

type CatalogStore = Pick<Store, 'artists' | 'albums' | 'tracks' | 'shows' | 'episodes' | 'users'>;

function phrase(rng: SeededRandom) {
  return `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
}

function seedCatalog(store: CatalogStore, rng: SeededRandom) {
  const artistIds: string[] = [];
  for (let i = 0; i < ARTIST_COUNT; i++) {
    const name = rng
      .pick(ARTIST_FORMS)
      .replace('{a}', rng.pick(ADJECTIVES))
      .replace('{n}', rng.pick(NOUNS));
    const artist: ArtistRecord = { id: rng.base62(), name, genres: [rng.pick(GENRES)] };
    store.artists.set(artist.id, artist);
    artistIds.push(artist.id);
  }
  for (let i = 0; i < ALBUM_COUNT; i++) {
    const artists = [rng.pick(artistIds)];
    if (rng.next() < 0.15) artists.push(rng.pick(artistIds));
    const year = 1965 + rng.int(0, 60);
    const album: AlbumRecord = {
      id: rng.base62(),
      name: phrase(rng),
      artistIds: artists,
      releaseDate: `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      albumType: rng.next() < 0.8 ? 'album' : 'single',
      trackIds: [],
    };
    for (let t = 0; t < TRACKS_PER_ALBUM; t++) {
      const track: TrackRecord = {
        id: rng.base62(),
        name: rng.next() < 0.5 ? phrase(rng) : `${rng.pick(NOUNS)} of the ${rng.pick(NOUNS)}`,
        albumId: album.id,
        artistIds: rng.next() < 0.1 ? [...artists, rng.pick(artistIds)] : artists,
        durationMs: rng.int(95, 420) * 1000 + rng.int(0, 999),
        trackNumber: t + 1,
        explicit: rng.next() < 0.1,
        isrc: `QZDEM${String(year % 100).padStart(2, '0')}${String(i * TRACKS_PER_ALBUM + t).padStart(5, '0')}`,
      };
      album.trackIds.push(track.id);
      store.tracks.set(track.id, track);
    }
    store.albums.set(album.id, album);
  }
  const shows: [string, string][] = [
    ['The Demo Hour', 'Conversations about music, made up for the demo.'],
    ['Code & Coffee', 'A show about building things, one cup at a time.'],
  ];
  for (const [name, description] of shows) {
    const show: ShowRecord = { id: rng.base62(), name, description, episodeIds: [] };
    for (let e = 1; e <= 10; e++) {
      const episode: EpisodeRecord = {
        id: rng.base62(),
        name: `${name} #${e}: ${phrase(rng)}`,
        showId: show.id,
        durationMs: rng.int(20, 70) * 60_000,
        releaseDate: new Date(SEED_EPOCH + e * 7 * DAY).toISOString().slice(0, 10),
        description: `Episode ${e} of ${name}.`,
      };
      show.episodeIds.push(episode.id);
      store.episodes.set(episode.id, episode);
    }
    store.shows.set(show.id, show);
  }
  const users: UserRecord[] = [
    { id: DEMO_USER_ID, displayName: 'Demo Listener', accountId: rng.base62(), hasImage: true },
    // display_name can be null (docs/spotify-api.md#null-items).
    { id: FRIEND_USER_ID, displayName: null, accountId: rng.base62(), hasImage: false },
    {
      id: CURATOR_USER_ID,
      displayName: 'Curator Collective',
      accountId: rng.base62(),
      hasImage: true,
    },
  ];
  for (const user of users) store.users.set(user.id, user);
}

/** Encodes a local file's tags the way Spotify does: URL-encoded parts, `+` for spaces (docs/spotify-api.md#ids-and-uris). */
export function localFileUri(file: LocalFile): string {
  const part = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  return `spotify:local:${part(file.artist)}:${part(file.album)}:${part(file.title)}:${file.seconds}`;
}

interface PlaylistSpec {
  name: string;
  description?: string | null;
  ownerId?: string;
  public?: boolean | null;
  collaborative?: boolean;
  collaborators?: string[];
  followers?: number;
  entries: Omit<PlaylistEntry, 'key'>[];
}

export function seedLibrary(store: Store, rng: SeededRandom, now: number) {
  const trackUris = [...store.tracks.keys()].map((id) => `spotify:track:${id}`);
  const episodeUris = [...store.episodes.keys()].map((id) => `spotify:episode:${id}`);
  let cursor = 0;
  /** Distinct tracks, walking the catalogue so playlists differ. */
  const takeTracks = (count: number) => {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(trackUris[(cursor++ * 7919) % trackUris.length]!);
    return out;
  };
  let addedClock = SEED_EPOCH;
  const entry = (
    uri: string,
    addedBy: string | null = DEMO_USER_ID,
  ): Omit<PlaylistEntry, 'key'> => {
    addedClock += rng.int(1, 48) * 3_600_000;
    return { uri, addedAt: new Date(addedClock).toISOString(), addedBy };
  };
  const entries = (uris: string[], addedBy?: string) => uris.map((uri) => entry(uri, addedBy));

  const add = (spec: PlaylistSpec): string => {
    const playlist: PlaylistRecord = {
      id: rng.base62(),
      name: spec.name,
      description: spec.description ?? null,
      ownerId: spec.ownerId ?? DEMO_USER_ID,
      public: spec.public === undefined ? true : spec.public,
      collaborative: spec.collaborative ?? false,
      collaborators: spec.collaborators ?? [],
      followers: spec.followers ?? 0,
      snapshotId: rng.base62(32),
      entries: spec.entries.map((e) => ({ ...e, key: store.nextEntryKey++ })),
      history: new Map(),
      image: spec.entries.length > 0 ? { kind: 'generated', label: spec.name } : null,
    };
    playlist.history.set(playlist.snapshotId, playlist.entries);
    store.playlists.set(playlist.id, playlist);
    return playlist.id;
  };

  const locals: LocalFile[] = [
    { artist: 'Led Zepplin', album: '', title: 'Stairway to Heaven', seconds: 482 },
    {
      artist: 'The Garage Band',
      album: 'Basement Tapes',
      title: 'Demo #3 (rough mix)',
      seconds: 211,
    },
    { artist: 'Björk & Friends', album: 'Live: Reykjavík', title: 'Jóga (live)', seconds: 305 },
    { artist: 'Unknown Artist', album: 'Voice Memos', title: 'Idea 2024-05-01', seconds: 47 },
    { artist: 'Mixtape Co.', album: '100% Vinyl', title: 'Side A: Track 1', seconds: 198 },
  ];
  const localEntry = (file: LocalFile) => ({ ...entry(localFileUri(file)), local: file });

  const duplicates = takeTracks(6);
  const ids: (string | null)[] = [
    add({
      name: 'Road Trip',
      description:
        'Windows down &amp; volume up. Songs for the long way round &#8212; more like this on <a href="https://open.spotify.com/playlist/37i9dQZF1DX9wC1KY45plY">Road Trip Classics</a>.',
      followers: 12,
      entries: entries(takeTracks(25)),
    }),
    add({ name: 'Empty Shelf', description: 'Nothing here yet.', entries: [] }),
    add({
      name: 'Late Night',
      description:
        'For 3 a.m. &lt;3 <a href="javascript:alert(1)">click me</a> <script>alert("x")</script><b>bold</b> &quot;quoted&quot;',
      public: false,
      entries: entries(takeTracks(30)),
    }),
    add({
      name: 'Band Practice',
      description: 'Everyone adds what we should learn next.',
      public: false,
      collaborative: true,
      collaborators: [FRIEND_USER_ID],
      entries: takeTracks(20).map((uri, i) =>
        entry(uri, i % 3 === 0 ? FRIEND_USER_ID : DEMO_USER_ID),
      ),
    }),
    add({
      name: "Friends' Mix",
      description: null,
      ownerId: FRIEND_USER_ID,
      // public can be null (docs/spotify-api.md#null-items).
      public: null,
      collaborative: true,
      collaborators: [DEMO_USER_ID],
      entries: takeTracks(15).map((uri, i) => entry(uri, i % 2 ? FRIEND_USER_ID : DEMO_USER_ID)),
    }),
    add({
      name: 'Local Files Mix',
      description: 'Songs from my computer, mixed with Spotify tracks.',
      entries: [
        localEntry(locals[0]!),
        ...entries(takeTracks(3)),
        localEntry(locals[1]!),
        localEntry(locals[2]!),
        ...entries(takeTracks(3)),
        localEntry(locals[3]!),
        ...entries(takeTracks(2)),
        localEntry(locals[4]!),
      ],
    }),
    add({
      name: 'Lost & Found',
      description: 'An old playlist: some songs left Spotify.',
      entries: takeTracks(12).map((uri, i) => {
        // Very old entries have no added_at/added_by; removed songs come back as item: null.
        if (i < 3) return { uri, addedAt: null, addedBy: null };
        if (i % 4 === 0) return { ...entry(uri), unavailable: true };
        return entry(uri);
      }),
    }),
    add({
      name: 'Podcasts & Songs',
      description: 'Episodes between the songs.',
      entries: [
        ...entries(takeTracks(3)),
        entry(episodeUris[0]!),
        ...entries(takeTracks(2)),
        entry(episodeUris[11]!),
        entry(episodeUris[1]!),
        ...entries(takeTracks(2)),
      ],
    }),
    add({
      name: 'Duplicates Galore',
      description: 'Some songs are in here more than once.',
      entries: entries([
        duplicates[0]!,
        duplicates[1]!,
        duplicates[2]!,
        duplicates[0]!,
        duplicates[3]!,
        duplicates[1]!,
        duplicates[4]!,
        duplicates[0]!,
        duplicates[5]!,
        duplicates[2]!,
      ]),
    }),
    // /me/playlists can contain null entries (docs/spotify-api.md#null-items).
    null,
    add({
      name: "Editor's Picks",
      description: 'Hand-picked by the Curator Collective. Followed, not owned.',
      ownerId: CURATOR_USER_ID,
      followers: 48_213,
      entries: entries(takeTracks(40), CURATOR_USER_ID),
    }),
    add({
      name: 'Ten Thousand Songs',
      description: 'Every song, or near enough: 10,000 of them.',
      entries: entries(trackUris.slice(0, BIG_PLAYLIST_SIZE)),
    }),
  ];
  for (const mood of MOODS) {
    for (const suffix of ['', ' II']) {
      ids.push(add({ name: `${mood}${suffix}`, entries: entries(takeTracks(rng.int(4, 18))) }));
    }
  }
  store.libraryPlaylists = ids;

  for (const uri of takeTracks(40)) store.saved.set(uri, now - rng.int(1, 400) * DAY);

  fitBefore(now, addedClock, [...store.playlists.values()]);

  const demoPlays = takeTracks(30);
  store.player.history = demoPlays.map((uri, i) => ({
    uri,
    playedAt: now - (i + 1) * 4 * 60_000 - rng.int(0, 60_000),
    contextUri: i < 10 ? `spotify:playlist:${ids[0]}` : null,
  }));
}

/**
 * Entries are dated one after another from SEED_EPOCH, 1-48 hours apart: with the
 * 10,000-song playlist that runs decades past "now". Every date is moved into
 * [SEED_EPOCH, a day before now], keeping order and relative gaps, so nothing is added
 * in the future (Find duplicates, the Added column and sorting by it read real dates).
 */
function fitBefore(now: number, last: number, playlists: PlaylistRecord[]) {
  const end = Math.max(now - DAY, SEED_EPOCH + 1);
  if (last <= end) return;
  const scale = (end - SEED_EPOCH) / (last - SEED_EPOCH);
  for (const playlist of playlists)
    for (const entry of playlist.entries)
      if (entry.addedAt)
        entry.addedAt = new Date(
          Math.round(SEED_EPOCH + (Date.parse(entry.addedAt) - SEED_EPOCH) * scale),
        ).toISOString();
}

/** Liked Songs in the demo: a large library, as most people's is (issue 13). */
export const LIKED_SONGS_SIZE = 12_000;
const BACK_CATALOG_ALBUMS = 930;
const WITHDRAWN_LIKED = 3;

/**
 * More albums, mostly songs no playlist has, so Liked Songs can hold 12,000 different
 * songs. A random stream of its own, drawn after the library, so everything seeded before
 * keeps its ids and names. Built once per process: the records are never changed after
 * seeding, and every test's fresh emulator would otherwise spend ~50 ms on them.
 */
let backCatalog: { albums: AlbumRecord[]; tracks: TrackRecord[] } | null = null;

function buildBackCatalog(artistIds: string[]) {
  const rng = seededRandom(20261123);
  const albums: AlbumRecord[] = [];
  const tracks: TrackRecord[] = [];
  for (let i = 0; i < BACK_CATALOG_ALBUMS; i++) {
    const year = 1965 + rng.int(0, 60);
    const album: AlbumRecord = {
      id: rng.base62(),
      name: phrase(rng),
      artistIds: [rng.pick(artistIds)],
      releaseDate: `${year}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
      albumType: 'album',
      trackIds: [],
    };
    for (let t = 0; t < TRACKS_PER_ALBUM; t++) {
      const track: TrackRecord = {
        id: rng.base62(),
        name: `${phrase(rng)} ${rng.pick(['Song', 'Waltz', 'Blues', 'Theme', 'Dance'])}`,
        albumId: album.id,
        artistIds: album.artistIds,
        durationMs: rng.int(95, 420) * 1000 + rng.int(0, 999),
        trackNumber: t + 1,
        explicit: false,
        isrc: `QZBAK${String(year % 100).padStart(2, '0')}${String(i * TRACKS_PER_ALBUM + t).padStart(5, '0')}`,
        // The first few were withdrawn since they were saved (served unplayable).
        ...(i === 0 && t < WITHDRAWN_LIKED ? { unavailable: true } : {}),
      };
      album.trackIds.push(track.id);
      tracks.push(track);
    }
    albums.push(album);
  }
  return { albums, tracks };
}

function seedBackCatalog(store: Store): string[] {
  backCatalog ??= buildBackCatalog([...store.artists.keys()]);
  for (const album of backCatalog.albums) store.albums.set(album.id, album);
  for (const track of backCatalog.tracks) store.tracks.set(track.id, track);
  return backCatalog.tracks.map((track) => track.id);
}

/**
 * Liked Songs: LIKED_SONGS_SIZE songs saved over the years, newest first, with a few the
 * catalogue withdrew since (served unplayable) and one saved podcast episode.
 */
function seedLikedSongs(store: Store, backCatalogIds: string[], now: number) {
  const rng = seededRandom(20261124);
  const withdrawn = backCatalogIds.slice(0, WITHDRAWN_LIKED);
  const already = [...store.saved.keys()].filter((uri) => uri.startsWith('spotify:track:')).length;
  // The back catalogue first: playlists' songs stay mostly unliked, so hearts show both states.
  const candidates = backCatalogIds
    .map((id) => `spotify:track:${id}`)
    .filter((uri) => !store.saved.has(uri));
  let at = now - 401 * DAY;
  for (const uri of candidates.slice(0, LIKED_SONGS_SIZE - already)) {
    at -= rng.int(5, 400) * 60_000;
    store.saved.set(uri, at);
  }
  // The withdrawn songs were saved recently enough to be near the top.
  withdrawn.forEach((id, i) => store.saved.set(`spotify:track:${id}`, now - (2 + i * 5) * DAY));
  const episode = [...store.episodes.keys()][0];
  if (episode) store.saved.set(`spotify:episode:${episode}`, now - 3 * DAY);
}

/**
 * The catalogue (artists, albums, songs, shows, people) and the random stream's state
 * after it. Built once per process, as the back catalogue is: its records are never
 * changed after seeding (people are, by tests, so each store gets its own copies), and
 * every unit test's fresh emulator spent about half of its 80 ms seeding on them.
 */
let catalog: { store: CatalogStore; rngState: number } | null = null;

/** A store's catalogue maps, empty: a new emulator's, and the shared catalogue's own. */
export function emptyCatalog(): CatalogStore {
  return {
    artists: new Map(),
    albums: new Map(),
    tracks: new Map(),
    shows: new Map(),
    episodes: new Map(),
    users: new Map(),
  };
}

function builtCatalog() {
  if (catalog) return catalog;
  const store = emptyCatalog();
  const rng = seededRandom(20260211);
  seedCatalog(store, rng);
  catalog = { store, rngState: rng.state() };
  return catalog;
}

export function seedStore(store: Store, library: LibraryKind, now: number) {
  const { store: built, rngState } = builtCatalog();
  for (const [id, artist] of built.artists) store.artists.set(id, artist);
  for (const [id, track] of built.tracks) store.tracks.set(id, track);
  for (const [id, album] of built.albums) store.albums.set(id, album);
  for (const [id, episode] of built.episodes) store.episodes.set(id, episode);
  for (const [id, show] of built.shows) store.shows.set(id, show);
  for (const [id, user] of built.users) store.users.set(id, { ...user });
  if (library === 'demo') {
    const rng = seededRandom(rngState);
    seedLibrary(store, rng, now);
    seedLikedSongs(store, seedBackCatalog(store), now);
  }
  // After the library: the playlists pick songs from the catalogue's list, which more
  // songs before them would change.
  seedBoxSets(store);
  if (library === 'demo') seedCollection(store, now);
}

/** Albums of more than one disc (track numbers start again on each), in every catalogue. */
const BOX_SETS: [name: string, discs: number, perDisc: number][] = [
  ['The Complete Sessions', 3, 12],
  ['Live at the Demo Hall', 2, 10],
  ['Anthology', 2, 14],
];

/**
 * A random stream of its own, so everything seeded before keeps its ids and names. Built
 * once per process, as the back catalogue is (its records are never changed).
 */
let boxSets: { albums: AlbumRecord[]; tracks: TrackRecord[] } | null = null;

function seedBoxSets(store: Store) {
  boxSets ??= buildBoxSets([...builtCatalog().store.artists.keys()]);
  for (const album of boxSets.albums) store.albums.set(album.id, album);
  for (const track of boxSets.tracks) store.tracks.set(track.id, track);
}

function buildBoxSets(artistIds: string[]) {
  const rng = seededRandom(20261205);
  const built: { albums: AlbumRecord[]; tracks: TrackRecord[] } = { albums: [], tracks: [] };
  BOX_SETS.forEach(([name, discs, perDisc], i) => {
    const year = 1990 + rng.int(0, 30);
    const album: AlbumRecord = {
      id: rng.base62(),
      name,
      artistIds: [rng.pick(artistIds)],
      releaseDate: `${year}-1${rng.int(0, 2)}-0${rng.int(1, 9)}`,
      albumType: 'compilation',
      trackIds: [],
    };
    for (let disc = 1; disc <= discs; disc++) {
      for (let t = 1; t <= perDisc; t++) {
        const track: TrackRecord = {
          id: rng.base62(),
          name: `${phrase(rng)}${disc > 1 && t === 1 ? ' (Live)' : ''}`,
          albumId: album.id,
          artistIds: album.artistIds,
          durationMs: rng.int(120, 480) * 1000 + rng.int(0, 999),
          trackNumber: t,
          discNumber: disc,
          explicit: false,
          isrc: `QZBOX${String(year % 100).padStart(2, '0')}${i}${String(disc * 100 + t).padStart(4, '0')}`,
        };
        album.trackIds.push(track.id);
        built.tracks.push(track);
      }
    }
    built.albums.push(album);
  });
  return built;
}

/**
 * The rest of the demo library: saved albums (the box sets among them), followed artists,
 * both shows and a few episodes. No other album and no artist is by an artist of Road
 * Trip's songs or one with more than ten albums, so the journeys that follow and save
 * start from "not yet".
 */
function seedCollection(store: Store, now: number) {
  const rng = seededRandom(20261206);
  const roadTrip = [...store.playlists.values()].find((p) => p.name === 'Road Trip');
  const excluded = new Set(
    (roadTrip?.entries ?? []).flatMap((e) => store.tracks.get(e.uri.slice(14))?.artistIds ?? []),
  );
  const albumCount = new Map<string, number>();
  for (const album of store.albums.values())
    for (const id of album.artistIds) albumCount.set(id, (albumCount.get(id) ?? 0) + 1);
  for (const [id, count] of albumCount) if (count > 10) excluded.add(id);
  const free = (artistIds: string[]) => artistIds.every((id) => !excluded.has(id));

  const boxSets = BOX_SETS.map(([name]) =>
    [...store.albums.values()].find((a) => a.name === name)!,
  );
  const albums = [...store.albums.values()].filter(
    (a) => free(a.artistIds) && a.albumType === 'album' && !boxSets.includes(a),
  );
  const artists = [...store.artists.keys()].filter((id) => free([id]));
  const saves: string[] = [
    // Compilations, never an artist's first album card: saved whoever made them.
    ...boxSets.map((a) => `spotify:album:${a.id}`),
    ...Array.from({ length: 9 }, () => `spotify:album:${rng.pick(albums).id}`),
    ...Array.from({ length: 8 }, () => `spotify:artist:${rng.pick(artists)}`),
    ...[...store.shows.keys()].map((id) => `spotify:show:${id}`),
    ...[...store.episodes.keys()].slice(1, 4).map((id) => `spotify:episode:${id}`),
  ];
  let at = now - 2 * DAY;
  for (const uri of saves) {
    at -= rng.int(1, 90) * DAY;
    if (!store.saved.has(uri)) store.saved.set(uri, at);
  }
}
