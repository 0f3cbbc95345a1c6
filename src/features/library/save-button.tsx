import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useHasScopes } from '../../auth/scope-upgrade';
import type { TrackRow } from '../../domain/track-row';
import { undoHistory } from '../../components/undo/undo-store';
import { libraryQueries } from './queries';
import { useToggleSaved } from './save-mutations';
import './save-button.css';

const SAVABLE = /^spotify:(track|episode):[0-9A-Za-z]{22}$/;

/** A song or episode in Spotify's catalogue (not a local file, not an entry without a URI). */
export const isSavable = (row: TrackRow) => !!row.uri && SAVABLE.test(row.uri);

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
}: SaveButtonProps) {
  const reasonId = useId();
  const allowed = useHasScopes('user-library-read', 'user-library-modify');
  const savable = isSavable(row);
  const query = useQuery({
    ...libraryQueries.saved(row.uri ?? ''),
    enabled: allowed && savable && !knownSaved,
  });
  const toggle = useToggleSaved();
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
