import { useMemo } from 'react';
import { useRowSelection } from '../../components/track-list/row-selection';
import { TrackListView } from '../../components/track-list/track-list-view';
import { useTrackView } from '../../components/track-list/use-track-view';
import type { TrackRow } from '../../domain/track-row';

interface CatalogTracksProps {
  /** The album's or show's name, for the list's actions ("Find in …"). */
  name: string;
  /** The table's accessible name: "Tracks of …", "Episodes of …". */
  label: string;
  rows: TrackRow[];
  total: number;
  /** What an empty list says: "No tracks", then why. */
  empty: [title: string, text: string];
  /** No Album column (a podcast's episodes). */
  withoutAlbum?: boolean;
}

/**
 * An album's tracks or a show's episodes, every one read: as any list of songs (the heart,
 * Play from a row, Add to queue, the row menu, a selection), without the playlist-only
 * columns (added by, date added).
 */
export function CatalogTracks({
  name,
  label,
  rows,
  total,
  empty,
  withoutAlbum,
}: CatalogTracksProps) {
  const view = useTrackView(rows);
  // An item is on an album or a show once: its position names its row.
  const keys = useMemo(() => rows.map((row) => String(row.position)), [rows]);
  const selection = useRowSelection(rows, keys, view.indices);
  return (
    <TrackListView
      name={name}
      label={label}
      rows={rows}
      total={total}
      complete
      view={view}
      selection={selection}
      withoutAddedBy
      withoutDates
      withoutAlbum={withoutAlbum}
      selectionActions={[]}
      empty={
        <div className="empty-state">
          <h2>{empty[0]}</h2>
          <p>{empty[1]}</p>
        </div>
      }
    />
  );
}
