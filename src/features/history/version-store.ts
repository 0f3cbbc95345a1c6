/**
 * The version history: per account, every version of your playlists the app loaded or
 * made, in IndexedDB (one database per backend and account, as the persisted cache), so
 * it can be read offline and is gone with the account's other data on logout.
 *
 * One key holds the index (per playlist its versions, oldest first: when seen, name, who
 * made it when this app did, and the segments of its items; the playlists seen removed;
 * the owned playlists last listed); each chunk of entries has a key of its own
 * (version-chunks.ts). Caps: MAX_VERSIONS per playlist and MAX_ENTRIES stored entries in
 * all, oldest version first out; a chunk goes with the last version that uses it.
 *
 * Writes of one tab go one after another; the index is changed in one transaction
 * (`update`), so a version recorded by two tabs at once is kept once.
 */
import { clear, createStore, del, get, getMany, set, update, type UseStore } from 'idb-keyval';
import type { TrackRow } from '../../domain/track-row';
import { yieldToMain } from '../../lib/yield-to-main';
import { countsOf, diffVersions, type ChangeCounts } from './version-diff';
import { chunkLength, rowsOf, segmentVersion, type Chunk, type Segment } from './version-chunks';

export const MAX_VERSIONS = 50;
export const MAX_ENTRIES = 250_000;
const INDEX = 'index';
const chunkKey = (id: string) => `chunk ${id}`;

export interface MadeHere {
  /** Who made it: the signed-in account's id. */
  by: string | null;
  /** What was done, as the toast said it: "Removed “Song” from Road Trip." */
  message: string;
}

export interface VersionMeta {
  snapshot: string;
  /** When the app first saw this version (ms since 1970). */
  seenAt: number;
  name: string;
  total: number;
  segments: Segment[];
  made?: MadeHere;
  /** What changed since the version before it (absent for the first one kept). */
  changes?: ChangeCounts;
}

export interface RemovedPlaylist {
  id: string;
  name: string;
  /** When the app saw it gone from your playlists. */
  removedAt: number;
}

export interface HistoryIndex {
  playlists: Record<string, { versions: VersionMeta[] }>;
  /** Stored entries per chunk, for the cap. */
  chunks: Record<string, number>;
  removed: RemovedPlaylist[];
  /** Your playlists (id → name) when the list was last read; null before the first. */
  listed: Record<string, string> | null;
}

const emptyIndex = (): HistoryIndex => ({ playlists: {}, chunks: {}, removed: [], listed: null });

export interface RecordedVersion {
  playlistId: string;
  snapshot: string;
  name: string;
  rows: readonly TrackRow[];
  made?: MadeHere;
}

/** Which chunks the kept versions use. */
function usedChunks(index: HistoryIndex): Set<string> {
  const used = new Set<string>();
  for (const { versions } of Object.values(index.playlists))
    for (const version of versions) for (const segment of version.segments) used.add(segment.chunk);
  return used;
}

/** Applies the caps; returns the chunks no version uses any more (already out of the index). */
export function enforceCaps(
  index: HistoryIndex,
  maxVersions = MAX_VERSIONS,
  maxEntries = MAX_ENTRIES,
) {
  for (const entry of Object.values(index.playlists))
    if (entry.versions.length > maxVersions)
      entry.versions.splice(0, entry.versions.length - maxVersions);
  const stored = () => Object.values(index.chunks).reduce((sum, n) => sum + n, 0);
  const dropUnused = () => {
    const used = usedChunks(index);
    const gone = Object.keys(index.chunks).filter((id) => !used.has(id));
    for (const id of gone) delete index.chunks[id];
    return gone;
  };
  const gone = dropUnused();
  while (stored() > maxEntries) {
    // The oldest version of all goes; a playlist's newest version stays while others can go.
    let oldest: { id: string; seenAt: number } | null = null;
    for (const [id, { versions }] of Object.entries(index.playlists)) {
      const first = versions[0];
      if (first && versions.length > 1 && (!oldest || first.seenAt < oldest.seenAt))
        oldest = { id, seenAt: first.seenAt };
    }
    if (!oldest) break;
    index.playlists[oldest.id]!.versions.shift();
    gone.push(...dropUnused());
  }
  for (const [id, { versions }] of Object.entries(index.playlists))
    if (versions.length === 0) delete index.playlists[id];
  return gone;
}

export const storedEntries = (index: HistoryIndex) =>
  Object.values(index.chunks).reduce((sum, n) => sum + n, 0);

let sequence = 0;
const newChunkId = () =>
  `${Date.now().toString(36)}-${(sequence++).toString(36)}-${crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36)}`;

export interface VersionStore {
  readIndex(): Promise<HistoryIndex>;
  versions(playlistId: string): Promise<VersionMeta[]>;
  rows(version: VersionMeta): Promise<TrackRow[]>;
  record(version: RecordedVersion, now?: number): Promise<void>;
  /** Your playlists as just listed: those gone since the last list are recorded as removed. */
  listed(playlists: Record<string, string>, now?: number): Promise<void>;
  forgetRemoved(id: string): Promise<void>;
  clear(): Promise<void>;
  /** Settles once every write asked for so far is done. */
  settled(): Promise<void>;
}

export function openVersionStore(
  name: string,
  caps = { versions: MAX_VERSIONS, entries: MAX_ENTRIES },
): VersionStore {
  const store: UseStore = createStore(name, 'history');
  let writing: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writing.then(work, work);
    writing = next.catch(() => undefined);
    return next;
  };
  const readIndex = async () => (await get<HistoryIndex>(INDEX, store)) ?? emptyIndex();
  const readChunks = async (segments: readonly Segment[]) => {
    const ids = [...new Set(segments.map((s) => s.chunk))];
    const chunks = await getMany<Chunk>(ids.map(chunkKey), store);
    return new Map(ids.map((id, i) => [id, chunks[i]!]));
  };
  const rows = async (version: VersionMeta) =>
    rowsOf(version.segments, await readChunks(version.segments));
  /** Each playlist's newest version as this page recorded it: the next is compared with it. */
  const latest = new Map<string, { snapshot: string; rows: readonly TrackRow[] }>();
  const newestRows = async (playlistId: string, newest: VersionMeta) => {
    const known = latest.get(playlistId);
    return known?.snapshot === newest.snapshot ? known.rows : rows(newest);
  };

  const record = (version: RecordedVersion, now = Date.now()) =>
    serial(async () => {
      const index = await readIndex();
      const versions = index.playlists[version.playlistId]?.versions ?? [];
      if (versions.some((v) => v.snapshot === version.snapshot)) return;
      const newest = versions.at(-1);
      const previous = newest
        ? { rows: await newestRows(version.playlistId, newest), segments: newest.segments }
        : null;
      // Each step of a 10,000-item version takes a while: the page gets the main thread between.
      await yieldToMain();
      const chunkId = newChunkId();
      const { segments, chunk } = segmentVersion(version.rows, previous, chunkId);
      await yieldToMain();
      const diff = previous && diffVersions(previous.rows, version.rows);
      await yieldToMain();
      if (chunk) await set(chunkKey(chunkId), chunk, store);
      let gone: string[] = [];
      let kept = true;
      await update<HistoryIndex>(
        INDEX,
        (old) => {
          const next = old ?? emptyIndex();
          const entry = (next.playlists[version.playlistId] ??= { versions: [] });
          // Another tab recorded it meanwhile, or dropped a chunk it refers to: keep theirs.
          const lost = segments.some((s) => s.chunk !== chunkId && !(s.chunk in next.chunks));
          if (lost || entry.versions.some((v) => v.snapshot === version.snapshot)) {
            kept = false;
            return next;
          }
          entry.versions.push({
            snapshot: version.snapshot,
            seenAt: now,
            name: version.name,
            total: version.rows.length,
            segments,
            ...(version.made ? { made: version.made } : {}),
            ...(diff ? { changes: countsOf(diff) } : {}),
          });
          if (chunk) next.chunks[chunkId] = chunkLength(chunk);
          gone = enforceCaps(next, caps.versions, caps.entries);
          return next;
        },
        store,
      );
      if (!kept && chunk) gone.push(chunkId);
      if (kept) latest.set(version.playlistId, { snapshot: version.snapshot, rows: version.rows });
      await Promise.all(gone.map((id) => del(chunkKey(id), store)));
    });

  const listed = (playlists: Record<string, string>, now = Date.now()) =>
    serial(() =>
      update<HistoryIndex>(
        INDEX,
        (old) => {
          const next = old ?? emptyIndex();
          const before = next.listed;
          const removed = next.removed.filter((entry) => !(entry.id in playlists));
          if (before)
            for (const [id, name] of Object.entries(before))
              if (!(id in playlists) && !removed.some((entry) => entry.id === id))
                removed.unshift({ id, name, removedAt: now });
          return { ...next, removed, listed: playlists };
        },
        store,
      ),
    );

  return {
    readIndex,
    versions: async (playlistId) => (await readIndex()).playlists[playlistId]?.versions ?? [],
    rows,
    record,
    listed,
    forgetRemoved: (id) =>
      serial(() =>
        update<HistoryIndex>(
          INDEX,
          (old) => ({
            ...(old ?? emptyIndex()),
            removed: (old?.removed ?? []).filter((e) => e.id !== id),
          }),
          store,
        ),
      ),
    clear: () => serial(() => clear(store)),
    settled: () => writing.then(() => undefined),
  };
}
