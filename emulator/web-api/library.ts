/** /me, /me/library (save/follow, 5.2) and /me/tracks (the rest of the library: saved.ts). */
import type { Context, Hono } from 'hono';
import type { SavedTrack } from '../../src/api/spotify-types';
import type { EmulatorContext } from '../context';
import { ApiProblem, intParam, jsonBody, limitRule, offsetRule, paging, urisFrom } from '../http';
import { createSerializer } from '../serialize';
import { requireScopes, type ApiEnv } from './bearer';
import { newestSaved, savedAt } from './saved';

const MAX_LIBRARY_URIS = 40;
const LIBRARY_URI = /^spotify:(track|album|episode|show|audiobook|artist|playlist|user):(.+)$/;

type Access = 'modify' | 'read';

/** Scopes depend on the entity type (docs/spotify-api.md#library, #where-the-sources-disagree). */
function scopeFor(type: string, access: Access): string {
  if (type === 'artist' || type === 'user')
    return access === 'modify' ? 'user-follow-modify' : 'user-follow-read';
  if (type === 'playlist')
    return access === 'modify' ? 'playlist-modify-public' : 'playlist-read-private';
  return access === 'modify' ? 'user-library-modify' : 'user-library-read';
}

export function registerLibrary(app: Hono<ApiEnv>, ctx: EmulatorContext) {
  const { store, clock } = ctx;
  // Liked Songs newest first, sorted once per change rather than once per page (12,000 songs).
  let likedCache: { saved: Map<string, number>; list: [string, number][] } | null = null;
  const likedSongs = () => {
    if (likedCache?.saved !== store.saved)
      likedCache = { saved: store.saved, list: newestSaved(store, 'track') };
    return likedCache.list;
  };

  const parseUris = async (c: Context<ApiEnv>, access: Access) => {
    const body = c.req.method === 'GET' ? {} : await jsonBody(c);
    const uris = urisFrom(c.req.query('uris'), body);
    if (!uris || uris.length === 0) throw new ApiProblem(400, 'Missing required parameter: uris');
    if (uris.length > MAX_LIBRARY_URIS)
      throw new ApiProblem(400, `Too many ids requested (maximum ${MAX_LIBRARY_URIS})`);
    return uris.map((uri) => {
      const match = LIBRARY_URI.exec(uri);
      if (!match) throw new ApiProblem(400, `Invalid uri: ${uri}`);
      const [, type, id] = match as unknown as [string, string, string];
      if (type !== 'user' && !/^[0-9A-Za-z]{22}$/.test(id))
        throw new ApiProblem(400, `Invalid uri: ${uri}`);
      requireScopes(c, scopeFor(type, access));
      return { uri, type, id };
    });
  };

  app.get('/v1/me', (c) => {
    const serialize = createSerializer(store, new URL(c.req.url).origin);
    return c.json(serialize.user(c.get('userId')));
  });

  app.put('/v1/me/library', async (c) => {
    for (const { uri, type, id } of await parseUris(c, 'modify')) {
      if (type === 'playlist') {
        if (!store.playlists.has(id)) throw new ApiProblem(404, 'Resource not found');
        if (!store.libraryPlaylists.includes(id)) store.libraryPlaylists.unshift(id);
      } else if (!store.saved.has(uri)) {
        store.saved.set(uri, clock.now());
      }
    }
    likedCache = null;
    return c.body(null, 200);
  });

  app.delete('/v1/me/library', async (c) => {
    for (const { uri, type, id } of await parseUris(c, 'modify')) {
      // Unfollowing your own playlist is how Spotify "deletes" it; followers keep it (docs/spotify-api.md#library).
      if (type === 'playlist')
        store.libraryPlaylists = store.libraryPlaylists.filter((p) => p !== id);
      else store.saved.delete(uri);
    }
    likedCache = null;
    return c.body(null, 200);
  });

  app.get('/v1/me/library/contains', async (c) => {
    const uris = await parseUris(c, 'read');
    return c.json(
      uris.map(({ uri, type, id }) =>
        type === 'playlist' ? store.libraryPlaylists.includes(id) : store.saved.has(uri),
      ),
    );
  });

  app.get('/v1/me/tracks', (c) => {
    requireScopes(c, 'user-library-read');
    const limit = intParam(c.req.query('limit'), limitRule(50));
    const offset = intParam(c.req.query('offset'), offsetRule());
    const serialize = createSerializer(store, new URL(c.req.url).origin);
    const page = paging(likedSongs(), new URL(c.req.url), offset, limit);
    const items: SavedTrack[] = page.items.map(([id, at]) => ({
      added_at: savedAt(at),
      track: serialize.track(id),
    }));
    return c.json({ ...page, items });
  });
}
