import { useDeferredValue, useMemo, useState } from 'react';
import { filterIndices, searchText, sortIndices, type SortSpec } from './track-view';
import type { TrackRow } from '../../domain/track-row';

export interface TrackView {
  query: string;
  setQuery: (query: string) => void;
  sort: SortSpec | null;
  setSort: (sort: SortSpec | null) => void;
  /** Indices into the list of the rows shown, in view order; null when nothing is applied. */
  indices: number[] | null;
  /** The rows shown, in view order (the list itself when nothing is applied). */
  rows: TrackRow[];
  filtered: boolean;
  sorted: boolean;
}

/**
 * Find and sort over a list, as a view: the list is untouched. Typing stays responsive on
 * 10,000 rows: each row's search text is folded once, and the filter runs on a
 * deferred copy of the query, so React keeps the field ahead of the results.
 */
export function useTrackView(rows: TrackRow[]): TrackView {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortSpec | null>(null);
  const deferredQuery = useDeferredValue(query);
  // Folded only once something is looked for (and each row only once: searchText keeps it).
  const texts = useMemo(
    () => (deferredQuery.trim() ? rows.map(searchText) : []),
    [rows, deferredQuery],
  );
  const matches = useMemo(() => filterIndices(texts, deferredQuery), [texts, deferredQuery]);
  const indices = useMemo(
    () => (sort ? sortIndices(rows, matches, sort) : matches),
    [rows, matches, sort],
  );
  const viewRows = useMemo(() => (indices ? indices.map((i) => rows[i]!) : rows), [indices, rows]);
  return {
    query,
    setQuery,
    sort,
    setSort,
    indices,
    rows: viewRows,
    filtered: matches !== null,
    sorted: sort !== null,
  };
}
