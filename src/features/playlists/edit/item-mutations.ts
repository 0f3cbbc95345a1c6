/**
 * The change engine's hooks: every change to a playlist's items runs in the playlist's
 * mutation scope, one at a time, planned against the latest confirmed items and
 * snapshot_id when its turn comes (run-change.ts), so positions follow changes queued
 * before it.
 *
 * Optimistic display goes through the UI rather than the cache (TanStack's "via the UI"
 * variant): the page applies the pending changes to the confirmed items, so a failure
 * needs no rollback and queued changes stack up in order.
 *
 * After a failure the playlist is re-read and the person is offered `retryRequest`, planned
 * against what Spotify then has, so an add that reached Spotify before the connection
 * dropped is not added twice; a journaled change is finished from its journal entry.
 */
import {
  MutationObserver,
  onlineManager,
  useMutation,
  useMutationState,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { describeError, OfflineError } from '../../../api/errors';
import { playlistScope } from '../../../api/playlist-scope';
import { defineSlot, runtime } from '../../../lib/runtime';
import { useStableCallback } from '../../../lib/use-stable-callback';
import { getSession } from '../../../auth/token-store';
import { changedRows, type ItemChange } from './item-changes';
import { inverseChange } from './inverse-change';
import type { TrackRow } from '../../../domain/track-row';
import { playlistKeys } from '../queries';
import { playlistChanged } from '../playlist-sync';
import { undoHistory } from '../../../components/undo/undo-store';
import { changeJournal, isRunning } from './change-journal';
import {
  describeChangeError,
  entryOf,
  PartialChangeError,
  UnconfirmedChangeError,
} from './change-errors';
import { runChange, type ChangeOutcome, type ChangeRequest } from './run-change';

export type { ChangeRequest } from './run-change';

/** Requests whose result is already in the cache, so the page stops applying them. */
const committedSlot = defineSlot(() => new WeakSet<ChangeRequest>());
const committed = () => runtime().get(committedSlot);

/** A request that changes nothing by itself (a finish is planned when it runs). */
const NOTHING: ItemChange = { kind: 'add', inserts: [] };

const finished = (message: string) =>
  message.startsWith('Finished: ') ? message : `Finished: ${message}`;

export interface ChangeFailure {
  request: ChangeRequest;
  error: unknown;
}

/**
 * What "Try again" sends after `failure`. A journaled change is finished from its entry
 * (what Spotify has then decides); an add made in part sends only the rest; a change that
 * may or may not have been made, or was refused, runs again. `askDuplicates`: an add the
 * person should confirm again when the playlist already holds its songs.
 */
export function retryRequest({ request, error }: ChangeFailure): {
  request: ChangeRequest;
  askDuplicates: boolean;
} {
  const { undoing } = request;
  const entryId = request.finish?.entryId ?? entryOf(error);
  if (entryId)
    return {
      request: {
        change: NOTHING,
        message: finished(request.message),
        finish: { entryId, confirmed: true },
        undoing,
      },
      askDuplicates: false,
    };
  // Finishing a change that may have been made in part: its Undo reverses all of it.
  const finishing =
    error instanceof PartialChangeError || error instanceof UnconfirmedChangeError
      ? (request.finishing ?? { change: request.change, before: error.before })
      : undefined;
  if (error instanceof PartialChangeError && error.remaining)
    return {
      request: { change: error.remaining, message: finished(request.message), finishing, undoing },
      askDuplicates: false,
    };
  const again = finishing ? { ...request, finishing } : request;
  // An undo that puts songs back is not asked whether to add them again.
  return { request: again, askDuplicates: request.change.kind === 'add' && !undoing };
}

/** The toast after a success: the change with its Undo, or what finishing an entry found. */
function announce(
  outcome: ChangeOutcome,
  request: ChangeRequest,
  redo: (request: ChangeRequest) => void,
) {
  const { finished } = outcome;
  const what = finished?.entry.message.replace(/\.$/, '');
  if (finished?.state === 'not-made')
    return undoHistory.announce(
      `“${what}” was interrupted before Spotify made it: nothing was changed.`,
    );
  if (finished?.state === 'done') return;
  // Finished on opening the playlist, not asked for: the toast says what it was.
  const message =
    finished && !request.finish?.confirmed
      ? `Finished the interrupted change: ${finished.entry.message}`
      : request.message;
  if (request.undoing) return undoHistory.announce(`Undone: ${message}`);
  const { change, before } = finished
    ? { change: finished.entry.change, before: finished.entry.before }
    : (request.finishing ?? { change: request.change, before: outcome.before });
  const inverse = inverseChange(before, outcome.after, change);
  const undo: ChangeRequest | null = inverse && {
    change: inverse,
    message,
    undoing: true,
    onProgress: request.onProgress,
  };
  undoHistory.push(message, undo && (() => redo(undo)));
}

interface ChangeReports {
  /** Runs a request (an undo) through the same queue, as it is now. */
  mutate: (request: ChangeRequest) => void;
  /** The playlist on screen, told of a failure; absent, a toast says it. */
  onFailure?: (error: unknown, request: ChangeRequest) => void;
}

/** The change mutation of one playlist: its scope, the engine, the undo history, the re-read. */
function changeOptions(
  queryClient: QueryClient,
  playlistId: string,
  userId: string | null,
  reports: () => ChangeReports,
) {
  return {
    mutationKey: playlistKeys.change(playlistId),
    scope: playlistScope(playlistId),
    mutationFn: async (request: ChangeRequest) => {
      const outcome = await runChange(queryClient, playlistId, request, userId);
      committed().add(request);
      return outcome;
    },
    onSuccess: (outcome: ChangeOutcome, request: ChangeRequest) =>
      announce(outcome, request, (r) => reports().mutate(r)),
    onError: (error: unknown, request: ChangeRequest) => {
      const { onFailure } = reports();
      // The playlist on screen offers "Try again" (an undo made in part, too: left half
      // done, a removal would have lost the copies it puts back).
      if (onFailure) onFailure(error, request);
      // Nobody on screen to tell (the playlist is not open): the toast says it.
      else if (request.undoing)
        undoHistory.announce(
          error instanceof PartialChangeError
            ? `Only part of “${request.message}” was undone: ${describeError(error.cause)} Open the playlist to check it.`
            : `Could not undo “${request.message}” ${describeChangeError(error)}`,
        );
      else undoHistory.announce(`Not done: “${request.message}” ${describeChangeError(error)}`);
    },
    // After a failure (which may have changed the playlist in part) or a success whose
    // new version Spotify did not name, the playlist is re-read; otherwise the cache
    // already holds it, and the next change reads it again before planning anyway.
    // Other tabs hear of it either way.
    // Offline, the re-read waits for the connection: the change is settled without it (a
    // refused change sent nothing), or it would stay pending, shown as made, until then.
    onSettled: (outcome: ChangeOutcome | undefined, error: unknown) => {
      if (outcome?.unchanged || error instanceof OfflineError) return;
      const reread = playlistChanged(queryClient, playlistId, outcome?.version);
      return onlineManager.isOnline() ? reread : undefined;
    },
  };
}

/**
 * The change hook for one playlist. Each success goes into the undo history (toast and
 * Ctrl+Z); an undo runs through the same queue.
 */
export function useChangePlaylistItems(
  playlistId: string,
  userId: string | null,
  onFailure?: (error: unknown, request: ChangeRequest) => void,
) {
  const queryClient = useQueryClient();
  // Gone from the screen: an undo pressed later reports through the toast.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // Every failure is reported (mutate's own callbacks fire only for the latest call). The
  // undo closure outlives this component; it calls the latest mutate.
  const mutateRef = useRef<ChangeReports['mutate']>(() => undefined);
  const reports = useStableCallback((): ChangeReports => ({
    mutate: (request) => mutateRef.current(request),
    onFailure: mounted.current ? onFailure : undefined,
  }));
  const mutation = useMutation(changeOptions(queryClient, playlistId, userId, reports));
  useEffect(() => {
    mutateRef.current = mutation.mutate;
  });
  return mutation;
}

/**
 * A change to a playlist that is not on screen (a tool over several playlists): the same
 * queue, undo history and re-read as the hook; a failure is told by a toast. Settles with
 * the outcome, or rejects.
 */
export function changePlaylistItems(
  queryClient: QueryClient,
  playlistId: string,
  userId: string | null,
  request: ChangeRequest,
): Promise<ChangeOutcome> {
  const observer: MutationObserver<ChangeOutcome, unknown, ChangeRequest> = new MutationObserver(
    queryClient,
    changeOptions(queryClient, playlistId, userId, () => ({
      mutate: (undo) =>
        void changePlaylistItems(queryClient, playlistId, userId, undo).catch(() => undefined),
    })),
  );
  return observer.mutate(request);
}

/** The confirmed rows with every change still queued or in flight applied, in order. */
export function useRowsWithPendingChanges(
  playlistId: string,
  confirmed: TrackRow[],
  userId: string | null,
): TrackRow[] {
  const pending = useMutationState({
    filters: { mutationKey: playlistKeys.change(playlistId), status: 'pending' },
    select: (mutation) => mutation.state.variables as ChangeRequest,
  });
  return useMemo(() => {
    const context = { now: new Date().toISOString(), userId };
    return pending
      .filter((request) => !committed().has(request))
      .reduce((rows, request) => changedRows(rows, request.change, context), confirmed);
  }, [pending, confirmed, userId]);
}

/**
 * On opening a playlist (once its items have loaded), every change to it left unfinished
 * by a reload, a crash or a closed tab, and not running in another tab, is finished
 * through the queue like any change. One that cannot be finished as planned (the playlist
 * changed meanwhile) fails with InterruptedChangeError, and the page asks. Only on opening:
 * a change that fails while the playlist is open is offered again by the page ("Try
 * again"), never retried on its own.
 */
export function useFinishInterrupted(
  playlistId: string,
  ready: boolean,
  run: (request: ChangeRequest) => void,
) {
  const checked = useRef<string | null>(null);
  const asked = useRef(new Set<string>());
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  useEffect(() => {
    const backend = getSession()?.backend;
    if (!ready || !backend || checked.current === playlistId) return;
    checked.current = playlistId;
    void (async () => {
      for (const entry of await changeJournal.of(backend, playlistId)) {
        if (asked.current.has(entry.id)) continue;
        asked.current.add(entry.id);
        if (await isRunning(entry.id)) continue;
        runRef.current({ change: NOTHING, message: entry.message, finish: { entryId: entry.id } });
      }
    })();
  }, [playlistId, ready]);
}
