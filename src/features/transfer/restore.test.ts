import { describe, expect, it } from 'vitest';
import { toRow } from '../../domain/track-row';
import { seededPlaylist } from '../../testing/emulator-library';
import { signIn } from '../../testing/sign-in';
import { TEST_EMULATOR_ORIGIN, testEmulator } from '../../testing/test-emulator';
import { backupItems, type BackupPlaylist } from './backup-format';
import { RestoreInterrupted, restorePlaylist, unfinishedRestore } from './restore';
import { restoreSaved, savedUris } from './restore-saved';
import { newestSaved } from '../../../emulator/web-api/saved';

const store = () => testEmulator().store;
const EXPORTED = '2026-11-23T00:00:00.000Z';

/** A seeded playlist as a backup would hold it, read through the Web API as the app does. */
async function backupOf(name: string, token: string): Promise<BackupPlaylist> {
  const { id } = seededPlaylist(name);
  const entries: unknown[] = [];
  for (let offset = 0, total = 1; offset < total; offset += 50) {
    const page = (await (
      await fetch(
        `${TEST_EMULATOR_ORIGIN}/v1/playlists/${id}/items?limit=50&offset=${offset}&additional_types=track,episode`,
        { headers: { authorization: `Bearer ${token}` } },
      )
    ).json()) as { total: number; items: unknown[] };
    total = page.total;
    entries.push(...page.items);
  }
  return {
    source: 'playlist',
    id,
    name,
    description: 'Restored',
    public: false,
    collaborative: false,
    owner: null,
    coverUrl: null,
    itemsShared: true,
    items: backupItems(entries.map((entry, i) => toRow(entry, i))),
  };
}

/** A backup of `count` catalogue songs (no playlist of that size is seeded). */
function bigBackup(count: number): BackupPlaylist {
  const uris = [...store().tracks.keys()].slice(0, count).map((t) => `spotify:track:${t}`);
  return {
    source: 'playlist',
    id: 'gone',
    name: 'Big Mix',
    description: null,
    public: false,
    collaborative: false,
    owner: null,
    coverUrl: null,
    itemsShared: true,
    items: uris.map((uri, position) => ({
      position,
      uri,
      title: 'Song',
      artists: 'Artist',
      album: 'Album',
      durationMs: 1000,
      addedAt: null,
      addedBy: null,
      type: 'track',
      isrc: null,
    })),
  };
}

const playlistUris = (id: string) =>
  store()
    .playlists.get(id)!
    .entries.map((e) => e.uri);

describe('restoring a backup', () => {
  it('round trip: a new playlist with the same items in order; local files and unavailable reported', async () => {
    const session = await signIn();
    for (const name of ['Local Files Mix', 'Lost & Found', 'Podcasts & Songs']) {
      const backup = await backupOf(name, session.accessToken);
      const progress: number[] = [];
      const outcome = await restorePlaylist(EXPORTED, backup, (added) => progress.push(added));
      const restorable = backup.items.filter((i) => i.type === 'track' || i.type === 'episode');
      expect(playlistUris(outcome.playlistId)).toEqual(restorable.map((i) => i.uri));
      expect(outcome.notRestored.map((i) => i.type)).toEqual(
        backup.items
          .filter((i) => i.type === 'local' || i.type === 'unavailable')
          .map((i) => i.type),
      );
      expect(store().playlists.get(outcome.playlistId)!).toMatchObject({
        name,
        description: 'Restored',
        public: false,
      });
      expect(progress.at(-1)).toBe(restorable.length);
    }
    expect(seededPlaylist('Local Files Mix').entries.some((e) => e.local)).toBe(true);
  });

  it('resumes after a failure at each batch boundary without adding anything twice', async () => {
    await signIn();
    const backup = bigBackup(250);
    const want = backup.items.map((i) => i.uri);
    // Write 1 creates the playlist; writes 2-4 add 100, 100 and 50.
    for (const failing of [2, 3, 4]) {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('slm.add.')) localStorage.removeItem(key);
      store().faults.failWrite = failing;
      const stopped = await restorePlaylist(EXPORTED, backup, () => undefined).catch(
        (error: unknown) => error,
      );
      expect(stopped).toBeInstanceOf(RestoreInterrupted);
      const { playlistId, added } = stopped as RestoreInterrupted;
      expect(added).toBe((failing - 2) * 100);
      expect(playlistUris(playlistId)).toEqual(want.slice(0, added));
      expect(unfinishedRestore(EXPORTED, backup)).toEqual({ playlistId, base: 0, gone: [] });

      const outcome = await restorePlaylist(EXPORTED, backup, () => undefined);
      expect(outcome.playlistId).toBe(playlistId);
      expect(playlistUris(playlistId)).toEqual(want);
      expect(unfinishedRestore(EXPORTED, backup)).toBeNull();
    }
  });

  it('resumes after a write that reached Spotify but whose answer was lost', async () => {
    await signIn();
    const backup = bigBackup(150);
    store().faults.dropAfterCommit = 0;
    // The first add commits, then the connection drops.
    const created = await restorePlaylist(EXPORTED, { ...backup, items: [] }, () => undefined);
    localStorage.setItem(
      `slm.add.restore.${EXPORTED}.gone.Big Mix`,
      JSON.stringify({ playlistId: created.playlistId, base: 0, gone: [] }),
    );
    store().faults.dropAfterCommit = 1;
    const stopped = await restorePlaylist(EXPORTED, backup, () => undefined).catch(
      (e: unknown) => e,
    );
    expect(stopped).toBeInstanceOf(RestoreInterrupted);
    expect(playlistUris(created.playlistId)).toHaveLength(100);
    await restorePlaylist(EXPORTED, backup, () => undefined);
    expect(playlistUris(created.playlistId)).toEqual(backup.items.map((i) => i.uri));
  });

  it('leaves out and reports songs Spotify no longer has, adding the rest in order', async () => {
    await signIn();
    const backup = bigBackup(230);
    const gone = [5, 140, 141, 229];
    backup.items = backup.items.map((item, i) =>
      gone.includes(i) ? { ...item, uri: `spotify:track:${String(i).padStart(22, 'Z')}` } : item,
    );
    const outcome = await restorePlaylist(EXPORTED, backup, () => undefined);
    expect(outcome.added).toBe(226);
    expect(playlistUris(outcome.playlistId)).toEqual(
      backup.items.filter((_, i) => !gone.includes(i)).map((i) => i.uri),
    );
    expect(outcome.notRestored.map((i) => i.position)).toEqual(gone);
  });

  it('refuses to finish into a playlist changed since, rather than make a wrong copy', async () => {
    await signIn();
    const backup = bigBackup(150);
    store().faults.failWrite = 3;
    const stopped = (await restorePlaylist(EXPORTED, backup, () => undefined).catch(
      (e: unknown) => e,
    )) as RestoreInterrupted;
    const playlist = store().playlists.get(stopped.playlistId)!;
    playlist.entries = [...playlist.entries].reverse();
    await expect(restorePlaylist(EXPORTED, backup, () => undefined)).rejects.toThrow(
      /was changed since this began/,
    );
  });
});

describe('restoring saved albums, artists and podcasts', () => {
  it('saves and follows them again, oldest first, so each list comes back in its order', async () => {
    await signIn();
    const kinds = ['album', 'artist', 'show'] as const;
    // The backup as Export everything writes it: each kind newest first, artists undated.
    const saved = (kind: (typeof kinds)[number]) =>
      newestSaved(store(), kind).map(([id, at]): [string, number] => [`spotify:${kind}:${id}`, at]);
    const before = Object.fromEntries(kinds.map((kind) => [kind, saved(kind)]));
    const entry = ([uri, at]: [string, number], dated: boolean) => ({
      uri,
      name: uri,
      by: '',
      addedAt: dated ? new Date(at).toISOString() : null,
    });
    const library = {
      albums: before.album!.map((s) => entry(s, true)),
      artists: before.artist!.map((s) => entry(s, false)),
      shows: before.show!.map((s) => entry(s, true)),
    };
    for (const kind of kinds) for (const [uri] of before[kind]!) store().saved.delete(uri);

    const uris = savedUris(library);
    expect(uris).toHaveLength(
      library.albums.length + library.artists.length + library.shows.length,
    );
    const progress: number[] = [];
    await restoreSaved(uris, 0, (done) => progress.push(done));
    expect(progress.at(-1)).toBe(uris.length);
    // Saved again in the order they had, newest first.
    for (const kind of kinds)
      expect(saved(kind).map(([uri]) => uri)).toEqual(before[kind]!.map(([uri]) => uri));
    const writes = store().requestLog.filter(
      (r) => r.method === 'PUT' && r.path === '/v1/me/library',
    );
    expect(writes).toHaveLength(Math.ceil(uris.length / 40));
  });
});
