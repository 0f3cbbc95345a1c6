/**
 * Running one change: read the playlist as Spotify has it, plan the requests, journal the
 * change when it removes songs it will put back, send the requests in order (each with the
 * snapshot_id the previous one returned), and record the new version from the plan.
 *
 * Writes are never retried here: after any failure the caller re-reads the playlist and
 * offers "Try again", planned against what Spotify then has (item-mutations.ts).
 */
import type { QueryClient } from '@tanstack/react-query';
import { NetworkError } from '../../../api/errors';
import { sendItemStep, type ItemStep } from '../../../api/playlist-items';
import { getSession } from '../../../auth/token-store';
import type { TrackRow } from '../../../domain/track-row';
import { playlistQueries } from '../queries';
import { recordVersion, type PlaylistVersion } from '../playlist-sync';
import { changeJournal, newEntryId, withEntryLock, type JournalEntry } from './change-journal';
import {
  InterruptedChangeError,
  PartialChangeError,
  UnconfirmedChangeError,
} from './change-errors';
import { finishState, journalFor } from './finish-plan';
import { planChange, type ItemChange, type PlanContext } from './item-changes';

export interface ChangeRequest {
  change: ItemChange;
  /** Past tense, for the toast: "Removed “Song” from Road Trip." */
  message: string;
  /** An undo is not itself undoable. */
  undoing?: boolean;
  /**
   * When this request finishes a change made in part: that change and the items before
   * its first attempt. Undo reverses it, not just the half the retry made.
   */
  finishing?: { change: ItemChange; before: TrackRow[] };
  /**
   * Finish a journaled change from its entry (`change` is then ignored). `confirmed`: the
   * person asked for it, so it goes ahead even when the playlist changed meanwhile.
   */
  finish?: { entryId: string; confirmed?: boolean };
  /** Told after each request of a long change ("Moving 37 of 120…"). */
  onProgress?: (done: number, total: number) => void;
}

export interface ChangeOutcome {
  before: TrackRow[];
  after: TrackRow[];
  /** Nothing needed sending (the playlist already was as asked). */
  unchanged: boolean;
  /** The new version, written to the cache from the plan (absent: Spotify did not name it). */
  version?: PlaylistVersion;
  /** A journaled change finished (or found done or never made): what it was. */
  finished?: {
    entry: JournalEntry;
    state: 'finished' | 'done' | 'not-made';
  };
}

/**
 * The new version Spotify reports. A 2xx without one still means the change was made:
 * later requests then go without a snapshot_id, and the playlist is re-read rather than
 * updated from the plan.
 */
/**
 * The playlist as Spotify has it now: its details are re-read (one request) before each
 * change, so an edit made elsewhere meanwhile is planned around; the items of an
 * unchanged snapshot come from the cache.
 */
async function confirmedItems(queryClient: QueryClient, playlistId: string) {
  const playlist = await queryClient.fetchQuery({
    ...playlistQueries.detail(playlistId),
    staleTime: 0,
  });
  const total = playlist.items?.total ?? 0;
  const items = await queryClient.fetchQuery(
    playlistQueries.items(playlistId, playlist.snapshot_id, total),
  );
  return { playlist, rows: items.rows };
}

/** The adds of `steps` as a change, to finish an add made in part. */
function remainingAdds(steps: ItemStep[], result: TrackRow[]): ItemChange | null {
  if (!steps.every((step) => step.kind === 'add')) return null;
  let tail = steps.reduce((n, step) => n + (step.position === null ? step.uris.length : 0), 0);
  const inserts = steps.map((step) => {
    const start = step.position ?? result.length - tail;
    if (step.position === null) tail -= step.uris.length;
    return { position: step.position, rows: result.slice(start, start + step.uris.length) };
  });
  return { kind: 'add', inserts };
}

/** A removal that puts copies back is journaled before its first request. */
const journalEntry = (
  playlistId: string,
  request: ChangeRequest,
  rows: TrackRow[],
  plan: { steps: ItemStep[]; result: TrackRow[] },
  id = newEntryId(),
) =>
  journalFor(plan, {
    id,
    backend: getSession()?.backend ?? 'spotify',
    playlistId,
    message: request.message,
    change: request.change,
    before: rows,
    startedAt: new Date().toISOString(),
  });

type Confirmed = Awaited<ReturnType<typeof confirmedItems>>;

/** Sends `steps` in order; a journaled change's entry goes once all of them are made. */
async function sendSteps(
  queryClient: QueryClient,
  playlistId: string,
  request: ChangeRequest,
  { playlist, rows }: Confirmed,
  { steps, result }: { steps: ItemStep[]; result: TrackRow[] },
  entry: JournalEntry | null,
): Promise<ChangeOutcome> {
  let snapshot: string | undefined = playlist.snapshot_id;
  for (const [index, step] of steps.entries()) {
    try {
      snapshot = await sendItemStep(playlistId, step, snapshot);
      request.onProgress?.(index + 1, steps.length);
    } catch (error) {
      if (index > 0)
        throw new PartialChangeError(
          error,
          entry ? null : remainingAdds(steps.slice(index), result),
          rows,
          entry?.id,
        );
      if (error instanceof NetworkError) throw new UnconfirmedChangeError(error, rows, entry?.id);
      // Refused outright: nothing was made, nothing needs finishing.
      if (entry) await changeJournal.remove(entry.id);
      throw error;
    }
  }
  if (entry) await changeJournal.remove(entry.id);
  const unchanged = steps.length === 0;
  const version =
    !unchanged && snapshot !== undefined
      ? {
          before: playlist.snapshot_id,
          snapshot,
          rows: result,
          made: { by: getSession()?.accountId ?? null, message: request.message },
        }
      : undefined;
  if (version) recordVersion(queryClient, playlistId, version);
  return { before: rows, after: result, unchanged, version };
}

const planContext = (userId: string | null): PlanContext => ({
  now: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  userId,
});

/** Finishes a journaled change from what Spotify has now, holding its lock. */
async function finishChange(
  queryClient: QueryClient,
  playlistId: string,
  request: ChangeRequest,
  entryId: string,
  context: PlanContext,
): Promise<ChangeOutcome> {
  const entry = await changeJournal.read(entryId);
  const confirmed = await confirmedItems(queryClient, playlistId);
  const { rows } = confirmed;
  const nothing = { before: rows, after: rows, unchanged: true };
  // Finished meanwhile (another tab).
  if (!entry) return nothing;
  const state = finishState(rows, entry, context);
  if (state.kind === 'done' || (state.kind === 'not-made' && !request.finish?.confirmed)) {
    await changeJournal.remove(entry.id);
    return { ...nothing, finished: { entry, state: state.kind } };
  }
  // Asked again for a change Spotify never made: it is made now, under the same entry.
  if (state.kind === 'not-made') {
    const plan = planChange(rows, entry.change, context);
    const again = journalEntry(playlistId, request, rows, plan, entry.id);
    if (again) await changeJournal.write({ ...again, message: entry.message });
    return sendSteps(queryClient, playlistId, request, confirmed, plan, again);
  }
  if (!state.exact && !request.finish?.confirmed)
    throw new InterruptedChangeError(entry.message, state.rows);
  const plan = planChange(rows, state.change, context);
  const outcome = await sendSteps(queryClient, playlistId, request, confirmed, plan, null);
  await changeJournal.remove(entry.id);
  return { ...outcome, finished: { entry, state: 'finished' } };
}

export async function runChange(
  queryClient: QueryClient,
  playlistId: string,
  request: ChangeRequest,
  userId: string | null,
): Promise<ChangeOutcome> {
  const context = planContext(userId);
  const { finish } = request;
  if (finish)
    return withEntryLock(finish.entryId, () =>
      finishChange(queryClient, playlistId, request, finish.entryId, context),
    );
  const confirmed = await confirmedItems(queryClient, playlistId);
  const plan = planChange(confirmed.rows, request.change, context);
  const entry = journalEntry(playlistId, request, confirmed.rows, plan);
  if (!entry) return sendSteps(queryClient, playlistId, request, confirmed, plan, null);
  // The lock is held before the entry exists, so no other tab finishes a running change.
  return withEntryLock(entry.id, async () => {
    await changeJournal.write(entry);
    return sendSteps(queryClient, playlistId, request, confirmed, plan, entry);
  });
}
