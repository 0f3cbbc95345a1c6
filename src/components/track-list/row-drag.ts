/**
 * Rows dragged out of a list (onto a playlist in Your Library): the rows themselves for the
 * app, and their open.spotify.com links as text for anywhere else (a chat, a document).
 * Only songs and episodes Spotify can add travel; local files and unavailable entries stay.
 */
import { spotifyWebUrl } from '../../domain/spotify-uri';
import { isAddable, type TrackRow } from '../../domain/track-row';

const ROW_DRAG_TYPE = 'application/x-library-manager-rows+json';

export function writeRowDrag(transfer: DataTransfer, rows: TrackRow[]): boolean {
  const addable = rows.filter(isAddable);
  if (addable.length === 0) return false;
  transfer.setData(ROW_DRAG_TYPE, JSON.stringify(addable));
  transfer.setData('text/plain', addable.map((row) => spotifyWebUrl(row.uri)).join('\n'));
  transfer.effectAllowed = 'copy';
  return true;
}

/** Whether a drag carries rows (its data can only be read on drop; its types at any time). */
export const carriesRows = (transfer: DataTransfer) => transfer.types.includes(ROW_DRAG_TYPE);

/** The rows a drop carries: only well-formed addable ones (a drop can come from another tab). */
export function readRowDrag(transfer: DataTransfer): TrackRow[] {
  try {
    const rows: unknown = JSON.parse(transfer.getData(ROW_DRAG_TYPE) || '[]');
    if (!Array.isArray(rows)) return [];
    return rows.filter(
      (row): row is TrackRow =>
        typeof row === 'object' &&
        row !== null &&
        typeof (row as TrackRow).title === 'string' &&
        isAddable(row as TrackRow),
    );
  } catch {
    return [];
  }
}
