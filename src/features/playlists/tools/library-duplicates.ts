/**
 * Duplicates across several lists (playlists, Liked Songs): the same rules as inside one
 * playlist (duplicates.ts: same link, same recording by ISRC, same title and artists
 * within 2 s), over every chosen list at once, so a group says where each copy is.
 */
import { isRemovable, type TrackRow } from '../../../domain/track-row';
import { findDuplicates, type DuplicateKind } from './duplicates';

export interface DuplicateList {
  id: string;
  name: string;
  rows: TrackRow[];
}

export interface Copy {
  /** Index of its list. */
  list: number;
  /** Index of the row in its list. */
  row: number;
}

export interface LibraryDuplicateGroup {
  kind: DuplicateKind;
  copies: Copy[];
}

/** Which copy each group keeps, unless chosen: the earliest added, or one in a chosen list. */
export type KeepRule = { kind: 'earliest' } | { kind: 'in-list'; list: number };

export function findLibraryDuplicates(lists: readonly DuplicateList[]): LibraryDuplicateGroup[] {
  const all: TrackRow[] = [];
  const where: Copy[] = [];
  lists.forEach((list, l) =>
    list.rows.forEach((row, r) => {
      all.push(row);
      where.push({ list: l, row: r });
    }),
  );
  return findDuplicates(all).map((group) => ({
    kind: group.kind,
    copies: group.members.map((i) => where[i]!),
  }));
}

const addedTime = (row: TrackRow) => {
  const at = row.addedAt ? Date.parse(row.addedAt) : NaN;
  return Number.isNaN(at) ? -Infinity : at;
};

/** The copy a group keeps by the rule (earliest added among those the rule prefers). */
export function keptCopy(
  lists: readonly DuplicateList[],
  group: LibraryDuplicateGroup,
  rule: KeepRule,
): Copy {
  const rowOf = (copy: Copy) => lists[copy.list]!.rows[copy.row]!;
  const preferred =
    rule.kind === 'in-list' ? group.copies.filter((copy) => copy.list === rule.list) : [];
  const among = preferred.length > 0 ? preferred : group.copies;
  return among.reduce((best, copy) =>
    addedTime(rowOf(copy)) < addedTime(rowOf(best)) ? copy : best,
  );
}

/**
 * Per list, the rows to remove (indices, ascending) for the copies kept (group index ->
 * copy; others by `rule`), and the local files among them, which apps cannot remove.
 */
export function libraryRemovals(
  lists: readonly DuplicateList[],
  groups: readonly LibraryDuplicateGroup[],
  rule: KeepRule,
  chosen: ReadonlyMap<number, Copy>,
): { remove: Map<number, number[]>; stuck: Copy[] } {
  const remove = new Map<number, number[]>();
  const stuck: Copy[] = [];
  groups.forEach((group, g) => {
    const kept = chosen.get(g) ?? keptCopy(lists, group, rule);
    for (const copy of group.copies) {
      if (copy.list === kept.list && copy.row === kept.row) continue;
      if (!isRemovable(lists[copy.list]!.rows[copy.row]!)) stuck.push(copy);
      else remove.set(copy.list, [...(remove.get(copy.list) ?? []), copy.row]);
    }
  });
  for (const rows of remove.values()) rows.sort((a, b) => a - b);
  return { remove, stuck };
}
