import type { TrackRow } from '../domain/track-row';
import { formatNumber } from '../lib/format';
import './song-list.css';

/** Songs listed before "and N more": a list in a dialog stays readable. */
const LISTED = 50;

/**
 * Songs as a short list by name ("Title · Artists"), as dialogs name what a change or a
 * comparison is about (a version's diff, what two playlists share).
 */
export function SongList({ label, rows }: { label: string; rows: readonly TrackRow[] }) {
  return (
    <ul className="song-list" aria-label={label}>
      {rows.slice(0, LISTED).map((row, i) => (
        <li key={`${row.uri ?? ''}${row.addedAt ?? ''}${i}`}>
          {row.title}
          {row.byline && <span className="muted"> · {row.byline}</span>}
        </li>
      ))}
      {rows.length > LISTED && (
        <li className="muted">and {formatNumber(rows.length - LISTED)} more</li>
      )}
    </ul>
  );
}
