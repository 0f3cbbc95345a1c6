import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrackRow } from '../../../domain/track-row';
import {
  filterIndices,
  foldText,
  nextSort,
  searchText,
  sortIndices,
} from '../../../components/track-list/track-view';
import { planChange, type PlanContext } from '../edit/item-changes';
import { inverseChange } from '../edit/inverse-change';
import {
  applyMove,
  matchOrder,
  oneByOneMoveCount,
  planRangeMoves,
  shuffled,
  type RangeMove,
} from './arrange';
import { duplicatesToRemove, findDuplicates } from './duplicates';

const context: PlanContext = { now: '2026-11-23T10:00:00Z', userId: 'me' };

function row(title: string, more: Partial<TrackRow> = {}): TrackRow {
  return {
    position: 0,
    kind: 'track',
    uri: `spotify:track:${title.replace(/\W/g, '').padEnd(22, 'x').slice(0, 22)}`,
    title,
    byline: 'Artist',
    album: 'Album',
    durationMs: 200_000,
    addedAt: '2020-01-01T00:00:00Z',
    addedBy: 'me',
    spotifyUrl: null,
    imageUrl: null,
    ...more,
  };
}

const applyAll = <T>(list: readonly T[], moves: RangeMove[]) => moves.reduce(applyMove, [...list]);

describe('the move planner', () => {
  const order = (target: number[]) => target;

  it('plans nothing for an order already in place', () => {
    expect(planRangeMoves(order([0, 1, 2, 3, 4]))).toEqual([]);
  });

  it('moves one entry out of place with one request', () => {
    const moves = planRangeMoves([0, 1, 3, 4, 2, 5]);
    expect(moves).toHaveLength(1);
    expect(applyAll([0, 1, 2, 3, 4, 5], moves)).toEqual([0, 1, 3, 4, 2, 5]);
  });

  it('reverses with n - 1 moves and moves runs together', () => {
    const reversed = [5, 4, 3, 2, 1, 0];
    expect(applyAll([0, 1, 2, 3, 4, 5], planRangeMoves(reversed))).toEqual(reversed);
    expect(planRangeMoves(reversed)).toHaveLength(5);
    // Two halves swapped: one range move.
    const halves = planRangeMoves([3, 4, 5, 0, 1, 2]);
    expect(halves).toHaveLength(1);
    expect(halves[0]!.range_length).toBe(3);
    expect(applyAll([0, 1, 2, 3, 4, 5], halves)).toEqual([3, 4, 5, 0, 1, 2]);
  });

  it('always reaches the target, never with more moves than one by one (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }).chain((n) =>
          fc.shuffledSubarray(
            Array.from({ length: n }, (_, i) => i),
            { minLength: n, maxLength: n },
          ),
        ),
        (target) => {
          const start = target.map((_, i) => i);
          const moves = planRangeMoves(target);
          expect(applyAll(start, moves)).toEqual(target);
          expect(moves.length).toBeLessThanOrEqual(oneByOneMoveCount(target));
          for (const move of moves) {
            expect(move.range_length).toBeGreaterThan(0);
            expect(move.range_start + move.range_length).toBeLessThanOrEqual(target.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every entry, with its date added, when a playlist is arranged (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 30 }),
        fc.integer(),
        (titles, seed) => {
          const rows = titles.map((title, i) =>
            row(title, { addedAt: `2020-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z` }),
          );
          const reference = [...rows].sort(
            (x, y) => ((x.title.charCodeAt(0) * seed) % 7) - ((y.title.charCodeAt(0) * seed) % 7),
          );
          const plan = planChange(rows, { kind: 'arrange', reference }, context);
          // Spotify's moves applied to the entries give the planned result...
          const moved = applyAll(
            rows,
            plan.steps.map((step) => {
              if (step.kind !== 'reorder') throw new Error('only moves');
              return step;
            }),
          );
          expect(moved.map((r) => r.uri)).toEqual(plan.result.map((r) => r.uri));
          expect(moved.map((r) => r.uri)).toEqual(reference.map((r) => r.uri));
          // ...with every date added kept.
          expect(moved.map((r) => r.addedAt).sort()).toEqual(rows.map((r) => r.addedAt).sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('undoes an arrangement in one change back to the order before', () => {
    const rows = ['a', 'b', 'c', 'd'].map((t) => row(t));
    const reference = [rows[3]!, rows[1]!, rows[0]!, rows[2]!];
    const plan = planChange(rows, { kind: 'arrange', reference }, context);
    const undo = inverseChange(rows, plan.result, { kind: 'arrange', reference })!;
    const back = planChange(plan.result, undo, context);
    expect(back.result.map((r) => r.title)).toEqual(['a', 'b', 'c', 'd']);
    expect(back.steps.every((step) => step.kind === 'reorder')).toBe(true);
  });

  it('matches copies by date added, and keeps entries the reference lacks at the end', () => {
    const a1 = row('a', { addedAt: '2020-01-01T00:00:00Z' });
    const a2 = row('a', { addedAt: '2021-01-01T00:00:00Z' });
    const b = row('b');
    const late = row('late');
    expect(matchOrder([a1, b, a2, late], [a2, b, a1])).toEqual([2, 1, 0, 3]);
  });

  it('shuffles into a permutation of the same entries', () => {
    const list = Array.from({ length: 50 }, (_, i) => i);
    const out = shuffled(list);
    expect([...out].sort((a, b) => a - b)).toEqual(list);
    expect(out).not.toEqual(list);
  });
});

describe('the view: find and sort', () => {
  const rows = [
    row('Beyoncé Song', { byline: 'Zed', album: 'Ü', durationMs: 3000 }),
    row('apple', { byline: 'Ann', album: '', durationMs: null, addedAt: null }),
    row('Banana', { byline: 'Émile', album: 'B', durationMs: 1000 }),
    row('apple', { byline: 'Bob', album: 'A', durationMs: 2000, position: 3 }),
  ];
  const texts = rows.map(searchText);

  it('finds by title, artists and album, ignoring case and accents, every word', () => {
    expect(foldText('Beyoncé ÉMILE')).toBe('beyonce emile');
    expect(filterIndices(texts, 'beyonce')).toEqual([0]);
    expect(filterIndices(texts, 'EMILE')).toEqual([2]);
    expect(filterIndices(texts, 'apple bob')).toEqual([3]);
    expect(filterIndices(texts, 'u')).toEqual([0]);
    expect(filterIndices(texts, '   ')).toBeNull();
  });

  it('sorts locale-aware and stable, with empty values last both ways', () => {
    const title = (spec: Parameters<typeof sortIndices>[2]) => sortIndices(rows, null, spec);
    expect(title({ column: 'title', direction: 'ascending' })).toEqual([1, 3, 2, 0]);
    expect(title({ column: 'title', direction: 'descending' })).toEqual([0, 2, 1, 3]);
    expect(title({ column: 'length', direction: 'ascending' })).toEqual([2, 3, 0, 1]);
    expect(title({ column: 'length', direction: 'descending' })).toEqual([0, 3, 2, 1]);
    expect(title({ column: 'album', direction: 'descending' })).toEqual([0, 2, 3, 1]);
    expect(title({ column: 'added', direction: 'ascending' }).at(-1)).toBe(1);
    expect(sortIndices(rows, [3, 2], { column: 'title', direction: 'ascending' })).toEqual([3, 2]);
  });

  it('cycles a header: ascending, descending, the list order', () => {
    const asc = nextSort(null, 'title');
    expect(asc).toEqual({ column: 'title', direction: 'ascending' });
    const desc = nextSort(asc, 'title');
    expect(desc).toEqual({ column: 'title', direction: 'descending' });
    expect(nextSort(desc, 'title')).toBeNull();
    expect(nextSort(desc, 'album')).toEqual({ column: 'album', direction: 'ascending' });
  });
});

describe('duplicates', () => {
  it('groups the same URI, the same ISRC and the same title and artists within 2 s', () => {
    const rows = [
      row('one', { addedAt: '2022-01-01T00:00:00Z' }),
      row('two', { isrc: 'X1', uri: `spotify:track:${'2'.repeat(22)}` }),
      row('one', { addedAt: '2021-01-01T00:00:00Z' }),
      row('two again', { isrc: 'X1', uri: `spotify:track:${'3'.repeat(22)}` }),
      row('Café', { byline: 'Ann', durationMs: 100_000, uri: `spotify:track:${'4'.repeat(22)}` }),
      row('cafe', { byline: 'ann', durationMs: 101_500, uri: `spotify:track:${'5'.repeat(22)}` }),
      row('cafe', { byline: 'ann', durationMs: 110_000, uri: `spotify:track:${'6'.repeat(22)}` }),
      row('Local', { kind: 'local', uri: 'spotify:local:a:b:Local:100' }),
      row('Local', { kind: 'local', uri: 'spotify:local:a:b:Local:100' }),
      row('gone', { kind: 'unavailable', uri: null }),
      row('gone', { kind: 'unavailable', uri: null }),
    ];
    const groups = findDuplicates(rows);
    expect(groups.map((g) => [g.kind, g.members, g.keep])).toEqual([
      ['same-uri', [0, 2], 2],
      ['same-isrc', [1, 3], 1],
      ['same-title', [4, 5], 4],
      ['same-uri', [7, 8], 7],
    ]);
    // Keep the later copy of "one"; the local copy can't be removed.
    const { remove, stuck } = duplicatesToRemove(rows, groups, new Map([[0, 0]]));
    expect(remove).toEqual([2, 3, 5]);
    expect(stuck).toEqual([8]);
  });

  it('removes the other copies and puts the kept one back in its place, undone in one step', () => {
    const a = row('a');
    const rows = [a, row('b'), { ...a, addedAt: '2019-01-01T00:00:00Z' }, row('c')];
    const plan = planChange(rows, { kind: 'remove', keys: [`${a.uri}#0`] }, context);
    expect(plan.result.map((r) => r.title)).toEqual(['b', 'a', 'c']);
    const undo = inverseChange(rows, plan.result, { kind: 'remove', keys: [`${a.uri}#0`] })!;
    expect(planChange(plan.result, undo, context).result.map((r) => r.title)).toEqual([
      'a',
      'b',
      'a',
      'c',
    ]);
  });
});
