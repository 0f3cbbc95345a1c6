/**
 * How versions are kept compactly: a version is a list of segments, each a run of entries
 * in a chunk; a chunk is written once and never changed. A new version refers to the runs
 * it shares with the version before (by URI, date added and who added it) and puts only
 * its new entries in a new chunk, so 50 versions of a 10,000-item playlist with a few
 * changes each cost about one copy of it. A chunk goes once no kept version refers to it.
 *
 * Chunks are columns (one array per field), not an object per entry: smaller to store
 * and quicker to clone into IndexedDB.
 */
import type { RowKind, TrackRow } from '../../domain/track-row';

export interface Segment {
  chunk: string;
  start: number;
  length: number;
}

export interface Chunk {
  uri: (string | null)[];
  addedAt: (string | null)[];
  addedBy: (string | null)[];
  kind: RowKind[];
  title: string[];
  byline: string[];
  album: string[];
  durationMs: (number | null)[];
}

export function toChunk(rows: readonly TrackRow[]): Chunk {
  return {
    uri: rows.map((row) => row.uri),
    addedAt: rows.map((row) => row.addedAt),
    addedBy: rows.map((row) => row.addedBy),
    kind: rows.map((row) => row.kind),
    title: rows.map((row) => row.title),
    byline: rows.map((row) => row.byline),
    album: rows.map((row) => row.album),
    durationMs: rows.map((row) => row.durationMs),
  };
}

export const chunkLength = (chunk: Chunk) => chunk.uri.length;

/** An entry of a chunk as a row (no artwork or links: a version keeps what it needs). */
function rowAt(chunk: Chunk, index: number, position: number): TrackRow {
  return {
    position,
    kind: chunk.kind[index]!,
    uri: chunk.uri[index]!,
    title: chunk.title[index]!,
    byline: chunk.byline[index]!,
    album: chunk.album[index]!,
    durationMs: chunk.durationMs[index]!,
    addedAt: chunk.addedAt[index]!,
    addedBy: chunk.addedBy[index]!,
    spotifyUrl: null,
    imageUrl: null,
  };
}

/** A version's rows from its segments. */
export function rowsOf(
  segments: readonly Segment[],
  chunks: ReadonlyMap<string, Chunk>,
): TrackRow[] {
  const rows: TrackRow[] = [];
  for (const { chunk, start, length } of segments) {
    const stored = chunks.get(chunk);
    if (!stored) throw new Error(`missing chunk ${chunk}`);
    for (let i = start; i < start + length; i++) rows.push(rowAt(stored, i, rows.length));
  }
  return rows;
}

const identity = (row: TrackRow) => `${row.uri ?? ''}\n${row.addedAt ?? ''}\n${row.addedBy ?? ''}`;

/** The segments of `segments` that cover entries [from, from + length) of their version. */
function slice(segments: readonly Segment[], from: number, length: number): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const end = offset + segment.length;
    const lo = Math.max(from, offset);
    const hi = Math.min(from + length, end);
    if (lo < hi)
      out.push({ chunk: segment.chunk, start: segment.start + lo - offset, length: hi - lo });
    offset = end;
    if (offset >= from + length) break;
  }
  return out;
}

function append(out: Segment[], segment: Segment) {
  const last = out.at(-1);
  if (last && last.chunk === segment.chunk && last.start + last.length === segment.start)
    last.length += segment.length;
  else out.push({ ...segment });
}

/**
 * A new version's segments: runs it shares with `previous` point into previous's chunks;
 * the rest go into `chunk` (named `chunkId`; null when every entry is shared).
 */
export function segmentVersion(
  rows: readonly TrackRow[],
  previous: { rows: readonly TrackRow[]; segments: readonly Segment[] } | null,
  chunkId: string,
): { segments: Segment[]; chunk: Chunk | null } {
  const where = new Map<string, number[]>();
  const before = previous?.rows ?? [];
  before.forEach((row, i) => {
    const key = identity(row);
    const list = where.get(key);
    if (list) list.push(i);
    else where.set(key, [i]);
  });
  const used = new Uint8Array(before.length);
  const fresh: TrackRow[] = [];
  const segments: Segment[] = [];
  for (let i = 0; i < rows.length;) {
    const list = where.get(identity(rows[i]!));
    let at: number | undefined;
    while (list?.length && used[(at = list[0]!)]) list.shift();
    if (!list?.length || at === undefined) {
      append(segments, { chunk: chunkId, start: fresh.length, length: 1 });
      fresh.push(rows[i]!);
      i++;
      continue;
    }
    // The longest run from here that `previous` has in the same order.
    let length = 0;
    while (
      i + length < rows.length &&
      at + length < before.length &&
      !used[at + length] &&
      identity(before[at + length]!) === identity(rows[i + length]!)
    ) {
      used[at + length] = 1;
      length++;
    }
    for (const segment of slice(previous!.segments, at, length)) append(segments, segment);
    i += length;
  }
  return { segments, chunk: fresh.length > 0 ? toChunk(fresh) : null };
}
