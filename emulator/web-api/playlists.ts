/** /me/playlists, /playlists/{id} and /playlists/{id}/images (docs/spotify-api.md#playlists-and-their-items). */
import type { Hono } from 'hono';
import type { EmulatorContext } from '../context';
import { ApiProblem, intParam, jsonBody, limitRule, offsetRule, paging } from '../http';
import { secureBase62 } from '../random';
import { createSerializer } from '../serialize';
import type { PlaylistRecord } from '../store';
import { requireScopes, type ApiEnv } from './bearer';
import { bumpSnapshot, canReadItems, findPlaylist, modifyScope } from './playlist-access';

/** Spotify's cover limit is on the Base64 payload: 256 KB (docs/spotify-api.md#playlists-and-their-items). */
export const MAX_COVER_BASE64 = 256 * 1024;

export function wantsEpisodes(additionalTypes: string | undefined): boolean {
  return (additionalTypes ?? '').split(',').includes('episode');
}

function optional<T>(
  body: Record<string, unknown>,
  key: string,
  type: 'string' | 'boolean',
): T | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== type) throw new ApiProblem(400, `Invalid value for ${key}`);
  return value as T;
}

export function registerPlaylists(app: Hono<ApiEnv>, ctx: EmulatorContext) {
  const { store, clock } = ctx;

  /** A finished cover upload replaces the old cover once "processing" is over. */
  const settleCover = (playlist: PlaylistRecord) => {
    if (playlist.pendingImage && clock.now() >= playlist.pendingImage.readyAt) {
      playlist.image = playlist.pendingImage.image;
      delete playlist.pendingImage;
    }
    return playlist;
  };
  const playlistById = (id: string) => settleCover(findPlaylist(store, id));

  app.get('/v1/me/playlists', (c) => {
    requireScopes(c, 'playlist-read-private');
    const limit = intParam(c.req.query('limit'), limitRule(50));
    const offset = intParam(c.req.query('offset'), offsetRule());
    const seeCollaborative = c.get('scopes').includes('playlist-read-collaborative');
    const serialize = createSerializer(store, new URL(c.req.url).origin);
    // Collaborative playlists are listed only with playlist-read-collaborative (docs/spotify-api.md#playlists-and-their-items).
    const visible = store.libraryPlaylists.filter((id) => {
      if (id === null) return true;
      const playlist = store.playlists.get(id);
      return !!playlist && (seeCollaborative || !playlist.collaborative);
    });
    const page = paging(visible, new URL(c.req.url), offset, limit);
    return c.json({
      ...page,
      items: page.items.map((id) =>
        id === null ? null : serialize.simplifiedPlaylist(settleCover(store.playlists.get(id)!)),
      ),
    });
  });

  app.post('/v1/me/playlists', async (c) => {
    const body = await jsonBody(c);
    const name = body.name;
    if (typeof name !== 'string' || name.trim() === '')
      throw new ApiProblem(400, 'Missing required field: name');
    const isPublic = optional<boolean>(body, 'public', 'boolean') ?? true;
    const collaborative = optional<boolean>(body, 'collaborative', 'boolean') ?? false;
    const description = optional<string>(body, 'description', 'string');
    if (collaborative && isPublic)
      throw new ApiProblem(400, 'Collaborative playlists can only be private.');
    if (collaborative) requireScopes(c, 'playlist-modify-public', 'playlist-modify-private');
    else requireScopes(c, isPublic ? 'playlist-modify-public' : 'playlist-modify-private');

    const userId = c.get('userId');
    const playlist: PlaylistRecord = {
      id: secureBase62(22),
      name,
      description: description ?? null,
      ownerId: userId,
      public: isPublic,
      collaborative,
      collaborators: [],
      followers: 0,
      snapshotId: '',
      entries: [],
      history: new Map(),
      image: null,
    };
    bumpSnapshot(playlist);
    store.playlists.set(playlist.id, playlist);
    if (userId === store.demoUserId) store.libraryPlaylists.unshift(playlist.id);
    const serialize = createSerializer(store, new URL(c.req.url).origin);
    return c.json(serialize.fullPlaylist(playlist, true, false), 201);
  });

  app.get('/v1/playlists/:id', (c) => {
    const playlist = playlistById(c.req.param('id'));
    const serialize = createSerializer(store, new URL(c.req.url).origin);
    const readable = canReadItems(playlist, c.get('userId'));
    return c.json(
      serialize.fullPlaylist(playlist, readable, wantsEpisodes(c.req.query('additional_types'))),
    );
  });

  app.put('/v1/playlists/:id', async (c) => {
    const playlist = playlistById(c.req.param('id'));
    requireScopes(c, modifyScope(playlist));
    if (playlist.ownerId !== c.get('userId')) throw new ApiProblem(403, 'Forbidden');
    const body = await jsonBody(c);
    const name = optional<string>(body, 'name', 'string');
    const isPublic = optional<boolean>(body, 'public', 'boolean');
    const collaborative = optional<boolean>(body, 'collaborative', 'boolean');
    const description = optional<string>(body, 'description', 'string');
    if (name !== undefined && name.trim() === '')
      throw new ApiProblem(400, 'Invalid value for name');
    const nextPublic = isPublic ?? playlist.public;
    const nextCollaborative = collaborative ?? playlist.collaborative;
    // Spotify: collaborative playlists must be private (docs/spotify-api.md#playlists-and-their-items).
    if (nextCollaborative && nextPublic === true) {
      throw new ApiProblem(400, 'Collaborative playlists can only be private.');
    }
    if (name !== undefined) playlist.name = name;
    if (description !== undefined) playlist.description = description;
    playlist.public = nextPublic;
    playlist.collaborative = nextCollaborative;
    bumpSnapshot(playlist);
    return c.body(null, 200);
  });

  app.get('/v1/playlists/:id/images', (c) => {
    const playlist = playlistById(c.req.param('id'));
    const serialize = createSerializer(store, new URL(c.req.url).origin);
    return c.json(serialize.imagesOf(playlist.id, playlist.image));
  });

  app.put('/v1/playlists/:id/images', async (c) => {
    const playlist = playlistById(c.req.param('id'));
    requireScopes(c, 'ugc-image-upload', modifyScope(playlist));
    if (playlist.ownerId !== c.get('userId')) throw new ApiProblem(403, 'Forbidden');
    if (!(c.req.header('content-type') ?? '').startsWith('image/jpeg')) {
      throw new ApiProblem(400, 'Content-Type must be image/jpeg');
    }
    const text = await c.req.text();
    if (text.length > MAX_COVER_BASE64) throw new ApiProblem(413, 'Request Entity Too Large');
    let bytes: Uint8Array;
    try {
      bytes = Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
    } catch {
      throw new ApiProblem(400, 'Bad request: image is not valid Base64-encoded JPEG');
    }
    if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) {
      throw new ApiProblem(400, 'Bad request: image is not valid Base64-encoded JPEG');
    }
    const version = (playlist.image?.kind === 'upload' ? playlist.image.version : 0) + 1;
    playlist.pendingImage = {
      image: { kind: 'upload', version, jpeg: bytes },
      readyAt: clock.now() + store.settings.coverProcessingMs,
    };
    return c.body(null, 202);
  });
}
