import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describeError } from '../../../api/errors';
import { settledQueryData } from '../../../api/settled-query';
import type { SimplifiedPlaylist } from '../../../api/spotify-types';
import { Dialog, DialogDismiss } from '../../../components/dialog';
import { useChangePlaylistItems, type ChangeRequest } from './item-mutations';
import { isAddable, type TrackRow } from '../../../domain/track-row';
import { formatCount } from '../../../lib/format';
import { useOnePress } from '../../../lib/use-one-press';
import { playlistQueries } from '../queries';
import './add-to-playlist.css';

/** Some of the songs are in the chosen playlist already: add them again, or only the others? */
interface Ask {
  name: string;
  present: number;
  addAll: () => void;
  addNew: (() => void) | null;
}

interface AddToPlaylistProps {
  row: TrackRow;
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

const what = (rows: TrackRow[]) =>
  rows.length === 1 ? `“${rows[0]!.title}”` : formatCount(rows.length, 'song');

/**
 * The dialog behind "Add to playlist…" for one row (from a menu) or a selection; local
 * files and unavailable entries are left out (Spotify cannot add them, 7).
 */
export function AddToPlaylistDialog({
  row,
  rows = row ? [row] : [],
  userId,
  onClose,
}: {
  row?: TrackRow;
  rows?: TrackRow[];
  userId: string | null;
  onClose: () => void;
}) {
  const addable = rows.filter(isAddable);
  return (
    <Dialog
      title={addable.length ? `Add ${what(addable)} to a playlist` : 'Nothing to add to a playlist'}
      onClose={onClose}
    >
      {addable.length < rows.length && (
        <p className="muted">
          {formatCount(
            rows.length - addable.length,
            'local file or unavailable item',
            'local files or unavailable items',
          )}{' '}
          can&apos;t be added and will be left out.
        </p>
      )}
      {addable.length > 0 ? (
        <PlaylistChooser rows={addable} userId={userId} onDone={onClose} />
      ) : (
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </Dialog>
  );
}

function PlaylistChooser({
  rows,
  userId,
  onDone,
}: {
  rows: TrackRow[];
  userId: string | null;
  onDone: () => void;
}) {
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [ask, setAsk] = useState<Ask | null>(null);
  const filterId = useId();
  const list = useQuery(playlistQueries.list());
  // Only the owner and collaborators can add items (docs/spotify-api.md#playlists-and-their-items).
  const targets = (list.data ?? []).filter(
    (p) =>
      (p.owner.id === userId || p.collaborative) &&
      p.name.toLowerCase().includes(filter.trim().toLowerCase()),
  );

  if (ask) {
    return (
      <>
        <p>
          {rows.length === 1
            ? `“${rows[0]!.title}” is already in ${ask.name}. Add it again anyway?`
            : `${ask.present} of these ${rows.length} songs are already in ${ask.name}. Add them again anyway?`}
        </p>
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={ask.addAll}>
            Add anyway
          </button>
          {ask.addNew && (
            <button type="button" className="button" onClick={ask.addNew}>
              Add only the other {rows.length - ask.present}
            </button>
          )}
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
              rows={rows}
              userId={userId}
              onStatus={setStatus}
              onAsk={setAsk}
              onDone={onDone}
            />
          </li>
        ))}
      </ul>
      <DialogDismiss label="Cancel" onClick={onDone} />
    </>
  );
}

/**
 * One playlist to add to. Its items are read first (all of them: a duplicate may be
 * anywhere), so an item already there is only added again after asking.
 */
function TargetOption({
  target,
  rows,
  userId,
  onStatus,
  onAsk,
  onDone,
}: {
  target: SimplifiedPlaylist;
  rows: TrackRow[];
  userId: string | null;
  onStatus: (text: string | null) => void;
  onAsk: (ask: Ask) => void;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const change = useChangePlaylistItems(target.id, userId);
  const add = (adding: TrackRow[]) => {
    const request: ChangeRequest = {
      change: { kind: 'add', inserts: [{ position: null, rows: adding }] },
      message: `Added ${what(adding)} to ${target.name}.`,
    };
    change.mutate(request);
    onDone();
  };
  const choose = async () => {
    onStatus(`Checking ${target.name}…`);
    try {
      const playlist = await queryClient.fetchQuery(playlistQueries.detail(target.id));
      const items = await settledQueryData(
        queryClient,
        playlistQueries.items(target.id, playlist.snapshot_id, playlist.items?.total ?? 0),
      );
      const there = new Set(items.rows.map((existing) => existing.uri));
      const fresh = rows.filter((row) => !there.has(row.uri));
      if (fresh.length === rows.length) return add(rows);
      onAsk({
        name: target.name,
        present: rows.length - fresh.length,
        addAll: () => add(rows),
        addNew: fresh.length > 0 ? () => add(fresh) : null,
      });
    } catch (error) {
      onStatus(`${target.name} could not be read, so nothing was added: ${describeError(error)}`);
    }
  };
  // A double click would read the target twice and add twice.
  const { press, busy } = useOnePress();
  return (
    <button
      type="button"
      className="chooser__option"
      aria-disabled={busy('choose') || undefined}
      onClick={() => press('choose', choose)}
    >
      {target.name}
      <span className="muted"> · {target.items?.total ?? 0} items</span>
    </button>
  );
}
