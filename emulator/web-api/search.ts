/** GET /search: limit 1-10 per type, offset 0-1000, field filters (docs/spotify-api.md#search). */
import type { Hono } from 'hono';
import type { SearchResults } from '../../src/api/spotify-types';
import type { EmulatorContext } from '../context';
import { ApiProblem, intParam, paging } from '../http';
import { createSerializer } from '../serialize';
import type { Store } from '../store';
import type { ApiEnv } from './bearer';

const TYPES = ['album', 'artist', 'playlist', 'track', 'show', 'episode', 'audiobook'] as const;
type SearchType = (typeof TYPES)[number];

interface Query {
  words: string[];
  filters: Map<string, string>;
}

/** `q` as free words plus `field:value` filters; quoted values may hold spaces. */
export function parseQuery(q: string): Query {
  const words: string[] = [];
  const filters = new Map<string, string>();
  for (const match of q.matchAll(/(\w+):"([^"]*)"|(\w+):(\S+)|"([^"]*)"|(\S+)/g)) {
    const [, fq, fqValue, f, fValue, quoted, word] = match;
    if (fq) filters.set(fq.toLowerCase(), fqValue!.toLowerCase());
    else if (f) filters.set(f.toLowerCase(), fValue!.toLowerCase());
    else words.push((quoted ?? word ?? '').toLowerCase());
  }
  return { words: words.filter(Boolean), filters };
}

function matches(text: string, query: Query, fields: Record<string, string | undefined>) {
  const haystack = text.toLowerCase();
  if (!query.words.every((w) => haystack.includes(w))) return false;
  for (const [field, value] of query.filters) {
    const target = fields[field];
    if (target === undefined) return false;
    if (field === 'year' && value.includes('-')) {
      const [from, to] = value.split('-').map(Number);
      const year = Number(target);
      if (!(year >= from! && year <= to!)) return false;
    } else if (!target.toLowerCase().includes(value)) return false;
  }
  return true;
}

function searchIds(store: Store, type: SearchType, query: Query): string[] {
  const artistNames = (ids: string[]) => ids.map((id) => store.artists.get(id)!.name).join(' ');
  switch (type) {
    case 'track':
      return [...store.tracks.values()]
        .filter((t) => {
          const album = store.albums.get(t.albumId)!;
          const artists = artistNames(t.artistIds);
          return matches(`${t.name} ${artists} ${album.name}`, query, {
            track: t.name,
            artist: artists,
            album: album.name,
            year: album.releaseDate.slice(0, 4),
            isrc: t.isrc,
            genre: t.artistIds.flatMap((id) => store.artists.get(id)!.genres).join(' '),
          });
        })
        .map((t) => t.id);
    case 'album':
      return [...store.albums.values()]
        .filter((a) =>
          matches(`${a.name} ${artistNames(a.artistIds)}`, query, {
            album: a.name,
            artist: artistNames(a.artistIds),
            year: a.releaseDate.slice(0, 4),
          }),
        )
        .map((a) => a.id);
    case 'artist':
      return [...store.artists.values()]
        .filter((a) => matches(a.name, query, { artist: a.name, genre: a.genres.join(' ') }))
        .map((a) => a.id);
    case 'playlist':
      return [...store.playlists.values()]
        .filter((p) => p.public === true && matches(`${p.name} ${p.description ?? ''}`, query, {}))
        .map((p) => p.id);
    case 'show':
      return [...store.shows.values()]
        .filter((s) => matches(`${s.name} ${s.description}`, query, {}))
        .map((s) => s.id);
    case 'episode':
      return [...store.episodes.values()]
        .filter((e) => matches(`${e.name} ${e.description}`, query, {}))
        .map((e) => e.id);
    case 'audiobook':
      // Audiobooks exist only in a few markets; the demo catalogue has none.
      return [];
  }
}

export function registerSearch(app: Hono<ApiEnv>, ctx: EmulatorContext) {
  const { store } = ctx;
  app.get('/v1/search', (c) => {
    const q = c.req.query('q');
    if (!q || !q.trim()) throw new ApiProblem(400, 'No search query');
    const rawType = c.req.query('type');
    if (!rawType) throw new ApiProblem(400, 'Missing parameter type');
    const types = rawType.split(',');
    if (!types.every((t): t is SearchType => (TYPES as readonly string[]).includes(t))) {
      throw new ApiProblem(400, 'Bad search type field');
    }
    const limit = intParam(c.req.query('limit'), {
      min: 1,
      max: 10,
      fallback: 5,
      message: 'Invalid limit',
    });
    const offset = intParam(c.req.query('offset'), {
      min: 0,
      max: 1000,
      fallback: 0,
      message: 'Invalid offset',
    });
    const query = parseQuery(q);
    const url = new URL(c.req.url);
    const serialize = createSerializer(store, url.origin);
    const result: SearchResults = {};
    for (const type of new Set(types)) {
      const page = paging(searchIds(store, type, query), url, offset, limit);
      const ids = page.items;
      if (type === 'track') result.tracks = { ...page, items: ids.map(serialize.track) };
      if (type === 'episode') result.episodes = { ...page, items: ids.map(serialize.episode) };
      if (type === 'album') result.albums = { ...page, items: ids.map(serialize.album) };
      if (type === 'artist') result.artists = { ...page, items: ids.map(serialize.fullArtist) };
      if (type === 'playlist')
        result.playlists = {
          ...page,
          items: ids.map((id) => serialize.simplifiedPlaylist(store.playlists.get(id)!)),
        };
      if (type === 'show') result.shows = { ...page, items: ids.map(serialize.show) };
      if (type === 'audiobook') result.audiobooks = { ...page, items: [] };
    }
    return c.json(result);
  });
}
