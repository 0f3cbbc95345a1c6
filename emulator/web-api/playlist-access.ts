/** Looking up playlists and the ownership rules that guard them (docs/spotify-api.md#playlists-and-their-items, #where-the-sources-disagree). */
import { ApiProblem } from '../http';
import { isBase62Id, secureBase62 } from '../random';
import type { PlaylistEntry, PlaylistRecord, Store } from '../store';

const SNAPSHOT_HISTORY = 20;

export function findPlaylist(store: Store, id: string): PlaylistRecord {
  if (!isBase62Id(id)) throw new ApiProblem(400, 'Invalid base62 id');
  const playlist = store.playlists.get(id);
  if (!playlist) throw new ApiProblem(404, 'Resource not found');
  return playlist;
}

/** Items are shared only with the owner or a collaborator (Feb 2026 Development Mode). */
export function canReadItems(playlist: PlaylistRecord, userId: string): boolean {
  return (
    playlist.ownerId === userId ||
    (playlist.collaborative && playlist.collaborators.includes(userId))
  );
}

export function assertCanEditItems(playlist: PlaylistRecord, userId: string) {
  if (!canReadItems(playlist, userId)) throw new ApiProblem(403, 'Forbidden');
}

/** The modify scope this playlist needs: public ones need -public, the rest -private. */
export function modifyScope(playlist: PlaylistRecord): string {
  return playlist.public === true ? 'playlist-modify-public' : 'playlist-modify-private';
}

/** Stores a new version of the items under a fresh snapshot id (6: every change gets one). */
export function commitEntries(playlist: PlaylistRecord, entries: PlaylistEntry[]) {
  playlist.entries = entries;
  bumpSnapshot(playlist);
}

export function bumpSnapshot(playlist: PlaylistRecord) {
  playlist.snapshotId = secureBase62(32);
  playlist.history.set(playlist.snapshotId, playlist.entries);
  while (playlist.history.size > SNAPSHOT_HISTORY) {
    playlist.history.delete(playlist.history.keys().next().value!);
  }
}

/** The version a write names, or the current one when it names none. */
export function entriesAt(playlist: PlaylistRecord, snapshotId: unknown): PlaylistEntry[] {
  if (snapshotId === undefined || snapshotId === null) return playlist.entries;
  if (typeof snapshotId !== 'string') throw new ApiProblem(400, 'Invalid snapshot_id');
  const version = playlist.history.get(snapshotId);
  if (!version) throw new ApiProblem(400, 'Invalid snapshot_id');
  return version;
}
