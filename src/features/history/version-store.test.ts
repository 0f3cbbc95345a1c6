import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { keys, createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackRow } from '../../domain/track-row';
import { countsOf, diffVersions, summarize } from './version-diff';
import { openVersionStore, storedEntries } from './version-store';

vi.stubGlobal('IDBKeyRange', IDBKeyRange);

function song(n: number, day = 1): TrackRow {
  return {
    position: 0,
    kind: 'track',
    uri: `spotify:track:${String(n).padStart(22, '0')}`,
    title: `Song ${n}`,
    byline: 'Someone',
    album: 'Album',
    durationMs: 200_000,
    addedAt: `2025-01-${String(day).padStart(2, '0')}T00:00:00Z`,
    addedBy: 'me',
    spotifyUrl: null,
    imageUrl: null,
  };
}

const songs = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => song(from + i));
const uris = (rows: TrackRow[]) => rows.map((row) => row.uri);
const record = (
  store: ReturnType<typeof openVersionStore>,
  snapshot: string,
  rows: TrackRow[],
  at: number,
  playlistId = 'p1',
) => store.record({ playlistId, snapshot, name: 'Road Trip', rows }, at);

let name = 0;
function fresh(caps?: { versions: number; entries: number }) {
  vi.stubGlobal('indexedDB', new IDBFactory());
  const id = `history ${name++}`;
  return { store: openVersionStore(id, caps), raw: createStore(id, 'history') };
}

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));

describe('the version store', () => {
  it('shares what versions have in common: a removal and a move store no entry, an add its new ones', async () => {
    const { store } = fresh();
    const first = songs(0, 1000);
    await record(store, 's1', first, 1);
    // Elsewhere: two removed, one moved to the front.
    const second = [first[999]!, ...first.slice(0, 999).filter((_, i) => i !== 10 && i !== 20)];
    await record(store, 's2', second, 2);
    expect(storedEntries(await store.readIndex())).toBe(1000);
    const third = [...second, ...songs(1000, 1003)];
    await record(store, 's3', third, 3);
    expect(storedEntries(await store.readIndex())).toBe(1003);

    const versions = await store.versions('p1');
    expect(versions.map((v) => v.snapshot)).toEqual(['s1', 's2', 's3']);
    expect(uris(await store.rows(versions[0]!))).toEqual(uris(first));
    expect(uris(await store.rows(versions[1]!))).toEqual(uris(second));
    expect(uris(await store.rows(versions[2]!))).toEqual(uris(third));
    // Dates and who added come back as they were.
    expect((await store.rows(versions[1]!))[0]).toMatchObject({
      addedAt: first[999]!.addedAt,
      addedBy: 'me',
      title: 'Song 999',
    });

    const diff = diffVersions(await store.rows(versions[0]!), await store.rows(versions[1]!));
    expect(diff.removed.map((row) => row.title)).toEqual(['Song 10', 'Song 20']);
    expect(diff.moved.map((row) => row.title)).toEqual(['Song 999']);
    expect(summarize(countsOf(diff))).toBe('−2, 1 moved');
    expect(versions[1]!.changes).toEqual({ added: 0, removed: 2, moved: 1 });
  });

  it('keeps a version once, however often it is seen', async () => {
    const { store } = fresh();
    await record(store, 's1', songs(0, 10), 1);
    await record(store, 's1', songs(0, 10), 2);
    expect(await store.versions('p1')).toHaveLength(1);
  });

  it('keeps at most the cap of versions per playlist, oldest out, and drops the chunks no one uses', async () => {
    const { store, raw } = fresh({ versions: 2, entries: 1_000 });
    await record(store, 's1', songs(0, 10), 1);
    await record(store, 's2', songs(100, 110), 2);
    await record(store, 's3', songs(200, 210), 3);
    expect((await store.versions('p1')).map((v) => v.snapshot)).toEqual(['s2', 's3']);
    expect(storedEntries(await store.readIndex())).toBe(20);
    expect(await keys(raw)).toHaveLength(3); // the index and two chunks
  });

  it('keeps at most the cap of entries in all, oldest version of any playlist out, each playlist its newest', async () => {
    const { store } = fresh({ versions: 50, entries: 25 });
    await record(store, 'a1', songs(0, 10), 1, 'a');
    await record(store, 'b1', songs(100, 110), 2, 'b');
    await record(store, 'a2', songs(200, 210), 3, 'a');
    const index = await store.readIndex();
    expect(index.playlists.a!.versions.map((v) => v.snapshot)).toEqual(['a2']);
    expect(index.playlists.b!.versions.map((v) => v.snapshot)).toEqual(['b1']);
    expect(storedEntries(index)).toBe(20);
  });

  it('records your playlists gone from the list since it was last read, until they are back', async () => {
    const { store } = fresh();
    await store.listed({ a: 'Road Trip', b: 'Late Night' }, 1);
    expect((await store.readIndex()).removed).toEqual([]);
    await store.listed({ a: 'Road Trip' }, 2);
    expect((await store.readIndex()).removed).toEqual([
      { id: 'b', name: 'Late Night', removedAt: 2 },
    ]);
    await store.listed({ a: 'Road Trip', b: 'Late Night' }, 3);
    expect((await store.readIndex()).removed).toEqual([]);
  });

  it('is emptied by clear (logout)', async () => {
    const { store, raw } = fresh();
    await record(store, 's1', songs(0, 10), 1);
    await store.clear();
    expect(await keys(raw)).toEqual([]);
    expect(await store.versions('p1')).toEqual([]);
  });
});
