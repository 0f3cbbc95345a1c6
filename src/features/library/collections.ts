/**
 * The rest of Your Library beside playlists and Liked Songs: saved albums, followed
 * artists, saved podcasts (shows) and saved episodes. Each is read whole (first page at
 * once, the rest in parallel; artists follow Spotify's cursor), kept in the persisted
 * cache like the playlist list, and shown as one kind of entry.
 */
import { queryOptions } from '@tanstack/react-query';
import { spotify } from '../../api/client';
import { readEveryPage, readPage } from '../../api/paged-stream';
import { withRetries } from '../../api/retry-policy';
import { asRecord, readImages } from '../../domain/read-spotify';
import { catalogId } from '../../domain/spotify-uri';
import type { Image } from '../../api/spotify-types';

export type CollectionKind = 'albums' | 'artists' | 'shows' | 'episodes';

/** One saved album, followed artist, saved show or saved episode, as a list shows it. */
export interface CollectionEntry {
  id: string;
  uri: string;
  name: string;
  /** Who made it: an album's artists, an episode's show; '' for artists and shows. */
  byline: string;
  images: Image[];
  /** When it was saved; null for artists (Spotify does not say). */
  addedAt: string | null;
  /** Where its name leads: its page, or an episode's show. */
  path: string;
}

/** How each kind is named in a list, a count and a message. */
export const COLLECTION_WORDS: Record<
  CollectionKind,
  { one: string; list: string; empty: string; meta: string }
> = {
  albums: {
    one: 'album',
    list: 'Your albums',
    empty: 'Albums you save show up here.',
    meta: 'Album',
  },
  artists: {
    one: 'artist',
    list: 'Artists you follow',
    empty: 'Artists you follow show up here.',
    meta: 'Artist',
  },
  shows: {
    one: 'podcast',
    list: 'Your podcasts',
    empty: 'Podcasts you follow show up here.',
    meta: 'Podcast',
  },
  episodes: {
    one: 'episode',
    list: 'Your Episodes',
    empty: 'Episodes you save show up here.',
    meta: 'Episode',
  },
};

/** "Album · The Artists", "Artist", "Episode · The Show": what an entry is, and by whom. */
export const entryMeta = (kind: CollectionKind, entry: CollectionEntry) =>
  [COLLECTION_WORDS[kind].meta, entry.byline].filter(Boolean).join(' · ');

/** Whether a filter's (lower-case) text is in the entry's name or maker; any entry for none. */
export const matchesEntry = (entry: CollectionEntry, needle: string) =>
  !needle || `${entry.name} ${entry.byline}`.toLowerCase().includes(needle);

/** Spotify's most per page for /me/albums, /me/shows, /me/episodes and /me/following. */
const PAGE = 50;
/** Kept as long as Liked Songs: our own saves and follows update it at once. */
const COLLECTION_STALE_MS = 10 * 60_000;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const names = (list: unknown) =>
  (Array.isArray(list) ? list : [])
    .map((entry) => text(asRecord(entry)?.name))
    .filter(Boolean)
    .join(', ');

/** An entry from Spotify's object of `type`, or null when it has no usable id or name. */
function entryOf(
  type: 'album' | 'artist' | 'show' | 'episode',
  value: unknown,
  addedAt: unknown,
): CollectionEntry | null {
  const object = asRecord(value);
  const id = catalogId(object?.id);
  const name = text(object?.name);
  if (!object || !id || !name) return null;
  const show = asRecord(object.show);
  const showId = catalogId(show?.id);
  if (type === 'episode' && !showId) return null;
  return {
    id,
    uri: `spotify:${type}:${id}`,
    name,
    byline: type === 'album' ? names(object.artists) : type === 'episode' ? text(show?.name) : '',
    images: readImages(object.images),
    addedAt: typeof addedAt === 'string' ? addedAt : null,
    path: type === 'episode' ? `/show/${showId}` : `/${type}/${id}`,
  };
}

const SAVED = {
  albums: { path: '/me/albums', field: 'album', type: 'album', what: 'your saved albums' },
  shows: { path: '/me/shows', field: 'show', type: 'show', what: 'your podcasts' },
  episodes: { path: '/me/episodes', field: 'episode', type: 'episode', what: 'your episodes' },
} as const;

async function fetchSaved(kind: keyof typeof SAVED, signal: AbortSignal) {
  const { path, field, type, what } = SAVED[kind];
  const entries = await readEveryPage(
    async (offset) => {
      const { data } = await spotify().GET(path, {
        params: { query: { limit: PAGE, offset } },
        signal,
      });
      return readPage(data, what);
    },
    PAGE,
    signal,
  );
  return entries
    .map((saved) => entryOf(type, asRecord(saved)?.[field], asRecord(saved)?.added_at))
    .filter((entry) => entry !== null);
}

/** Followed artists: Spotify pages them by cursor (the last artist's id), one page after another. */
async function fetchFollowed(signal: AbortSignal): Promise<CollectionEntry[]> {
  const found: CollectionEntry[] = [];
  let after: string | undefined;
  for (;;) {
    const { data } = await withRetries(
      () =>
        spotify().GET('/me/following', {
          params: { query: { type: 'artist', limit: PAGE, ...(after ? { after } : {}) } },
          signal,
        }),
      signal,
    );
    const page = asRecord(asRecord(data)?.artists);
    const { items } = readPage(page && { total: 0, ...page }, 'the artists you follow');
    for (const artist of items) {
      const entry = entryOf('artist', artist, null);
      if (entry) found.push(entry);
    }
    const next = text(asRecord(page?.cursors)?.after);
    if (!page?.next || !next || next === after || items.length === 0) return found;
    after = next;
  }
}

export const collectionQueries = {
  all: () => ['library', 'collection'] as const,
  list: (kind: CollectionKind) =>
    queryOptions({
      queryKey: [...collectionQueries.all(), kind],
      queryFn: ({ signal }) =>
        kind === 'artists' ? fetchFollowed(signal) : fetchSaved(kind, signal),
      staleTime: COLLECTION_STALE_MS,
    }),
};
