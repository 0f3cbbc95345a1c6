import { useState } from 'react';
import type { TrackRow } from '../components/track-list/track-row';
import { AddToPlaylistDialog } from '../features/playlists/edit/add-to-playlist';

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
