/** /playlists/{id}/items: read, add, reorder, replace and remove (docs/spotify-api.md#playlists-and-their-items, #snapshot-ids, #local-files). */
import type { Hono } from 'hono';
import type { EmulatorContext } from '../context';
import { ApiProblem, intParam, jsonBody, limitRule, offsetRule, urisFrom } from '../http';
import { createSerializer } from '../serialize';
import type { PlaylistEntry, PlaylistRecord, Store } from '../store';
import { requireScopes, type ApiEnv } from './bearer';
import {
  assertCanEditItems,
  commitEntries,
  entriesAt,
  findPlaylist,
  modifyScope,
} from './playlist-access';
import { wantsEpisodes } from './playlists';

const MAX_ITEMS_PER_WRITE = 100;
const PLAYABLE_URI = /^spotify:(track|episode):([0-9A-Za-z]{22})$/;

/** Track/episode URIs only; local files cannot be added through the API (docs/spotify-api.md#local-files). */
function checkPlayableUris(store: Store, uris: string[]) {
  if (uris.length === 0) throw new ApiProblem(400, 'No uris provided');
  if (uris.length > MAX_ITEMS_PER_WRITE)
    throw new ApiProblem(
      400,
      `You can add a maximum of ${MAX_ITEMS_PER_WRITE} tracks per request.`,
    );
  for (const uri of uris) {
    const match = PLAYABLE_URI.exec(uri);
    if (!match) throw new ApiProblem(400, `Invalid track uri: ${uri}`);
    const known =
      match[1] === 'track' ? store.tracks.has(match[2]!) : store.episodes.has(match[2]!);
    if (!known) throw new ApiProblem(400, 'Payload contains a non-existing ID');
  }
}

function integerField(value: unknown, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined) throw new ApiProblem(400, `Missing required field: ${name}`);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new ApiProblem(400, `Invalid value for ${name}`);
  return value;
}

/**
 * Moves `range_length` items starting at `range_start` to before `insert_before`, both in
 * the positions of the version the client saw. Items are followed by identity, so a
 * reorder against an older snapshot merges with changes made since (docs/spotify-api.md#snapshot-ids).
 */
export function reorderEntries(
  current: PlaylistEntry[],
  seen: PlaylistEntry[],
  rangeStart: number,
  insertBefore: number,
  rangeLength: number,
): PlaylistEntry[] {
  if (rangeLength < 1 || rangeStart + rangeLength > seen.length || insertBefore > seen.length) {
    throw new ApiProblem(400, 'Index out of bounds');
  }
  const moved = seen.slice(rangeStart, rangeStart + rangeLength);
  const movedKeys = new Set(moved.map((e) => e.key));
  const currentKeys = new Set(current.map((e) => e.key));
  if (!moved.every((e) => currentKeys.has(e.key))) {
    throw new ApiProblem(400, 'Some of the items to move are no longer in the playlist');
  }
  const anchor = seen[insertBefore];
  const rest = current.filter((e) => !movedKeys.has(e.key));
  if (anchor && movedKeys.has(anchor.key)) return current.slice(); // moving a range in front of itself
  const at = anchor ? rest.findIndex((e) => e.key === anchor.key) : -1;
  const index = at === -1 ? rest.length : at;
  return [...rest.slice(0, index), ...moved, ...rest.slice(index)];
}

export function registerPlaylistItems(app: Hono<ApiEnv>, ctx: EmulatorContext) {
  const { store, clock } = ctx;

  const newEntries = (uris: string[], userId: string): PlaylistEntry[] => {
    const addedAt = new Date(clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return uris.map((uri) => ({ key: store.nextEntryKey++, uri, addedAt, addedBy: userId }));
  };

  const editable = (id: string, userId: string, scopes: (playlist: PlaylistRecord) => void) => {
    const playlist = findPlaylist(store, id);
    scopes(playlist);
    assertCanEditItems(playlist, userId);
    return playlist;
  };

  app.get('/v1/playlists/:id/items', (c) => {
    requireScopes(c, 'playlist-read-private');
    const playlist = findPlaylist(store, c.req.param('id'));
    const { itemPageMax, itemPageOverMax } = store.faults;
    const shorten = itemPageOverMax === 'shorten';
    const limit = Math.min(
      intParam(c.req.query('limit'), limitRule(shorten ? 100 : itemPageMax)),
      itemPageMax,
    );
    const offset = intParam(c.req.query('offset'), offsetRule());
    // Items are shared only with the owner or a collaborator (docs/spotify-api.md#playlists-and-their-items).
    assertCanEditItems(playlist, c.get('userId'));
    const serialize = createSerializer(store, new URL(c.req.url).origin);
    return c.json(
      serialize.itemsPage(
        playlist,
        new URL(c.req.url),
        offset,
        limit,
        wantsEpisodes(c.req.query('additional_types')),
      ),
    );
  });

  app.post('/v1/playlists/:id/items', async (c) => {
    const playlist = editable(c.req.param('id'), c.get('userId'), (p) =>
      requireScopes(c, modifyScope(p)),
    );
    const body = await jsonBody(c);
    const uris = urisFrom(c.req.query('uris'), body) ?? [];
    checkPlayableUris(store, uris);
    const rawPosition = c.req.query('position') ?? body.position;
    const position =
      rawPosition === undefined
        ? playlist.entries.length
        : integerField(
            typeof rawPosition === 'string' && /^\d+$/.test(rawPosition)
              ? Number(rawPosition)
              : rawPosition,
            'position',
          );
    if (position > playlist.entries.length) throw new ApiProblem(400, 'Index out of bounds');
    const entries = playlist.entries.slice();
    entries.splice(position, 0, ...newEntries(uris, c.get('userId')));
    commitEntries(playlist, entries);
    return c.json({ snapshot_id: playlist.snapshotId }, 201);
  });

  app.put('/v1/playlists/:id/items', async (c) => {
    const playlist = editable(c.req.param('id'), c.get('userId'), (p) =>
      requireScopes(c, modifyScope(p)),
    );
    const body = await jsonBody(c);
    const uris = urisFrom(c.req.query('uris'), body);
    const reorder = body.range_start !== undefined || body.insert_before !== undefined;
    if (uris !== undefined && reorder)
      throw new ApiProblem(400, 'Reorder and replace cannot be combined');
    if (uris !== undefined) {
      // Replace: local files cannot be sent back, so they are lost (docs/spotify-api.md#local-files); the app avoids this.
      if (uris.length > 0) checkPlayableUris(store, uris);
      commitEntries(playlist, newEntries(uris, c.get('userId')));
      return c.json({ snapshot_id: playlist.snapshotId }, 200);
    }
    const rangeStart = integerField(body.range_start, 'range_start');
    const insertBefore = integerField(body.insert_before, 'insert_before');
    const rangeLength = integerField(body.range_length, 'range_length', 1);
    const seen = entriesAt(playlist, body.snapshot_id);
    commitEntries(
      playlist,
      reorderEntries(playlist.entries, seen, rangeStart, insertBefore, rangeLength),
    );
    return c.json({ snapshot_id: playlist.snapshotId }, 200);
  });

  app.delete('/v1/playlists/:id/items', async (c) => {
    const playlist = editable(c.req.param('id'), c.get('userId'), (p) =>
      requireScopes(c, modifyScope(p)),
    );
    const body = await jsonBody(c);
    const items = body.items;
    if (!Array.isArray(items) || items.length === 0)
      throw new ApiProblem(400, 'Missing required field: items');
    if (items.length > MAX_ITEMS_PER_WRITE)
      throw new ApiProblem(
        400,
        `You can remove a maximum of ${MAX_ITEMS_PER_WRITE} tracks per request.`,
      );
    const uris = items.map((item: unknown) => {
      const uri =
        typeof item === 'object' && item !== null ? (item as { uri?: unknown }).uri : undefined;
      if (typeof uri !== 'string') throw new ApiProblem(400, 'Malformed json');
      // Local files cannot be targeted by URI (docs/spotify-api.md#local-files).
      if (!PLAYABLE_URI.test(uri)) throw new ApiProblem(400, `Invalid track uri: ${uri}`);
      return uri;
    });
    entriesAt(playlist, body.snapshot_id);
    // Removing by URI removes every occurrence (docs/spotify-api.md#playlists-and-their-items).
    const drop = new Set(uris);
    commitEntries(
      playlist,
      playlist.entries.filter((e) => !drop.has(e.uri)),
    );
    return c.json({ snapshot_id: playlist.snapshotId }, 200);
  });
}
