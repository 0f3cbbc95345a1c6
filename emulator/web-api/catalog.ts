/**
 * The catalogue Development Mode still serves one at a time: GET /artists/{id}, its albums
 * (at most 10 a page), GET /albums/{id} and its tracks, GET /shows/{id} and its episodes
 * (docs/spotify-api.md#catalogue).
 * The batch reads, top tracks and related artists answer 403 (removed.ts).
 */
import type { Hono } from 'hono';
import type { EmulatorContext } from '../context';
import { ApiProblem, intParam, limitRule, offsetRule, paging } from '../http';
import { isBase62Id } from '../random';
import { createSerializer } from '../serialize';
import type { AlbumRecord, Store } from '../store';
import type { ApiEnv } from './bearer';

const GROUPS = ['album', 'single', 'appears_on', 'compilation'] as const;
type Group = (typeof GROUPS)[number];
/** GET /albums/{id} and /shows/{id} embed this many tracks or episodes; the rest are paged. */
const EMBED_LIMIT = 50;

function found<T>(map: Map<string, T>, id: string): T {
  if (!isBase62Id(id)) throw new ApiProblem(400, 'Invalid base62 id');
  const record = map.get(id);
  if (!record) throw new ApiProblem(404, 'Resource not found');
  return record;
}

/** How an album stands to an artist: theirs (by its type), or one they appear on. */
function groupOf(store: Store, album: AlbumRecord, artistId: string): Group | null {
  if (album.artistIds.includes(artistId)) return album.albumType;
  const appears = album.trackIds.some((id) => store.tracks.get(id)!.artistIds.includes(artistId));
  return appears ? 'appears_on' : null;
}

/** Newest first, as Spotify lists an artist's releases within each group. */
function artistAlbums(store: Store, artistId: string, groups: readonly Group[]): string[] {
  const byGroup = new Map<Group, AlbumRecord[]>(groups.map((g) => [g, []]));
  for (const album of store.albums.values()) {
    const group = groupOf(store, album, artistId);
    if (group) byGroup.get(group)?.push(album);
  }
  return groups.flatMap((group) =>
    byGroup
      .get(group)!
      .sort((a, b) => b.releaseDate.localeCompare(a.releaseDate))
      .map((album) => album.id),
  );
}

function parseGroups(raw: string | undefined): Group[] {
  if (raw === undefined || raw === '') return [...GROUPS];
  const groups = raw.split(',');
  for (const group of groups)
    if (!(GROUPS as readonly string[]).includes(group))
      throw new ApiProblem(400, 'Invalid include_groups');
  return GROUPS.filter((group) => groups.includes(group));
}

export function registerCatalog(app: Hono<ApiEnv>, ctx: EmulatorContext) {
  const { store } = ctx;

  app.get('/v1/artists/:id', (c) => {
    const id = c.req.param('id');
    found(store.artists, id);
    return c.json(createSerializer(store, new URL(c.req.url).origin).fullArtist(id));
  });

  app.get('/v1/artists/:id/albums', (c) => {
    const id = c.req.param('id');
    found(store.artists, id);
    const groups = parseGroups(c.req.query('include_groups'));
    const limit = intParam(c.req.query('limit'), limitRule(10, 5));
    const offset = intParam(c.req.query('offset'), offsetRule());
    const url = new URL(c.req.url);
    const serialize = createSerializer(store, url.origin);
    const page = paging(artistAlbums(store, id, groups), url, offset, limit);
    return c.json({ ...page, items: page.items.map(serialize.album) });
  });

  app.get('/v1/albums/:id', (c) => {
    const id = c.req.param('id');
    const album = found(store.albums, id);
    const url = new URL(c.req.url);
    const tracksUrl = new URL(`/v1/albums/${id}/tracks`, url.origin);
    const serialize = createSerializer(store, url.origin);
    return c.json(serialize.fullAlbum(id, paging(album.trackIds, tracksUrl, 0, EMBED_LIMIT)));
  });

  app.get('/v1/albums/:id/tracks', (c) => {
    const id = c.req.param('id');
    const album = found(store.albums, id);
    const limit = intParam(c.req.query('limit'), limitRule(50));
    const offset = intParam(c.req.query('offset'), offsetRule());
    const url = new URL(c.req.url);
    const serialize = createSerializer(store, url.origin);
    const page = paging(album.trackIds, url, offset, limit);
    return c.json({ ...page, items: page.items.map(serialize.simplifiedTrack) });
  });

  /** A show's episodes newest first, as Spotify lists them. */
  const episodesOf = (id: string) => [...found(store.shows, id).episodeIds].reverse();

  app.get('/v1/shows/:id', (c) => {
    const id = c.req.param('id');
    const url = new URL(c.req.url);
    const episodesUrl = new URL(`/v1/shows/${id}/episodes`, url.origin);
    const serialize = createSerializer(store, url.origin);
    return c.json(serialize.fullShow(id, paging(episodesOf(id), episodesUrl, 0, EMBED_LIMIT)));
  });

  app.get('/v1/shows/:id/episodes', (c) => {
    const id = c.req.param('id');
    const episodes = episodesOf(id);
    const limit = intParam(c.req.query('limit'), limitRule(50));
    const offset = intParam(c.req.query('offset'), offsetRule());
    const url = new URL(c.req.url);
    const serialize = createSerializer(store, url.origin);
    const page = paging(episodes, url, offset, limit);
    return c.json({ ...page, items: page.items.map(serialize.simplifiedEpisode) });
  });
}
