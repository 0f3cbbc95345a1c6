/**
 * The persisted cache's index: per stored entry its row count, when it was written and its
 * key, so the store can be capped (rows and entries, oldest written first out) and a
 * playlist's older snapshots dropped without reading the entries themselves.
 */
import { partialMatchKey, type Query, type QueryKey } from '@tanstack/react-query';
import { clear, delMany, get, update, type UseStore } from 'idb-keyval';
import { playlistKeys } from '../../features/playlists/queries';
import { deletePieces } from './piece-store';

/** Bump when the shape of anything persisted changes. */
export const CACHE_VERSION = '2';
/** About 25 MB: a 10,000-item playlist is 10,000 rows. */
export const MAX_ROWS = 50_000;
const MAX_ENTRIES = 300;
const INDEX_KEY = 'index';

interface Index {
  version: string;
  entries: Record<string, { rows: number; savedAt: number; queryKey: QueryKey }>;
}

/** Entries of another version would each be dropped when read; this drops them all at once. */
export async function discardOtherVersions(store: UseStore) {
  const index = await get<Index>(INDEX_KEY, store);
  if (index && index.version !== CACHE_VERSION) await clear(store);
}

/** A streamed list is kept only once every page is in. */
export function rowCount(data: unknown): { rows: number; complete: boolean } {
  const list = data as { total?: unknown; rows?: unknown } | null;
  if (list && typeof list === 'object' && Array.isArray(list.rows)) {
    const total = typeof list.total === 'number' ? list.total : list.rows.length;
    return { rows: list.rows.length, complete: list.rows.length >= total };
  }
  return { rows: Array.isArray(data) ? data.length : 1, complete: true };
}

/**
 * Records the entry just written under `key`, and deletes what it makes unneeded: other
 * snapshots of the same playlist's items, and the oldest entries beyond the caps.
 */
export async function recordEntry(store: UseStore, key: string, query: Query) {
  const versions = playlistKeys.versionsOf(query.queryKey);
  let evicted: string[] = [];
  await update<Index>(
    INDEX_KEY,
    (old) => {
      const index = { ...(old?.version === CACHE_VERSION ? old.entries : {}) };
      const rows = rowCount(query.state.data).rows;
      index[key] = { rows, savedAt: Date.now(), queryKey: query.queryKey };
      evicted = Object.keys(index).filter(
        (other) => other !== key && !!versions && partialMatchKey(index[other]!.queryKey, versions),
      );
      for (const other of evicted) delete index[other];
      evicted.push(...overCap(index, key));
      for (const other of evicted) delete index[other];
      return { version: CACHE_VERSION, entries: index };
    },
    store,
  );
  if (evicted.length) {
    await delMany(evicted, store);
    for (const key of evicted) await deletePieces(store, key);
  }
}

/** Oldest-written entries beyond the caps (never the one just written). */
function overCap(index: Index['entries'], keep: string): string[] {
  const byAge = Object.entries(index)
    .filter(([key]) => key !== keep)
    .sort(([, a], [, b]) => a.savedAt - b.savedAt);
  let rows = Object.values(index).reduce((sum, entry) => sum + entry.rows, 0);
  let count = byAge.length + 1;
  const out: string[] = [];
  for (const [key, entry] of byAge) {
    if (rows <= MAX_ROWS && count <= MAX_ENTRIES) break;
    out.push(key);
    rows -= entry.rows;
    count -= 1;
  }
  return out;
}
