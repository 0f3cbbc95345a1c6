import { describe, expect, it } from 'vitest';
import {
  planChange,
  removalImpact,
  rowKeys,
  type ItemChange,
  type PlanContext,
} from './item-changes';
import { inverseChange } from './inverse-change';
import { moveDown, moveOnDrop, moveToPosition, moveUp } from './move-intents';
import type { TrackRow } from '../../../domain/track-row';

/** A track URI as Spotify makes them (22-character id), from a short name. */
const trackUri = (name: string) => `spotify:track:${name.padEnd(22, '0')}`;

const context: PlanContext = { now: '2026-11-22T10:00:00Z', userId: 'me' };

function row(name: string, kind: TrackRow['kind'] = 'track'): TrackRow {
  return {
    position: 0,
    kind,
    uri: kind === 'local' ? `spotify:local:a:b:${name}:100` : trackUri(name),
    title: name,
    byline: '',
    album: '',
    durationMs: 1000,
    addedAt: '2020-01-01T00:00:00Z',
    addedBy: 'someone',
    spotifyUrl: null,
    imageUrl: null,
  };
}

const list = (names: string) => names.split('').map((name) => row(name));
const names = (rows: TrackRow[]) => rows.map((r) => r.title).join('');
const key = (name: string, copy = 0) => `${trackUri(name)}#${copy}`;
const move = (keys: string[], before: string | null): ItemChange => ({
  kind: 'move',
  groups: [{ keys, before }],
});

/** What Spotify does with a reorder: measured in the positions before the move (docs/spotify-api.md#playlists-and-their-items). */
function spotifyReorder(rows: TrackRow[], start: number, before: number, length: number) {
  const moved = rows.slice(start, start + length);
  const anchor = rows[before];
  const rest = rows.filter((r) => !moved.includes(r));
  const at = anchor ? rest.indexOf(anchor) : rest.length;
  return [...rest.slice(0, at), ...moved, ...rest.slice(at)];
}

function replay(rows: TrackRow[], change: ItemChange) {
  const plan = planChange(rows, change, context);
  let current = rows;
  for (const step of plan.steps) {
    if (step.kind !== 'reorder') throw new Error('only reorders here');
    current = spotifyReorder(current, step.range_start, step.insert_before, step.range_length);
  }
  expect(names(current)).toBe(names(plan.result));
  return plan;
}

describe('reorder arithmetic', () => {
  const ten = list('abcdefghij');

  it('moves the first of ten to the end with insert_before 10', () => {
    const plan = replay(ten, move([key('a')], null));
    expect(plan.steps).toEqual([
      { kind: 'reorder', range_start: 0, insert_before: 10, range_length: 1 },
    ]);
    expect(names(plan.result)).toBe('bcdefghija');
  });

  it('moves the last to the front with insert_before 0', () => {
    const plan = replay(ten, move([key('j')], key('a')));
    expect(plan.steps).toEqual([
      { kind: 'reorder', range_start: 9, insert_before: 0, range_length: 1 },
    ]);
    expect(names(plan.result)).toBe('jabcdefghi');
  });

  it('moving down names the position after the target, in original coordinates', () => {
    // c to where f is: it lands after f, so it goes before g (index 6).
    const plan = replay(ten, move([key('c')], key('g')));
    expect(plan.steps).toEqual([
      { kind: 'reorder', range_start: 2, insert_before: 6, range_length: 1 },
    ]);
    expect(names(plan.result)).toBe('abdefcghij');
  });

  it('moves a contiguous range as one request', () => {
    const plan = replay(ten, move([key('b'), key('c'), key('d')], key('h')));
    expect(plan.steps).toEqual([
      { kind: 'reorder', range_start: 1, insert_before: 7, range_length: 3 },
    ]);
    expect(names(plan.result)).toBe('aefgbcdhij');
  });

  it('turns a non-contiguous selection into one move per run, in order', () => {
    const plan = replay(ten, move([key('b'), key('c'), key('f'), key('i')], key('a')));
    expect(plan.steps).toHaveLength(3);
    expect(names(plan.result)).toBe('bcfiadeghj');
  });

  it('gathers runs on both sides of the target', () => {
    const plan = replay(ten, move([key('a'), key('j')], key('e')));
    expect(names(plan.result)).toBe('bcdajefghi');
  });

  it('makes no request when the rows are already there', () => {
    expect(planChange(ten, move([key('c')], key('d')), context).steps).toEqual([]);
  });

  it('moves local files by position', () => {
    const rows = [row('a'), row('x', 'local'), row('b')];
    const localKey = rowKeys(rows)[1]!;
    const plan = planChange(rows, move([localKey], null), context);
    expect(plan.steps).toEqual([
      { kind: 'reorder', range_start: 1, insert_before: 3, range_length: 1 },
    ]);
    expect(names(plan.result)).toBe('abx');
  });

  it('undoes a reorder with moves that restore the order', () => {
    const plan = replay(ten, move([key('b'), key('e'), key('f')], null));
    const undo = inverseChange(ten, plan.result, move([], null))!;
    expect(names(replay(plan.result, undo).result)).toBe('abcdefghij');
  });

  it('undoes the move of one copy of a song by putting that copy back, not the other', () => {
    const early = { ...row('v'), addedAt: '2026-01-01T00:00:00Z' };
    const late = { ...row('v'), addedAt: '2026-02-01T00:00:00Z' };
    const rows = [row('a'), row('b'), early, late];
    // The later copy (the second "v") goes to the top, so it becomes the first "v".
    const plan = replay(rows, move([key('v', 1)], key('a')));
    expect(plan.result.map((r) => r.addedAt)[0]).toBe(late.addedAt);
    const undo = inverseChange(rows, plan.result, move([], null))!;
    const back = replay(plan.result, undo).result;
    expect(back.map((r) => `${r.title} ${r.addedAt}`)).toEqual(
      rows.map((r) => `${r.title} ${r.addedAt}`),
    );
  });
});

describe('remove', () => {
  it('removes every copy, then puts the unselected copies back at their positions', () => {
    const rows = list('axbxcx');
    const plan = planChange(rows, { kind: 'remove', keys: [key('x', 1)] }, context);
    expect(names(plan.result)).toBe('axbcx');
    expect(plan.steps).toEqual([
      { kind: 'remove', uris: [trackUri('x')] },
      { kind: 'add', uris: [trackUri('x')], position: 1 },
      { kind: 'add', uris: [trackUri('x')], position: 4 },
    ]);
    // The copies put back are new entries: Spotify dates them now.
    expect(plan.result[1]!.addedAt).toBe(context.now);
    expect(plan.result[0]!.addedAt).toBe('2020-01-01T00:00:00Z');
  });

  it('says which copies will be put back', () => {
    const impact = removalImpact(list('axbx'), [key('x')]);
    expect(impact.removing.map((r) => r.position)).toHaveLength(1);
    expect(names(impact.restoring)).toBe('x');
  });

  it('never targets a local file', () => {
    const rows = [row('a'), row('x', 'local')];
    const plan = planChange(rows, { kind: 'remove', keys: rowKeys(rows) }, context);
    expect(plan.steps).toEqual([{ kind: 'remove', uris: [trackUri('a')] }]);
    expect(names(plan.result)).toBe('x');
  });

  it('is undone by adding the rows back where they were', () => {
    const rows = list('abcde');
    const plan = planChange(
      rows,
      { kind: 'remove', keys: [key('b'), key('c'), key('e')] },
      context,
    );
    const undo = inverseChange(rows, plan.result, { kind: 'remove', keys: [] })!;
    expect(undo).toMatchObject({
      kind: 'add',
      inserts: [
        { position: 1, rows: [{ title: 'b' }, { title: 'c' }] },
        { position: 4, rows: [{ title: 'e' }] },
      ],
    });
    expect(names(planChange(plan.result, undo, context).result)).toBe('abcde');
  });
});

describe('add', () => {
  it('adds at a position, in order, in requests of at most 100', () => {
    const many = Array.from({ length: 150 }, (_, i) => row(`n${i}`));
    const plan = planChange(
      list('ab'),
      { kind: 'add', inserts: [{ position: 1, rows: many }] },
      context,
    );
    expect(plan.steps).toEqual([
      { kind: 'add', uris: many.slice(0, 100).map((r) => r.uri), position: 1 },
      { kind: 'add', uris: many.slice(100).map((r) => r.uri), position: 101 },
    ]);
    expect(plan.result).toHaveLength(152);
    expect(plan.result[1]!.title).toBe('n0');
    expect(plan.result.at(-1)!.title).toBe('b');
  });

  it('appends without a position, and the undo removes only the new copy', () => {
    const rows = list('ab');
    const change: ItemChange = { kind: 'add', inserts: [{ position: null, rows: [row('a')] }] };
    const plan = planChange(rows, change, context);
    expect(plan.steps).toEqual([{ kind: 'add', uris: [trackUri('a')], position: null }]);
    const undo = inverseChange(rows, plan.result, change)!;
    expect(undo).toEqual({ kind: 'remove', keys: [key('a', 1)] });
    expect(names(planChange(plan.result, undo, context).result)).toBe('ab');
  });
});

describe('selection moves', () => {
  const rows = list('abcdef');
  const keys = rowKeys(rows);
  const run = (change: ItemChange | null) => names(planChange(rows, change!, context).result);

  it('moves non-contiguous runs up and down by one', () => {
    expect(run(moveUp(keys, [key('b'), key('d'), key('e')]))).toBe('badecf');
    expect(run(moveDown(keys, [key('a'), key('c')]))).toBe('badcef');
    expect(moveUp(keys, [key('a')])).toBeNull();
    expect(moveDown(keys, [key('f')])).toBeNull();
  });

  it('gathers the selection at a position', () => {
    expect(run(moveToPosition(keys, [key('a'), key('e')], 3))).toBe('bcaedf');
    expect(run(moveToPosition(keys, [key('b')], 6))).toBe('acdefb');
  });

  it('drops a row where the target was, down or up', () => {
    expect(run(moveOnDrop(keys, [], key('b'), key('e')))).toBe('acdebf');
    expect(run(moveOnDrop(keys, [], key('e'), key('b')))).toBe('aebcdf');
    expect(run(moveOnDrop(keys, [key('a'), key('c')], key('a'), key('e')))).toBe('bdeacf');
  });
});
