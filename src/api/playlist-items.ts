/**
 * The one way the app writes a playlist's items: the change engine (editor, tools, Liked
 * Songs' "Add to playlist") and copy, merge, import and restore all send their steps here,
 * at most MAX_URIS_PER_WRITE URIs a step (docs/spotify-api.md "Playlists and their items").
 */
import { asRecord } from '../domain/read-spotify';
import { spotify } from './client';

/** One request: an add (at a position or at the end), a removal of every copy, or a move. */
export type ItemStep =
  | { kind: 'add'; uris: string[]; position: number | null }
  | { kind: 'remove'; uris: string[] }
  | { kind: 'reorder'; range_start: number; insert_before: number; range_length: number };

function snapshotOf(data: unknown): string | undefined {
  const snapshot = asRecord(data)?.snapshot_id;
  return typeof snapshot === 'string' && snapshot ? snapshot : undefined;
}

/**
 * Sends one step; a removal or a move names the version it was planned against
 * (`snapshotId`). Returns the playlist's new snapshot_id, when Spotify gives one.
 */
export async function sendItemStep(
  playlistId: string,
  step: ItemStep,
  snapshotId?: string,
): Promise<string | undefined> {
  const version = snapshotId === undefined ? {} : { snapshot_id: snapshotId };
  const path = { playlist_id: playlistId };
  if (step.kind === 'add') {
    const { data } = await spotify().POST('/playlists/{playlist_id}/items', {
      params: { path },
      body: { uris: step.uris, ...(step.position === null ? {} : { position: step.position }) },
    });
    return snapshotOf(data);
  }
  if (step.kind === 'remove') {
    const { data } = await spotify().DELETE('/playlists/{playlist_id}/items', {
      params: { path },
      body: { items: step.uris.map((uri) => ({ uri })), ...version },
    });
    return snapshotOf(data);
  }
  const { kind: _kind, ...range } = step;
  const { data } = await spotify().PUT('/playlists/{playlist_id}/items', {
    params: { path },
    body: { ...range, ...version },
  });
  return snapshotOf(data);
}
