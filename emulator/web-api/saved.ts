/**
 * The rest of Your Library, read as Development Mode still allows (docs/spotify-api.md#library):
 * GET /me/albums, /me/shows, /me/episodes (offset paging, newest saved first) and
 * GET /me/following?type=artist (cursor paging). Saving and following go through /me/library.
 */
import type { Context, Hono } from 'hono';
import type { SavedAlbum, SavedEpisode, SavedShow } from '../../src/api/spotify-types';
import type { EmulatorContext } from '../context';
import { ApiProblem, intParam, limitRule, offsetRule, paging } from '../http';
import { createSerializer } from '../serialize';
import type { Store } from '../store';
import { requireScopes, type ApiEnv } from './bearer';

/** Spotify's timestamps: seconds, no milliseconds. */
export const savedAt = (at: number) => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The ids of one kind of saved item, newest first; of items saved in the same millisecond
 * the last saved comes first. Items the catalogue no longer has are left out.
 */
export function newestSaved(
  store: Store,
  type: 'track' | 'album' | 'artist' | 'show' | 'episode',
): [string, number][] {
  const prefix = `spotify:${type}:`;
  const catalogue = {
    track: store.tracks,
    album: store.albums,
    artist: store.artists,
    show: store.shows,
    episode: store.episodes,
  }[type];
  return [...store.saved]
    .reverse()
    .filter(([uri]) => uri.startsWith(prefix) && catalogue.has(uri.slice(prefix.length)))
    .map(([uri, at]): [string, number] => [uri.slice(prefix.length), at])
    .sort((a, b) => b[1] - a[1]);
}

export function registerSaved(app: Hono<ApiEnv>, ctx: EmulatorContext) {
  const { store } = ctx;

  /** One offset page of a kind of saved item, each made into its Saved…Object. */
  const savedPage =
    <T>(
      type: 'album' | 'show' | 'episode',
      scopes: string[],
      item: (id: string, at: string, origin: string) => T,
    ) =>
    (c: Context<ApiEnv>) => {
      requireScopes(c, ...scopes);
      const limit = intParam(c.req.query('limit'), limitRule(50));
      const offset = intParam(c.req.query('offset'), offsetRule());
      const url = new URL(c.req.url);
      const page = paging(newestSaved(store, type), url, offset, limit);
      return c.json({
        ...page,
        items: page.items.map(([id, at]) => item(id, savedAt(at), url.origin)),
      });
    };

  app.get(
    '/v1/me/albums',
    savedPage('album', ['user-library-read'], (id, added_at, origin): SavedAlbum => {
      const serialize = createSerializer(store, origin);
      const album = store.albums.get(id)!;
      const tracksUrl = new URL(`/v1/albums/${id}/tracks`, origin);
      return { added_at, album: serialize.fullAlbum(id, paging(album.trackIds, tracksUrl, 0, 50)) };
    }),
  );
  app.get(
    '/v1/me/shows',
    savedPage('show', ['user-library-read'], (id, added_at, origin): SavedShow => ({
      added_at,
      show: createSerializer(store, origin).show(id),
    })),
  );
  // Saved episodes also need user-read-playback-position, as the reference says.
  app.get(
    '/v1/me/episodes',
    savedPage(
      'episode',
      ['user-library-read', 'user-read-playback-position'],
      (id, added_at, origin): SavedEpisode => ({
        added_at,
        episode: createSerializer(store, origin).episode(id),
      }),
    ),
  );

  app.get('/v1/me/following', (c) => {
    requireScopes(c, 'user-follow-read');
    const type = c.req.query('type');
    if (type !== 'artist')
      throw new ApiProblem(
        400,
        type ? `Invalid type: ${type}` : 'Missing required parameter: type',
      );
    const limit = intParam(c.req.query('limit'), limitRule(50));
    const after = c.req.query('after');
    const followed = newestSaved(store, 'artist').map(([id]) => id);
    const start = after ? followed.indexOf(after) + 1 : 0;
    const ids = followed.slice(start, start + limit);
    const url = new URL(c.req.url);
    const last = ids.at(-1);
    const more = start + limit < followed.length && last !== undefined;
    const next = new URL(url);
    next.searchParams.set('limit', String(limit));
    if (last) next.searchParams.set('after', last);
    const serialize = createSerializer(store, url.origin);
    return c.json({
      artists: {
        href: url.toString(),
        limit,
        next: more ? next.toString() : null,
        cursors: { after: more ? last : null },
        total: followed.length,
        items: ids.map(serialize.fullArtist),
      },
    });
  });
}
