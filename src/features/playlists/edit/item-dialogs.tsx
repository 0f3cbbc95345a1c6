import { useId, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { formatCount } from '../../../lib/format';
import type { RemovalImpact } from './item-changes';
import type { TrackRow } from '../../../domain/track-row';
import './item-dialogs.css';

const LISTED = 5;

function RowList({ rows }: { rows: TrackRow[] }) {
  return (
    <ul className="dialog-list">
      {rows.slice(0, LISTED).map((row) => (
        <li key={row.position}>
          {row.position + 1}. {row.title}
          {row.byline && <span className="muted"> · {row.byline}</span>}
        </li>
      ))}
      {rows.length > LISTED && <li className="muted">and {rows.length - LISTED} more</li>}
    </ul>
  );
}

/**
 * Confirms a removal. Spotify removes every copy of a URI (docs/spotify-api.md#playlists-and-their-items), so copies the person
 * did not select are named: they are put back where they are, dated today.
 */
export function RemoveItemsDialog({
  playlistName,
  impact,
  onConfirm,
  onClose,
}: {
  playlistName: string;
  impact: RemovalImpact;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { removing, restoring } = impact;
  const what =
    removing.length === 1 ? `“${removing[0]!.title}”` : formatCount(removing.length, 'item');
  return (
    <Dialog title={`Remove ${what} from ${playlistName}?`} onClose={onClose}>
      <RowList rows={removing} />
      {restoring.length > 0 && (
        <div className="notice">
          <p>
            Spotify removes every copy of a song or episode at once. The playlist also has{' '}
            {formatCount(restoring.length, 'other copy', 'other copies')} of what you selected:
          </p>
          <RowList rows={restoring} />
          <p>
            They will be added back at the same positions right after, but their date added will
            change to today.
          </p>
        </div>
      )}
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          Remove
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}

/** "Move to position…": a position from 1 to the item count. */
export function MoveToPositionDialog({
  count,
  itemCount,
  onMove,
  onClose,
}: {
  count: number;
  itemCount: number;
  onMove: (position: number) => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState('1');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const last = itemCount - count + 1;
  return (
    <Dialog title={`Move ${formatCount(count, 'item')} to…`} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const position = Number(value);
          if (!Number.isInteger(position) || position < 1 || position > last) {
            setError(`Enter a whole number from 1 to ${last}.`);
            return;
          }
          onMove(position);
        }}
      >
        <label htmlFor={inputId}>New position (1 to {last})</label>
        <input
          id={inputId}
          type="number"
          min={1}
          max={last}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
        {error && (
          <p id={errorId} className="form-error">
            {error}
          </p>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            Move
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Asks before adding something the playlist already has. */
export function DuplicateDialog({
  playlistName,
  duplicates,
  onConfirm,
  onClose,
}: {
  playlistName: string;
  duplicates: TrackRow[];
  onConfirm: () => void;
  onClose: () => void;
}) {
  const title =
    duplicates.length === 1
      ? `“${duplicates[0]!.title}” is already in ${playlistName}`
      : `${formatCount(duplicates.length, 'item')} are already in ${playlistName}`;
  return (
    <Dialog title={title} onClose={onClose}>
      <p>Add {duplicates.length === 1 ? 'it' : 'them'} again anyway?</p>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          Add anyway
        </button>
        <button type="button" className="button" onClick={onClose}>
          Don&apos;t add
        </button>
      </div>
    </Dialog>
  );
}
