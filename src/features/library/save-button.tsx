import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { TrackRow } from '../../domain/track-row';
import { undoHistory } from '../../components/undo/undo-store';
import { isSavable, useListHearts, type ListHearts } from './list-hearts';
import { libraryQueries } from './queries';
import './save-button.css';

const REASONS = {
  local: "A local file is not in Spotify's catalogue, so it can't be saved to Liked Songs.",
  scope:
    'Liking songs needs one more permission from Spotify. Open Liked Songs to allow it (a new login).',
  unknown: 'Checking whether this is in Liked Songs…',
  failed: 'Could not check whether this is in Liked Songs.',
} as const;

interface SaveButtonProps {
  row: TrackRow;
  tabIndex?: number;
  /** Known to be saved without asking (a row of Liked Songs). */
  knownSaved?: boolean;
  className?: string;
  /** The list's hearts (useListHearts): its rows share one set. */
  hearts: Pick<ListHearts, 'allowed' | 'toggle'>;
}

/**
 * The heart: a toggle button named "Save to Liked Songs", pressed when the song or
 * episode is saved. Its state is looked up only once the row is on screen (batched with
 * the other rows, 40 a request); a local file, a session without the library scopes, or a
 * state not known yet make it unavailable with the reason.
 */
export function SaveButton({
  row,
  tabIndex,
  knownSaved,
  className = 'row-action',
  hearts: { allowed, toggle },
}: SaveButtonProps) {
  const reasonId = useId();
  const savable = isSavable(row);
  const query = useQuery({
    ...libraryQueries.saved(row.uri ?? ''),
    enabled: allowed && savable && !knownSaved,
  });
  // A row with no Spotify address at all (an unavailable entry) has nothing to save.
  if (!row.uri) return <span className="row-action row-action--blank" />;

  const saved = query.data ?? (knownSaved && allowed ? true : undefined);
  const reason =
    row.kind === 'local' || !savable
      ? REASONS.local
      : !allowed
        ? REASONS.scope
        : saved === undefined
          ? query.isError
            ? REASONS.failed
            : REASONS.unknown
          : null;
  return (
    <>
      <button
        type="button"
        className={`${className} heart${saved ? ' heart--saved' : ''}`}
        tabIndex={tabIndex}
        aria-label="Save to Liked Songs"
        aria-pressed={saved ?? false}
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        title={reason ?? undefined}
        onClick={() => {
          if (reason) {
            // Disabled controls cannot say why; this one answers a press with the reason.
            if (reason !== REASONS.unknown) undoHistory.announce(reason);
            return;
          }
          toggle(row, !saved);
        }}
      >
        <span aria-hidden="true">{saved ? '♥' : '♡'}</span>
      </button>
      {reason && (
        <span id={reasonId} className="visually-hidden">
          {reason}
        </span>
      )}
    </>
  );
}

/** A heart on its own (the player bar, the queue): its own set of the hearts' hooks. */
export function LoneSaveButton(props: Omit<SaveButtonProps, 'hearts'>) {
  return <SaveButton {...props} hearts={useListHearts()} />;
}
