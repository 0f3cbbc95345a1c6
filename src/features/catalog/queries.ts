/**
 * Server state for artist, album and podcast pages: one artist, its releases a group at a
 * time (10 a page, Development Mode's most), one album with every track, one show with
 * every episode. Answers are read field by
 * field: a malformed one is a MalformedResponseError, never a half-drawn page.
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { spotify } from '../../api/client';
import { MalformedResponseError } from '../../api/errors';
import { readPage } from '../../api/paged-stream';
import { searchCatalog, type SearchType } from '../../api/search';
import type { Image } from '../../api/spotify-types';
import { asRecord, readImages, safeUrl } from '../../domain/read-spotify';
import { catalogId } from '../../domain/spotify-uri';
import { itemRow, type ArtistRef, type TrackRow } from '../../domain/track-row';

/** Development Mode's most for GET /artists/{id}/albums (docs/spotify-api.md#catalogue). */
export const RELEASES_PAGE = 10;
/** An album's tracks and a show's episodes: the first 50 come with it, the rest 50 a page. */
const EMBED_PAGE = 50;
/** Catalogue pages change rarely; a visit within this reuses what was read. */
const CATALOG_STALE_MS = 10 * 60_000;

export type ReleaseGroup = 'album' | 'single' | 'appears_on' | 'compilation';

export interface ArtistInfo {
  id: string;
  uri: string;
  name: string;
  genres: string[];
  images: Image[];
  spotifyUrl: string | null;
}

export interface Release {
  id: string;
  name: string;
  /** The release year ("2019"), or '' when Spotify gives none. */
  year: string;
  type: string;
  images: Image[];
  artists: ArtistRef[];
}

export interface AlbumInfo extends Release {
  uri: string;
  spotifyUrl: string | null;
  total: number;
  /** How many discs (1 for most albums; box sets have more). */
  discs: number;
  /** Every track, in the album's order; a row's position is its place on the album. */
  rows: TrackRow[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function readArtists(list: unknown): ArtistRef[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((a) => {
    const name = text(asRecord(a)?.name);
    return name ? [{ id: catalogId(asRecord(a)?.id), name }] : [];
  });
}

/** An album as Spotify describes one (a card, a search result), or null if unreadable. */
export function readRelease(value: unknown): Release | null {
  const album = asRecord(value);
  const id = catalogId(album?.id);
  const name = text(album?.name);
  if (!album || !id || !name) return null;
  return {
    id,
    name,
    year: /^\d{4}/.exec(text(album.release_date))?.[0] ?? '',
    type: text(album.album_type),
    images: readImages(album.images),
    artists: readArtists(album.artists),
  };
}

/** An artist as Spotify describes one (its page, a search result), or null if unreadable. */
export function readArtist(value: unknown): ArtistInfo | null {
  const artist = asRecord(value);
  const id = catalogId(artist?.id);
  const name = text(artist?.name);
  if (!artist || !id || !name) return null;
  return {
    id,
    uri: `spotify:artist:${id}`,
    name,
    genres: Array.isArray(artist.genres) ? artist.genres.filter((g) => typeof g === 'string') : [],
    images: readImages(artist.images),
    spotifyUrl: safeUrl(asRecord(artist.external_urls)?.spotify),
  };
}

async function fetchArtist(id: string): Promise<ArtistInfo> {
  const { data } = await spotify().GET('/artists/{id}', { params: { path: { id } } });
  const artist = readArtist(data);
  if (!artist || artist.id !== id)
    throw new MalformedResponseError('Spotify sent an artist we could not read. Try again.');
  return artist;
}

async function fetchReleases(id: string, group: ReleaseGroup, offset: number, signal: AbortSignal) {
  const { data } = await spotify().GET('/artists/{id}/albums', {
    params: { path: { id }, query: { include_groups: group, limit: RELEASES_PAGE, offset } },
    signal,
  });
  const page = readPage(data, 'releases');
  return {
    total: page.total,
    offset,
    // An entry Spotify sent nothing usable for is left out, not shown as a broken card.
    releases: page.items.map(readRelease).filter((r): r is Release => r !== null),
  };
}

/** The album's tracks as rows: each a track of this album (album tracks come without it). */
function trackRows(items: unknown[], album: unknown, from: number): TrackRow[] {
  return items.map((track, i) => itemRow({ ...asRecord(track), album }, from + i));
}

async function fetchAlbum(id: string, signal: AbortSignal): Promise<AlbumInfo> {
  const { data } = await spotify().GET('/albums/{id}', { params: { path: { id } }, signal });
  const album = asRecord(data);
  const release = readRelease(album);
  if (!album || !release || release.id !== id)
    throw new MalformedResponseError('Spotify sent an album we could not read. Try again.');
  // The album as each track's `album`: what a row shows and links to.
  const { tracks: _tracks, ...albumOnly } = album;
  const first = readPage(album.tracks, 'album tracks');
  const tracks = await withTheRest(first, async (offset) => {
    const { data: page } = await spotify().GET('/albums/{id}/tracks', {
      params: { path: { id }, query: { limit: EMBED_PAGE, offset } },
      signal,
    });
    return readPage(page, 'album tracks').items;
  });
  return {
    ...release,
    uri: `spotify:album:${id}`,
    spotifyUrl: safeUrl(asRecord(album.external_urls)?.spotify),
    total: first.total,
    discs: Math.max(
      1,
      ...tracks.map((track) => {
        const disc = asRecord(track)?.disc_number;
        return Number.isSafeInteger(disc) ? (disc as number) : 1;
      }),
    ),
    rows: trackRows(tracks, albumOnly, 0),
  };
}

export interface ShowInfo {
  id: string;
  uri: string;
  name: string;
  description: string;
  images: Image[];
  spotifyUrl: string | null;
  total: number;
  /** Every episode, newest first, as Spotify lists them. */
  rows: TrackRow[];
}

/** Every page of a list embedded as its first page (an album's tracks, a show's episodes). */
async function withTheRest(
  first: { items: unknown[]; total: number },
  fetchPage: (offset: number) => Promise<unknown[]>,
): Promise<unknown[]> {
  const offsets: number[] = [];
  for (let at = first.items.length; at < first.total; at += EMBED_PAGE) offsets.push(at);
  const rest = await Promise.all(offsets.map(fetchPage));
  return first.items.concat(...rest);
}

async function fetchShow(id: string, signal: AbortSignal): Promise<ShowInfo> {
  const { data } = await spotify().GET('/shows/{id}', { params: { path: { id } }, signal });
  const show = asRecord(data);
  const name = text(show?.name);
  if (!show || !name || catalogId(show.id) !== id)
    throw new MalformedResponseError('Spotify sent a podcast we could not read. Try again.');
  // The show as each episode's `show`: what a row names and links to.
  const { episodes: _episodes, ...showOnly } = show;
  const first = readPage(show.episodes, 'episodes');
  const episodes = await withTheRest(first, async (offset) => {
    const { data: page } = await spotify().GET('/shows/{id}/episodes', {
      params: { path: { id }, query: { limit: EMBED_PAGE, offset } },
      signal,
    });
    return readPage(page, 'episodes').items;
  });
  return {
    id,
    uri: `spotify:show:${id}`,
    name,
    description: text(show.description),
    images: readImages(show.images),
    spotifyUrl: safeUrl(asRecord(show.external_urls)?.spotify),
    total: first.total,
    // An episode without a usable entry is left out rather than shown as a broken row.
    rows: episodes
      .filter((episode) => asRecord(episode) !== null)
      .map((episode, i) => itemRow({ ...asRecord(episode), show: showOnly }, i)),
  };
}

/** Every kind a search finds, in the order the search page shows them. */
export const SEARCH_TYPES: SearchType[] = [
  'track',
  'artist',
  'album',
  'playlist',
  'show',
  'episode',
];

export const catalogQueries = {
  all: () => ['catalog'] as const,
  artist: (id: string) =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'artist', id],
      queryFn: () => fetchArtist(id),
      staleTime: CATALOG_STALE_MS,
    }),
  releases: (id: string, group: ReleaseGroup) =>
    infiniteQueryOptions({
      queryKey: [...catalogQueries.all(), 'artist', id, 'releases', group],
      queryFn: ({ pageParam, signal }) => fetchReleases(id, group, pageParam, signal),
      initialPageParam: 0,
      getNextPageParam: (last) =>
        last.offset + RELEASES_PAGE < last.total ? last.offset + RELEASES_PAGE : undefined,
      staleTime: CATALOG_STALE_MS,
    }),
  /**
   * One page of a search: every kind at once for the first (one request), then one kind at
   * a time from `offset` (Show more). Superseded searches are cancelled by React Query.
   */
  search: (q: string, types: SearchType[] = SEARCH_TYPES, offset = 0) =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'search', q, types.join(','), offset],
      queryFn: ({ signal }) => searchCatalog(q, types, { offset, signal }),
      staleTime: CATALOG_STALE_MS,
    }),
  album: (id: string) =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'album', id],
      queryFn: ({ signal }) => fetchAlbum(id, signal),
      staleTime: CATALOG_STALE_MS,
    }),
  show: (id: string) =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'show', id],
      queryFn: ({ signal }) => fetchShow(id, signal),
      staleTime: CATALOG_STALE_MS,
    }),
};
