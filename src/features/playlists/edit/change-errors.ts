/** How a change to a playlist's items can fail, and what the person is told. */
import { describeError, NetworkError, OfflineError } from '../../../api/errors';
import type { TrackRow } from '../../../domain/track-row';
import type { ItemChange } from './item-changes';

/**
 * Some requests of a change went through before one failed. `remaining` finishes an add
 * made in part (running it all again would add twice); moves are planned again (runs
 * already in place are skipped); a journaled change is finished from its journal entry.
 */
export class PartialChangeError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly remaining: ItemChange | null,
    /** The items the change started from. */
    readonly before: TrackRow[],
    /** The journal entry that can finish it (a removal that puts copies back). */
    readonly entryId?: string,
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
    readonly entryId?: string,
  ) {
    super(cause instanceof Error ? cause.message : 'The connection dropped.');
  }
}

/**
 * A change interrupted earlier (a reload, a closed tab) whose playlist has changed since:
 * putting back `missing` no longer gives exactly what was planned, so the person decides.
 */
export class InterruptedChangeError extends Error {
  override readonly name = 'InterruptedChangeError';
  constructor(
    readonly changeMessage: string,
    readonly missing: TrackRow[],
  ) {
    super('An interrupted change needs finishing.');
  }
}

const titles = (rows: TrackRow[]) => {
  const names = rows.slice(0, 5).map((row) => `“${row.title}”`);
  const more = rows.length > 5 ? ` and ${rows.length - 5} more` : '';
  return names.join(', ') + more;
};

export function describeChangeError(error: unknown): string {
  if (error instanceof InterruptedChangeError)
    return `“${error.changeMessage.replace(/\.$/, '')}” was interrupted before it was finished, and the playlist has changed since. Not put back yet: ${titles(error.missing)}.`;
  if (error instanceof OfflineError) return error.message;
  if (error instanceof NetworkError)
    return 'The connection dropped before Spotify answered, so the change may or may not have been made. The playlist has been re-read: check it before trying again.';
  if (error instanceof PartialChangeError)
    return `Only part of the change was made: ${describeError(error.cause)} The playlist has been re-read; “Try again” finishes it.`;
  return `Spotify did not make the change: ${describeError(error)}`;
}

/** The journal entry a failed change left, if any. */
export function entryOf(error: unknown): string | undefined {
  return error instanceof PartialChangeError || error instanceof UnconfirmedChangeError
    ? error.entryId
    : undefined;
}
