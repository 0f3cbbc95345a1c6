import { useRef, useState } from 'react';
import type { Playlist } from '../../../api/spotify-types';
import type { TrackRow } from '../../../domain/track-row';
import { formatCount } from '../../../lib/format';
import { planChange, type ItemChange } from './item-changes';
import {
  retryRequest,
  useChangePlaylistItems,
  useFinishInterrupted,
  type ChangeFailure,
  type ChangeRequest,
} from './item-mutations';
import type { ToolRequest } from '../tools/playlist-tools';

export type OpenDialog =
  /** Remove the selection, or one row (from its menu). */
  | { kind: 'remove'; row?: TrackRow }
  | { kind: 'move-to' }
  | { kind: 'duplicate'; request: ChangeRequest; duplicates: TrackRow[] }
  | null;

export const quoted = (rows: TrackRow[]) =>
  rows.length === 1 ? `“${rows[0]!.title}”` : formatCount(rows.length, 'item');

/**
 * What the editor does with the engine: start a change (asking first when an add would
 * duplicate songs), show its progress and failure, and offer the engine's retry. The
 * rules for what a retry sends live in the engine (retryRequest), not here.
 */
export function usePlaylistEditing(
  playlist: Playlist,
  rows: TrackRow[],
  keys: string[],
  complete: boolean,
  userId: string | null,
) {
  const [failure, setFailure] = useState<ChangeFailure | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const change = useChangePlaylistItems(playlist.id, userId, (error, request) =>
    setFailure({ request, error }),
  );
  // Changes a reload or a closed tab left unfinished are finished once the items are here.
  useFinishInterrupted(playlist.id, complete, (request) => change.mutate(request));

  /** Queues the change; settles when it has (its failure is shown by `failure`). */
  const run = (request: ChangeRequest): Promise<void> => {
    setFailure(null);
    setProgress(null);
    return change.mutateAsync(request).then(
      () => setProgress(null),
      () => setProgress(null),
    );
  };

  // A new order of 10,000 items is thousands of requests: the count is redrawn at most
  // every 200 ms, not after each one.
  const lastShown = useRef(0);
  const progressShown = (done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - lastShown.current < 200) return;
    lastShown.current = now;
    setProgress({ done, total });
  };

  const runTool = ({ change: toolChange, message, moves }: ToolRequest) =>
    run({ change: toolChange, message, onProgress: moves ? progressShown : undefined });

  const runMove = (move: ItemChange | null) => {
    if (!move) return;
    const moved = new Set(move.kind === 'move' ? move.groups.flatMap((group) => group.keys) : []);
    const order = planChange(rows, move, { now: '', userId }).order ?? [];
    const movedRows = rows.filter((_, i) => moved.has(keys[i]!));
    const first = order.findIndex((key) => moved.has(key)) + 1;
    void run({
      change: move,
      message:
        movedRows.length === 1
          ? `Moved “${movedRows[0]!.title}” to position ${first} in ${playlist.name}.`
          : `Moved ${formatCount(movedRows.length, 'item')} in ${playlist.name}.`,
    });
  };

  /** Adds, asking first when the playlist already has any of them. */
  const requestAdd = async (request: ChangeRequest, confirmed = false) => {
    const present = new Set(rows.map((row) => row.uri));
    const adding =
      request.change.kind === 'add' ? request.change.inserts.flatMap((i) => i.rows) : [];
    const duplicates = adding.filter((row) => present.has(row.uri));
    if (duplicates.length > 0 && !confirmed) setDialog({ kind: 'duplicate', request, duplicates });
    else await run(request);
  };

  const add = (added: TrackRow[], position: number | null) =>
    requestAdd({
      change: { kind: 'add', inserts: [{ position, rows: added }] },
      message: `Added ${quoted(added)} to ${playlist.name}${position === null ? '' : ` at position ${position + 1}`}.`,
    });

  const retry = (failed: ChangeFailure) => {
    const { request, askDuplicates } = retryRequest(failed);
    void (askDuplicates ? requestAdd(request) : run(request));
  };

  return {
    failure,
    dismissFailure: () => setFailure(null),
    retry,
    // Only while a change runs: a retried change has no onSettled of its own to clear it.
    progress: change.isPending ? progress : null,
    dialog,
    setDialog,
    run,
    runTool,
    runMove,
    add,
    requestAdd,
  };
}

export type PlaylistEditing = ReturnType<typeof usePlaylistEditing>;
