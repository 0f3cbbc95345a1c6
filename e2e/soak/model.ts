/**
 * The fault soak's model: what the playlist, its likes and its name should be after the
 * person's actions, whatever faults came in between. Pure (no browser), so the soak's
 * oracle can be read and reasoned about on its own.
 */
import fc from 'fast-check';

/** One playlist entry as the model knows it; `addedAt` null means any date will do. */
export interface Entry {
  uri: string;
  addedAt: string | null;
  title: string;
}

export interface State {
  entries: Entry[];
  /** Liked or not, for every song the person has liked or unliked. */
  saved: Map<string, boolean>;
  name: string;
}

/** What Undo would reverse, newest last, as the app's undo history holds it. */
export type Undoable =
  | { kind: 'items'; before: Entry[]; after: Entry[]; removed?: number; added?: number }
  | { kind: 'like'; uri: string; saved: boolean }
  | { kind: 'rename'; previous: string; next: string };

export type Action =
  | { kind: 'add'; query: number }
  | { kind: 'remove'; row: number }
  | { kind: 'move'; row: number; down: boolean }
  | { kind: 'moveTo'; row: number; to: number }
  | { kind: 'undo' }
  | { kind: 'sort' }
  | { kind: 'like'; row: number }
  | { kind: 'rename'; name: number };

/** A fault armed just before the action: its first write commits and then the connection drops, or a burst of 429s. */
export type StepFault = 'none' | 'drop' | 'burst';

export interface Step {
  action: Action;
  fault: StepFault;
}

export interface Sequence {
  steps: Step[];
  /** The step before which every access token expires, modulo the length (once a sequence). */
  expireAt: number;
}

/** Searches that find songs in the demo catalogue. */
export const QUERIES = ['Harbor', 'Echo', 'Lantern', 'River', 'Night', 'Paper'];
export const NAMES = ['Soak Mix', 'Soak Mix 2', 'Late Drive', 'Local & Spotify'];

const row = fc.nat({ max: 99 });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), query: fc.nat({ max: QUERIES.length - 1 }) }),
  fc.record({ kind: fc.constant('remove' as const), row }),
  fc.record({ kind: fc.constant('move' as const), row, down: fc.boolean() }),
  fc.record({ kind: fc.constant('moveTo' as const), row, to: row }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constant('sort' as const) }),
  fc.record({ kind: fc.constant('like' as const), row }),
  fc.record({ kind: fc.constant('rename' as const), name: fc.nat({ max: NAMES.length - 1 }) }),
);
const fault = fc.oneof(
  { weight: 6, arbitrary: fc.constant<StepFault>('none') },
  { weight: 2, arbitrary: fc.constant<StepFault>('drop') },
  { weight: 1, arbitrary: fc.constant<StepFault>('burst') },
);

export function sequences(minLength: number, maxLength: number): fc.Arbitrary<Sequence> {
  // Independent parts (no chain), so a failing sequence shrinks step by step.
  return fc.record({
    steps: fc.array(fc.record({ action, fault }), { minLength, maxLength }),
    expireAt: fc.nat({ max: maxLength - 1 }),
  });
}

export const isTrack = (entry: Entry) => entry.uri.startsWith('spotify:track:');

/** Removing one copy may take the others out and put them back: their dates are then new. */
function forgetCopyDates(entries: Entry[], uri: string): Entry[] {
  return entries.map((e) => (e.uri === uri ? { ...e, addedAt: null } : e));
}

export function added(entries: Entry[], entry: Entry): Entry[] {
  return [...entries, entry];
}

export function removed(entries: Entry[], index: number): Entry[] {
  const uri = entries[index]!.uri;
  return forgetCopyDates(
    entries.filter((_, i) => i !== index),
    uri,
  );
}

/** One entry to a new index (the app's "Move to position", 0-based). */
export function moved(entries: Entry[], from: number, to: number): Entry[] {
  const next = [...entries];
  const [entry] = next.splice(from, 1);
  next.splice(to, 0, entry!);
  return next;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The app's title sort: locale-aware, stable, untitled last. */
export function sortedByTitle(entries: Entry[]): Entry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      if (!a.entry.title || !b.entry.title)
        return (a.entry.title ? 0 : 1) - (b.entry.title ? 0 : 1) || a.index - b.index;
      return collator.compare(a.entry.title, b.entry.title) || a.index - b.index;
    })
    .map(({ entry }) => entry);
}

/** The state Undo of `last` leads to, when it is exact (the items are as it left them). */
export function undone(state: State, last: Undoable): State | null {
  if (last.kind === 'like')
    return { ...state, saved: new Map(state.saved).set(last.uri, !last.saved) };
  if (last.kind === 'rename') return { ...state, name: last.previous };
  if (!sameUris(state.entries, last.after)) return null;
  if (last.added !== undefined) return { ...state, entries: removed(state.entries, last.added) };
  if (last.removed !== undefined) {
    const entry = last.before[last.removed]!;
    const entries = [...state.entries];
    entries.splice(last.removed, 0, { ...entry, addedAt: null });
    return { ...state, entries: forgetCopyDates(entries, entry.uri) };
  }
  // Moves and saved orders go back by moves: every entry keeps its date.
  return { ...state, entries: last.before };
}

export const sameUris = (a: Entry[], b: Entry[]) =>
  a.length === b.length && a.every((entry, i) => entry.uri === b[i]!.uri);

/** What the emulator has, in the model's terms. */
export interface Actual {
  uris: string[];
  addedAt: (string | null)[];
  titles: (string | null)[];
  saved: boolean[];
  name: string;
  savedOf: (uri: string) => boolean | undefined;
}

/** Why `actual` is not `expected` (no lost item, no extra copy, dates kept), or null. */
export function mismatch(expected: State, actual: Actual): string | null {
  if (actual.name !== expected.name) return `name is “${actual.name}”, expected “${expected.name}”`;
  const want = expected.entries.map((e) => e.uri);
  if (want.join() !== actual.uris.join())
    return `items are\n  ${actual.uris.join('\n  ')}\nexpected\n  ${want.join('\n  ')}`;
  for (const [i, entry] of expected.entries.entries())
    if (entry.addedAt !== null && actual.addedAt[i] !== entry.addedAt)
      return `item ${i + 1} (${entry.uri}) was added ${actual.addedAt[i]}, expected ${entry.addedAt} (kept when moved)`;
  for (const [uri, saved] of expected.saved)
    if (actual.savedOf(uri) !== undefined && actual.savedOf(uri) !== saved)
      return `${uri} is ${saved ? 'not ' : ''}in Liked Songs, expected the opposite`;
  return null;
}

/** The model's view of the emulator's playlist, to adopt when either outcome was right. */
export function entriesOf(actual: Actual): Entry[] {
  return actual.uris.map((uri, i) => ({
    uri,
    addedAt: actual.addedAt[i] ?? null,
    title: actual.titles[i] ?? '',
  }));
}
