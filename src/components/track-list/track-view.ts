/**
 * A view of a track list: rows filtered by a search ("find") and sorted by a column.
 * A view changes nothing on Spotify; it maps the rows on screen to the list's own rows.
 */
import type { TrackRow } from '../../domain/track-row';
import { onFirstUse } from '../../lib/on-first-use';

export type SortColumn = 'title' | 'artist' | 'album' | 'added' | 'addedBy' | 'length';
export type SortDirection = 'ascending' | 'descending';
export interface SortSpec {
  column: SortColumn;
  direction: SortDirection;
}

/** Lowercase without accents, so "beyonce" finds "Beyoncé". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

const searchTexts = new WeakMap<TrackRow, string>();

/** What a search looks through: title, artists (or show) and album, folded once per row. */
export function searchText(row: TrackRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = foldText(`${row.title}\n${row.byline}\n${row.album}`);
    searchTexts.set(row, text);
  }
  return text;
}

/**
 * Indices of the rows matching every word of `query`, in list order. `texts` are the
 * rows' searchText, computed once per list rather than once per keystroke.
 */
export function filterIndices(texts: readonly string[], query: string): number[] | null {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    if (words.every((word) => text.includes(word))) out.push(i);
  }
  return out;
}

const collator = onFirstUse(
  () => new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }),
);

type SortValue = string | number | null;

function valueOf(row: TrackRow, column: SortColumn): SortValue {
  switch (column) {
    case 'title':
      return row.title || null;
    case 'artist':
      return row.byline || null;
    case 'album':
      return row.album || null;
    case 'addedBy':
      return row.addedBy || null;
    case 'added': {
      const time = row.addedAt ? Date.parse(row.addedAt) : NaN;
      return Number.isNaN(time) ? null : time;
    }
    case 'length':
      return row.durationMs;
  }
}

/**
 * `indices` (all rows when null) ordered by `spec`: locale-aware, stable (equal values
 * keep list order), empty values last in both directions.
 */
export function sortIndices(
  rows: readonly TrackRow[],
  indices: readonly number[] | null,
  spec: SortSpec,
): number[] {
  const order = indices ? [...indices] : rows.map((_, i) => i);
  const values = new Map(order.map((i) => [i, valueOf(rows[i]!, spec.column)]));
  const sign = spec.direction === 'ascending' ? 1 : -1;
  const collation = collator();
  return order.sort((a, b) => {
    const x = values.get(a)!;
    const y = values.get(b)!;
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    const compared =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collation.compare(String(x), String(y));
    return compared === 0 ? a - b : sign * compared;
  });
}

/** The next state of a column header: ascending, descending, then the list's own order. */
export function nextSort(current: SortSpec | null, column: SortColumn): SortSpec | null {
  if (current?.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : null;
}
