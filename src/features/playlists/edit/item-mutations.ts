/**
 * Adding, removing and moving a playlist's items. Every change on one playlist runs in
 * its mutation scope, one at a time, planned against the latest confirmed items and
 * snapshot_id when its turn comes (so positions follow changes queued before it), and
 * passes each response's snapshot_id on to the next request.
 *
 * Optimistic display goes through the UI rather than the cache (TanStack's "via the UI"
 * variant): the page applies the pending changes to the confirmed items, so a failure
 * needs no rollback and queued changes stack up in order. The confirmed items of the
 * new snapshot are written from the plan, so a change costs no reload of the items.
 *
 * Writes are never retried automatically: after any failure the playlist is re-read and
 * the person is offered a retry, planned against what Spotify now has, so an add that
 * reached Spotify before the connection dropped is not added twice.
 */
import {
  useMutation,
  useMutationState,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { spotify } from '../../../api/client';
import { describeError, NetworkError, OfflineError } from '../../../api/errors';
import {
  changedRows,
  inverseChange,
  planChange,
  type ItemChange,
  type ItemStep,
  type PlanContext,
} from './item-changes';
import type { TrackRow } from '../../../components/track-list/track-row';
import { playlistQueries } from '../queries';
import { playlistChanged, recordVersion, type PlaylistVersion } from '../playlist-sync';
import { undoHistory } from '../../../components/undo/undo-store';

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
  /** Told after each request of a long change ("Moving 37 of 120…"). */
  onProgress?: (done: number, total: number) => void;
}

interface ChangeOutcome {
  before: TrackRow[];
  after: TrackRow[];
  /** Nothing needed sending (the playlist already was as asked). */
  unchanged: boolean;
  /** The new version, written to the cache from the plan (absent: Spotify did not name it). */
  version?: PlaylistVersion;
}

/**
 * Some requests of a change went through before one failed. `remaining` finishes it:
 * for adds (and the copies a remove puts back) that is the adds not made yet, since
 * running the whole change again would add twice or find nothing left to restore; moves
 * are simply planned again (runs already in place are skipped).
 */
export class PartialChangeError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly remaining: ItemChange | null,
    /** The items the change started from. */
    readonly before: TrackRow[],
  ) {
    super('Only part of this change was made.');
    this.name = 'PartialChangeError';
  }
}

/** The connection dropped on a change's first request: it may or may not have been made. */
export class UnconfirmedChangeError extends NetworkError {
  constructor(
    override readonly cause: unknown,
    /** The items the change started from. */
    readonly before: TrackRow[],
  ) {
    super(cause instanceof Error ? cause.message : 'The connection dropped.');
  }
}

/**
 * A removal that also puts other copies back, whose connection dropped on the removal. If
 * the re-read playlist has none of `uris` left, it was made, and `restores` (the copies
 * to add back) finishes it; otherwise it runs again.
 */
export class UnconfirmedRemovalError extends UnconfirmedChangeError {
  constructor(
    cause: unknown,
    before: TrackRow[],
    readonly uris: string[],
    readonly restores: ItemChange | null,
  ) {
    super(cause, before);
  }
}

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

export function describeChangeError(error: unknown): string {
  if (error instanceof OfflineError) return error.message;
  if (error instanceof NetworkError)
    return 'The connection dropped before Spotify answered, so the change may or may not have been made. The playlist has been re-read: check it before trying again.';
  if (error instanceof PartialChangeError)
    return `Only part of the change was made: ${describeError(error.cause)} The playlist has been re-read; “Try again” finishes it.`;
  return `Spotify did not make the change: ${describeError(error)}`;
}

const changeKey = (playlistId: string) =>
  [...playlistQueries.detail(playlistId).queryKey, 'change'] as const;

/** Requests whose result is already in the cache, so the page stops applying them. */
const committed = new WeakSet<ChangeRequest>();

/**
 * The new version Spotify reports. A 2xx without one still means the change was made:
 * later requests then go without a snapshot_id, and the playlist is re-read rather than
 * updated from the plan.
 */
function snapshotOf(data: unknown): string | undefined {
  const snapshot = (data as { snapshot_id?: unknown } | undefined)?.snapshot_id;
  return typeof snapshot === 'string' ? snapshot : undefined;
}

async function send(
  playlistId: string,
  step: ItemStep,
  snapshotId: string | undefined,
): Promise<string | undefined> {
  const version = snapshotId === undefined ? {} : { snapshot_id: snapshotId };
  const path = { playlist_id: playlistId };
  if (step.kind === 'add') {
    const { data } = await spotify().POST('/playlists/{playlist_id}/items', {
      params: { path },
      body: { uris: step.uris, ...(step.position === null ? {} : { position: step.position }) },
    });
    return snapshotOf(data);
  }
  if (step.kind === 'remove') {
    const { data } = await spotify().DELETE('/playlists/{playlist_id}/items', {
      params: { path },
      body: { items: step.uris.map((uri) => ({ uri })), ...version },
    });
    return snapshotOf(data);
  }
  const { kind: _kind, ...range } = step;
  const { data } = await spotify().PUT('/playlists/{playlist_id}/items', {
    params: { path },
    body: { ...range, ...version },
  });
  return snapshotOf(data);
}

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

async function runChange(
  queryClient: QueryClient,
  playlistId: string,
  request: ChangeRequest,
  userId: string | null,
): Promise<ChangeOutcome> {
  const { playlist, rows } = await confirmedItems(queryClient, playlistId);
  const context: PlanContext = {
    now: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    userId,
  };
  const { steps, result } = planChange(rows, request.change, context);
  let snapshot: string | undefined = playlist.snapshot_id;
  for (const [index, step] of steps.entries()) {
    try {
      snapshot = await send(playlistId, step, snapshot);
      request.onProgress?.(index + 1, steps.length);
    } catch (error) {
      if (index > 0)
        throw new PartialChangeError(error, remainingAdds(steps.slice(index), result), rows);
      // Copies to put back after a removal whose answer was lost: if Spotify made it, they
      // are gone too, and only re-adding them finishes it.
      if (error instanceof NetworkError && step.kind === 'remove' && steps.length > 1)
        throw new UnconfirmedRemovalError(
          error,
          rows,
          step.uris,
          remainingAdds(steps.slice(1), result),
        );
      if (error instanceof NetworkError) throw new UnconfirmedChangeError(error, rows);
      throw error;
    }
  }
  committed.add(request);
  const unchanged = steps.length === 0;
  const version =
    !unchanged && snapshot !== undefined
      ? { before: playlist.snapshot_id, snapshot, rows: result }
      : undefined;
  if (version) recordVersion(queryClient, playlistId, version);
  return { before: rows, after: result, unchanged, version };
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
  // Every failure is reported (mutate's own callbacks fire only for the latest call).
  const onFailureRef = useRef(onFailure);
  // The undo closure outlives this component; it keeps the latest mutate.
  const mutateRef = useRef<(request: ChangeRequest) => void>(() => undefined);
  const mutation = useMutation({
    mutationKey: changeKey(playlistId),
    scope: { id: `playlist:${playlistId}` },
    mutationFn: (request: ChangeRequest) => runChange(queryClient, playlistId, request, userId),
    onSuccess: (outcome, request) => {
      if (request.undoing) {
        undoHistory.announce(`Undone: ${request.message}`);
        return;
      }
      const { change, before } = request.finishing ?? {
        change: request.change,
        before: outcome.before,
      };
      const inverse = inverseChange(before, outcome.after, change);
      undoHistory.push(
        request.message,
        inverse ? () => mutateRef.current({ ...request, change: inverse, undoing: true }) : null,
      );
    },
    onError: (error, request) => {
      // The playlist on screen offers "Try again" (an undo made in part, too: left half
      // done, a removal would have lost the copies it puts back).
      if (onFailureRef.current) onFailureRef.current(error, request);
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
    onSettled: (outcome) =>
      outcome?.unchanged ? undefined : playlistChanged(queryClient, playlistId, outcome?.version),
  });
  useEffect(() => {
    mutateRef.current = (request) => mutation.mutate(request);
    onFailureRef.current = onFailure;
  });
  // Gone from the screen: an undo pressed later reports through the toast.
  useEffect(
    () => () => {
      onFailureRef.current = undefined;
    },
    [],
  );
  return mutation;
}

/** The confirmed rows with every change still queued or in flight applied, in order. */
export function useRowsWithPendingChanges(
  playlistId: string,
  confirmed: TrackRow[],
  userId: string | null,
): TrackRow[] {
  const pending = useMutationState({
    filters: { mutationKey: changeKey(playlistId), status: 'pending' },
    select: (mutation) => mutation.state.variables as ChangeRequest,
  });
  return useMemo(() => {
    const context = { now: new Date().toISOString(), userId };
    return pending
      .filter((request) => !committed.has(request))
      .reduce((rows, request) => changedRows(rows, request.change, context), confirmed);
  }, [pending, confirmed, userId]);
}
