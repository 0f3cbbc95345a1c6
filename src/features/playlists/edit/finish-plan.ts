/**
 * Finishing an interrupted change from its journal entry and what Spotify has now. The
 * change removed every copy of some URIs and then put the kept copies back in ascending
 * position, so after an interruption each removed URI has its earliest kept copies back
 * and lacks the rest. Counting copies (never trusting a position) means nothing is ever
 * added twice: a URI with as many copies as before was never removed, and a removed URI
 * gets back only the copies it lacks.
 */
import type { TrackRow } from '../../../domain/track-row';
import type { JournalEntry } from './change-journal';
import type { ItemStep } from '../../../api/playlist-items';
import { planChange, type Insert, type ItemChange, type PlanContext } from './item-changes';

export type FinishState =
  /** Spotify has the change complete: nothing to do. */
  | { kind: 'done' }
  /** Spotify has the playlist as before the change: it was never made. */
  | { kind: 'not-made' }
  /**
   * Copies are missing. `exact`: putting them back gives exactly the planned playlist (the
   * change can be finished without asking); otherwise the playlist changed meanwhile and
   * the person decides.
   */
  | { kind: 'missing'; rows: TrackRow[]; change: ItemChange; exact: boolean };

const uriOf = (row: TrackRow) => row.uri;
const same = (a: readonly (string | null)[], b: readonly (string | null)[]) =>
  a.length === b.length && a.every((uri, i) => uri === b[i]);

function counts(uris: readonly (string | null)[]): Map<string | null, number> {
  const out = new Map<string | null, number>();
  for (const uri of uris) out.set(uri, (out.get(uri) ?? 0) + 1);
  return out;
}

export function finishState(
  rows: readonly TrackRow[],
  entry: JournalEntry,
  context: PlanContext,
): FinishState {
  const current = rows.map(uriOf);
  if (same(current, entry.result)) return { kind: 'done' };
  if (same(current, entry.before.map(uriOf))) return { kind: 'not-made' };
  const now = counts(current);
  const before = counts(entry.before.map(uriOf));
  const removed = new Set(
    entry.removing.filter((uri) => (now.get(uri) ?? 0) < (before.get(uri) ?? 0)),
  );
  // Per URI the earliest kept copies went back first; the rest are missing.
  const seen = new Map<string, number>();
  const missing = entry.restores.filter(({ row }) => {
    const uri = row.uri!;
    if (!removed.has(uri)) return false;
    const index = seen.get(uri) ?? 0;
    seen.set(uri, index + 1);
    return index >= (now.get(uri) ?? 0);
  });
  if (missing.length === 0) return { kind: 'done' };
  // Consecutive positions go back in one insert; each lands where the finished change has it.
  const inserts: Insert[] = [];
  for (const { position, row } of missing) {
    const last = inserts.at(-1);
    if (last && last.position! + last.rows.length === position) last.rows.push(row);
    else inserts.push({ position, rows: [row] });
  }
  const change: ItemChange = { kind: 'add', inserts };
  const { result } = planChange([...rows], change, context);
  return {
    kind: 'missing',
    rows: missing.map(({ row }) => row),
    change,
    exact: same(result.map(uriOf), entry.result),
  };
}

/**
 * The journal entry for a planned change, or null when it puts nothing back (a plain add,
 * move or removal loses nothing if interrupted: what Spotify has is a playlist the person
 * can see and change again).
 */
export function journalFor(
  { steps, result }: { steps: ItemStep[]; result: TrackRow[] },
  about: Omit<JournalEntry, 'removing' | 'restores' | 'result'>,
): JournalEntry | null {
  const removing = steps.flatMap((step) => (step.kind === 'remove' ? step.uris : []));
  const removed = new Set(removing);
  const restores = result.flatMap((row, position) =>
    row.uri && removed.has(row.uri) ? [{ position, row }] : [],
  );
  if (restores.length === 0) return null;
  return { ...about, removing, restores, result: result.map((row) => row.uri) };
}
