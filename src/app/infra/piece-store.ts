/**
 * The persisted cache's storage, with long lists kept in pieces. IndexedDB copies a value
 * in one synchronous step on the main thread, when it is written and again when it is
 * read: one entry of 10,000 rows is a task of a tenth of a second on a desktop CPU (four
 * times that on a phone). Here an entry's rows beyond the first PIECE_ROWS go in pieces of
 * PIECE_ROWS rows, each written and read in a task of its own.
 *
 * - The pieces are written first and the head (the entry with its first rows) last, so a
 *   head never names a piece that is not there; each write's pieces are named by a write
 *   id, so a reader never mixes pieces of two writes; the pieces of the head it replaces go
 *   after it. A write cut off before its head leaves pieces no head names: they go with
 *   the entry (a newer snapshot, the caps, logout).
 * - A head whose pieces are not all there (a page that closed mid-write, a store emptied
 *   by hand) is read as missing: the query fetches again.
 * - Piece keys do not start with the persister's prefix, so what lists its entries never
 *   sees them.
 */
import { del, get, getMany, promisifyRequest, set, update, type UseStore } from 'idb-keyval';

/** Rows in the head and in each piece: a few milliseconds to copy on a desktop CPU. */
export const PIECE_ROWS = 500;

interface WithRows {
  rows: unknown[];
}

/** A stored head: the entry as the persister wrote it, its data's rows cut after the first. */
interface Head {
  state?: { data?: unknown };
  pieces?: { count: number; writeId: string };
}

const hasLongRows = (data: unknown): data is WithRows =>
  typeof data === 'object' &&
  data !== null &&
  Array.isArray((data as Partial<WithRows>).rows) &&
  (data as WithRows).rows.length > PIECE_ROWS;

/** Keys of an entry's pieces sort together ("piece <key> <writeId> <n>"), after the entry's. */
const piecePrefix = (key: string) => `piece ${key} `;
const pieceKey = (key: string, writeId: string, n: number) =>
  `${piecePrefix(key)}${writeId} ${String(n).padStart(5, '0')}`;

function newWriteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Deletes the pieces of `key`: those of one write, or all of them. */
export function deletePieces(store: UseStore, key: string, writeId?: string): Promise<void> {
  const prefix = writeId === undefined ? piecePrefix(key) : `${piecePrefix(key)}${writeId} `;
  return store('readwrite', (objects) => {
    objects.delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    return promisifyRequest(objects.transaction);
  });
}

export async function writeInPieces(store: UseStore, key: string, value: Head): Promise<void> {
  const data = value.state?.data;
  if (!hasLongRows(data)) {
    await set(key, value, store);
    await deletePieces(store, key);
    return;
  }
  const writeId = newWriteId();
  let count = 0;
  // One transaction per piece: each copy is its own task, between which the page runs.
  for (let start = PIECE_ROWS; start < data.rows.length; start += PIECE_ROWS)
    await set(pieceKey(key, writeId, count++), data.rows.slice(start, start + PIECE_ROWS), store);
  const head: Head = {
    ...value,
    state: { ...value.state, data: { ...data, rows: data.rows.slice(0, PIECE_ROWS) } },
    pieces: { count, writeId },
  };
  // The head it replaces names the pieces that go: only those (another tab may be writing
  // pieces of its own just now, for a head that will replace this one).
  let replaced: string | undefined;
  await update<Head>(
    key,
    (old) => {
      replaced = old?.pieces?.writeId;
      return head;
    },
    store,
  );
  if (replaced !== undefined && replaced !== writeId) await deletePieces(store, key, replaced);
}

export async function readInPieces<T>(store: UseStore, key: string): Promise<T | undefined> {
  const head = await get<Head>(key, store);
  if (!head?.pieces) return head as T | undefined;
  const { count, writeId } = head.pieces;
  const keys = Array.from({ length: count }, (_, n) => pieceKey(key, writeId, n));
  // One transaction; each piece is copied out in the task of its own success event.
  const pieces = await getMany<unknown[]>(keys, store);
  if (pieces.some((piece) => !Array.isArray(piece))) return undefined;
  const data = head.state?.data as WithRows;
  const { pieces: _, ...entry } = head;
  return {
    ...entry,
    state: { ...head.state, data: { ...data, rows: data.rows.concat(...(pieces as unknown[][])) } },
  } as T;
}

export async function removeWithPieces(store: UseStore, key: string): Promise<void> {
  await del(key, store);
  await deletePieces(store, key);
}
