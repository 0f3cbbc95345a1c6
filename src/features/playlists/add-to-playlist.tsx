import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describeError } from '../../api/errors';
import type { SimplifiedPlaylist } from '../../api/spotify-types';
import { Dialog } from '../../components/dialog';
import { useChangePlaylistItems, type ChangeRequest } from './item-mutations';
import type { PlaylistRow } from './playlist-rows';
import { playlistQueries } from './queries';

interface AddToPlaylistProps {
  row: PlaylistRow;
  userId: string | null;
  tabIndex: number;
}

/** "Add to playlist…" on a playable row: pick one of your playlists (or a collaborative one). */
export function AddToPlaylistButton({ row, userId, tabIndex }: AddToPlaylistProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="row-action"
        tabIndex={tabIndex}
        aria-label={`Add ${row.title} to a playlist…`}
        title="Add to playlist…"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">⊕</span>
      </button>
      {open && <AddToPlaylistDialog row={row} userId={userId} onClose={() => setOpen(false)} />}
    </>
  );
}

/** The dialog behind "Add to playlist…", for openers other than the row's button (a menu). */
export function AddToPlaylistDialog({
  row,
  userId,
  onClose,
}: {
  row: PlaylistRow;
  userId: string | null;
  onClose: () => void;
}) {
  return (
    <Dialog title={`Add “${row.title}” to a playlist`} onClose={onClose}>
      <PlaylistChooser row={row} userId={userId} onDone={onClose} />
    </Dialog>
  );
}

function PlaylistChooser({
  row,
  userId,
  onDone,
}: {
  row: PlaylistRow;
  userId: string | null;
  onDone: () => void;
}) {
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [ask, setAsk] = useState<{ name: string; add: () => void } | null>(null);
  const filterId = useId();
  const list = useQuery(playlistQueries.list());
  // Only the owner and collaborators can add items (5.1).
  const targets = (list.data ?? []).filter(
    (p) =>
      (p.owner.id === userId || p.collaborative) &&
      p.name.toLowerCase().includes(filter.trim().toLowerCase()),
  );

  if (ask) {
    return (
      <>
        <p>
          “{row.title}” is already in {ask.name}. Add it again anyway?
        </p>
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={ask.add}>
            Add anyway
          </button>
          <button type="button" className="button" onClick={onDone}>
            Don&apos;t add
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <label htmlFor={filterId}>Find a playlist</label>
      <input
        id={filterId}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {status && <p role="status">{status}</p>}
      {list.isPending && <p role="status">Loading your playlists…</p>}
      {list.isError && (
        <p role="alert" className="form-error">
          Your playlists could not be loaded: {describeError(list.error)}
        </p>
      )}
      {list.isSuccess && targets.length === 0 && <p>No playlist you can add to matches.</p>}
      <ul className="chooser">
        {targets.map((target) => (
          <li key={target.id}>
            <TargetOption
              target={target}
              row={row}
              userId={userId}
              onStatus={setStatus}
              onAsk={setAsk}
              onDone={onDone}
            />
          </li>
        ))}
      </ul>
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </>
  );
}

/**
 * One playlist to add to. Its items are read first (all of them: a duplicate may be
 * anywhere), so an item already there is only added again after asking.
 */
function TargetOption({
  target,
  row,
  userId,
  onStatus,
  onAsk,
  onDone,
}: {
  target: SimplifiedPlaylist;
  row: PlaylistRow;
  userId: string | null;
  onStatus: (text: string | null) => void;
  onAsk: (ask: { name: string; add: () => void }) => void;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const change = useChangePlaylistItems(target.id, userId);
  const request: ChangeRequest = {
    change: { kind: 'add', inserts: [{ position: null, rows: [row] }] },
    message: `Added “${row.title}” to ${target.name}.`,
  };
  const add = () => {
    change.mutate(request);
    onDone();
  };
  const choose = async () => {
    onStatus(`Checking ${target.name}…`);
    try {
      const playlist = await queryClient.fetchQuery(playlistQueries.detail(target.id));
      const items = await queryClient.fetchQuery(
        playlistQueries.items(target.id, playlist.snapshot_id, playlist.items?.total ?? 0),
      );
      if (items.rows.some((existing) => existing.uri === row.uri))
        onAsk({ name: target.name, add });
      else add();
    } catch (error) {
      onStatus(`${target.name} could not be read, so nothing was added: ${describeError(error)}`);
    }
  };
  return (
    <button type="button" className="chooser__option" onClick={() => void choose()}>
      {target.name}
      <span className="muted"> · {target.items?.total ?? 0} items</span>
    </button>
  );
}
