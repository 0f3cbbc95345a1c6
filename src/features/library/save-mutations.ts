/**
 * Liking and unliking: one song from its heart (optimistic, rolled back with a message,
 * undoable) or a selection in batches of 40 with progress, where a failure half way says
 * what was done and a retry sends only the rest.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { LIBRARY_BATCH, writeSaved } from '../../api/library-writes';
import { describeError, NetworkError } from '../../api/errors';
import type { TrackRow } from '../../domain/track-row';
import { undoHistory } from '../../components/undo/undo-store';
import { formatCount } from '../../lib/format';
import { applySaved, restoreCache, snapshotCache, tellSaved } from './liked-cache';
import { libraryQueries } from './queries';

const where = (save: boolean) => (save ? 'to Liked Songs' : 'from Liked Songs');
const done = (save: boolean) => (save ? 'Saved' : 'Removed');

interface Toggle {
  row: TrackRow;
  save: boolean;
  /** This change undoes an earlier one: it is announced, not offered for undo again. */
  undoing?: boolean;
}

/**
 * What Spotify has for `uri` now, asked afresh; undefined when it cannot be asked either.
 * After a dropped connection only this says whether a write was made.
 */
async function savedNow(queryClient: QueryClient, uri: string): Promise<boolean | undefined> {
  return queryClient
    .fetchQuery({ ...libraryQueries.saved(uri), staleTime: 0 })
    .catch(() => undefined);
}

/** The heart: saves or unsaves one song or episode at once, Spotify confirming after. */
export function useToggleSaved() {
  const queryClient = useQueryClient();
  const confirmed = ({ row, save, undoing }: Toggle) => {
    tellSaved(queryClient, [row], save);
    const message = `${done(save)} “${row.title}” ${where(save)}.`;
    if (undoing) undoHistory.announce(`Undone. ${message}`);
    else undoHistory.push(message, () => mutation.mutate({ row, save: !save, undoing: true }));
  };
  const mutation = useMutation({
    // One library change at a time, so a rollback never undoes a later change.
    scope: { id: 'library' },
    mutationFn: ({ row, save }: Toggle) => writeSaved([row.uri!], save),
    onMutate: async ({ row, save }) => {
      await queryClient.cancelQueries({ queryKey: libraryQueries.saved(row.uri!).queryKey });
      const snapshot = snapshotCache(queryClient, [row.uri!]);
      applySaved(queryClient, [row], save);
      return snapshot;
    },
    onError: async (error, toggle, snapshot) => {
      const { row, save } = toggle;
      const failed = `Could not ${save ? 'save' : 'remove'} “${row.title}” ${where(save)}`;
      if (!(error instanceof NetworkError)) {
        if (snapshot) restoreCache(queryClient, snapshot);
        undoHistory.announce(`${failed}: ${describeError(error)}`);
        return;
      }
      // The write may have been made before the connection dropped: ask, never guess.
      const now = await savedNow(queryClient, row.uri!);
      if (now === save) return confirmed(toggle);
      if (now === !save) {
        if (snapshot) restoreCache(queryClient, snapshot);
        undoHistory.announce(`${failed}: the connection dropped before Spotify made the change.`);
        return;
      }
      void queryClient.invalidateQueries({ queryKey: libraryQueries.all() });
      undoHistory.announce(
        `The connection dropped, so “${row.title}” may or may not have been ${save ? 'saved' : 'removed'}. Check the heart before trying again.`,
      );
    },
    onSuccess: (_data, toggle) => confirmed(toggle),
  });
  return (row: TrackRow, save: boolean) => mutation.mutate({ row, save });
}

export interface BulkProgress {
  save: boolean;
  done: number;
  total: number;
}

export interface BulkFailure {
  save: boolean;
  done: number;
  /** The rows not changed yet: "Try again" sends only these. */
  remaining: TrackRow[];
  message: string;
}

/** The rows whose saved state differs from `save`, asking Spotify (40 a request) where unknown. */
async function rowsToChange(queryClient: QueryClient, rows: TrackRow[], save: boolean) {
  const states = await Promise.all(
    rows.map((row) => queryClient.fetchQuery(libraryQueries.saved(row.uri!))),
  );
  return rows.filter((_, i) => states[i] !== save);
}

interface BulkOptions {
  undoing?: boolean;
  /** Every row is known to be in the other state (e.g. on the Liked Songs page). */
  known?: boolean;
  onProgress?: (progress: BulkProgress | null) => void;
  /** A batch failed: what was done, and the rest. Without it, a toast says it. */
  onFailure?: (failure: BulkFailure) => void;
}

/**
 * Saves or unsaves rows in batches of 40. Rows already in that state are left alone, so
 * undo reverses exactly what this changed. Settles once done (or stopped by a failure).
 */
export async function bulkSave(
  queryClient: QueryClient,
  rows: TrackRow[],
  save: boolean,
  options: BulkOptions = {},
): Promise<void> {
  const { onProgress } = options;
  const fail = (failure: BulkFailure) =>
    options.onFailure ? options.onFailure(failure) : undoHistory.announce(failure.message);
  const candidates = rows.filter((row) => row.uri && !row.uri.startsWith('spotify:local:'));
  const changed: TrackRow[] = [];
  try {
    onProgress?.({ save, done: 0, total: candidates.length });
    const todo = options.known ? candidates : await rowsToChange(queryClient, candidates, save);
    onProgress?.({ save, done: 0, total: todo.length });
    for (let i = 0; i < todo.length; i += LIBRARY_BATCH) {
      const batch = todo.slice(i, i + LIBRARY_BATCH);
      try {
        await writeSaved(
          batch.map((row) => row.uri!),
          save,
        );
      } catch (error) {
        fail({
          save,
          done: changed.length,
          remaining: todo.slice(i),
          message: `${done(save)} ${changed.length} of ${formatCount(todo.length, 'song')} ${where(save)}; the other ${todo.length - changed.length} failed: ${describeError(error)}`,
        });
        return;
      }
      applySaved(queryClient, batch, save);
      tellSaved(queryClient, batch, save);
      changed.push(...batch);
      onProgress?.({ save, done: changed.length, total: todo.length });
    }
  } catch (error) {
    fail({ save, done: 0, remaining: candidates, message: describeError(error) });
    return;
  } finally {
    onProgress?.(null);
    if (changed.length > 0) {
      const message = `${done(save)} ${formatCount(changed.length, 'song')} ${where(save)}.`;
      if (options.undoing) undoHistory.announce(`Undone. ${message}`);
      else
        undoHistory.push(
          message,
          () => void bulkSave(queryClient, changed, !save, { undoing: true, known: true }),
        );
    }
  }
  if (changed.length === 0 && candidates.length > 0)
    undoHistory.announce(
      `${formatCount(candidates.length, 'song')} ${candidates.length === 1 ? 'was' : 'were'} already ${save ? 'in' : 'not in'} Liked Songs.`,
    );
}

/** bulkSave for a selection on screen: its progress and failure as state, one run at a time. */
export function useBulkSave() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [failure, setFailure] = useState<BulkFailure | null>(null);
  const running = useRef(false);

  const run = async (rows: TrackRow[], save: boolean, known: boolean) => {
    if (running.current) return;
    running.current = true;
    setFailure(null);
    try {
      await bulkSave(queryClient, rows, save, {
        known,
        onProgress: setProgress,
        onFailure: setFailure,
      });
    } finally {
      running.current = false;
    }
  };

  return {
    progress,
    failure,
    /** `known`: every row is known to be in the other state (e.g. on the Liked Songs page). */
    run: (rows: TrackRow[], save: boolean, known = false) => void run(rows, save, known),
    retry: () => failure && void run(failure.remaining, failure.save, true),
    dismiss: () => setFailure(null),
  };
}
