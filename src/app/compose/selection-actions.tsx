import { useState } from 'react';
import type { TrackRow } from '../../domain/track-row';
import { AddToPlaylistDialog } from '../../features/playlists/edit/add-to-playlist';
import { CopyDialog } from '../../features/transfer/copy-dialog';
import { formatCount } from '../../lib/format';

/** "Add to playlist…" for a selection, as a button of its toolbar (arrow keys reach it). */
export function SelectionAddToPlaylist({
  rows,
  userId,
}: {
  rows: TrackRow[];
  userId: string | null;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" tabIndex={-1} onClick={() => setOpen(true)}>
        Add to playlist…
      </button>
      {open && <AddToPlaylistDialog rows={rows} userId={userId} onClose={() => setOpen(false)} />}
    </>
  );
}

/** "Copy to a new playlist…" for a selection, as a button of its toolbar. */
export function SelectionCopy({
  rows,
  from,
  onCreated,
}: {
  rows: TrackRow[];
  /** Where the rows are, for the dialog's title and the new playlist's name. */
  from: string;
  onCreated: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" tabIndex={-1} onClick={() => setOpen(true)}>
        Copy to a new playlist…
      </button>
      {open && (
        <CopyDialog
          what={`${formatCount(rows.length, 'item')} from ${from}`}
          defaultName={`From ${from}`}
          uris={rows.map((row) => row.uri)}
          onClose={() => setOpen(false)}
          onCreated={onCreated}
        />
      )}
    </>
  );
}
