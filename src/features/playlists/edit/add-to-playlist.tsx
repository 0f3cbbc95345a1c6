import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../../../api/errors';
import { settledQueryData } from '../../../api/settled-query';
import type { SimplifiedPlaylist } from '../../../api/spotify-types';
import { Dialog, DialogDismiss } from '../../../components/dialog';
import { FilterField } from '../../../components/filter-field';
import { useChangePlaylistItems, type ChangeRequest } from './item-mutations';
import { isAddable, type TrackRow } from '../../../domain/track-row';
import { formatCount } from '../../../lib/format';
import { useOnePress } from '../../../lib/use-one-press';
import { playlistQueries } from '../queries';
import './add-to-playlist.css';

/** Some of the songs are in the chosen playlist already: add them again, or only the others? */
export interface Ask {
  name: string;
  present: number;
  firstTitle: string;
  addAll: () => void;
  addNew: (() => void) | null;
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
        <DialogDismiss label="Close" onClick={onClose} />
      )}
    </Dialog>
  );
}

/** Some of the rows are in the playlist already: add them again, only the others, or nothing. */
export function DuplicateAsk({
  ask,
  count,
  onCancel,
}: {
  ask: Ask;
  count: number;
  onCancel: () => void;
}) {
  return (
    <>
      <p>
        {count === 1
          ? `“${ask.firstTitle}” is already in ${ask.name}. Add it again anyway?`
          : `${ask.present} of these ${count} songs are already in ${ask.name}. Add them again anyway?`}
      </p>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={ask.addAll}>
          Add anyway
        </button>
        {ask.addNew && (
          <button type="button" className="button" onClick={ask.addNew}>
            Add only the other {count - ask.present}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          Don&apos;t add
        </button>
      </div>
    </>
  );
}

interface AddOutcome {
  onChecking: () => void;
  onAsk: (ask: Ask) => void;
  onAdded: () => void;
  onFailed: (message: string) => void;
}

/**
 * Adds rows at the end of one of your playlists, from the chooser or a drop on Your
 * Library. Its items are read first (all of them: a duplicate may be anywhere), so an item
 * already there is only added again after asking. The add itself goes through the change
 * engine (undoable, serialised with the playlist's other changes).
 */
export function useAddRowsTo(target: SimplifiedPlaylist, userId: string | null) {
  const queryClient = useQueryClient();
  const change = useChangePlaylistItems(target.id, userId);
  return async (rows: TrackRow[], outcome: AddOutcome) => {
    const add = (adding: TrackRow[]) => {
      const request: ChangeRequest = {
        change: { kind: 'add', inserts: [{ position: null, rows: adding }] },
        message: `Added ${what(adding)} to ${target.name}.`,
      };
      change.mutate(request);
      outcome.onAdded();
    };
    outcome.onChecking();
    try {
      const playlist = await queryClient.fetchQuery(playlistQueries.detail(target.id));
      const items = await settledQueryData(
        queryClient,
        playlistQueries.items(target.id, playlist.snapshot_id, playlist.items?.total ?? 0),
      );
      const there = new Set(items.rows.map((existing) => existing.uri));
      const fresh = rows.filter((row) => !there.has(row.uri));
      if (fresh.length === rows.length) return add(rows);
      outcome.onAsk({
        name: target.name,
        present: rows.length - fresh.length,
        firstTitle: rows[0]!.title,
        addAll: () => add(rows),
        addNew: fresh.length > 0 ? () => add(fresh) : null,
      });
    } catch (error) {
      outcome.onFailed(
        `${target.name} could not be read, so nothing was added: ${describeError(error)}`,
      );
    }
  };
}

/** Playlists the person can add to: their own and collaborative ones (docs/spotify-api.md#playlists-and-their-items). */
export const canAddTo = (playlist: SimplifiedPlaylist, userId: string | null) =>
  playlist.owner.id === userId || playlist.collaborative;

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
  const list = useQuery(playlistQueries.list());
  const targets = (list.data ?? []).filter(
    (p) => canAddTo(p, userId) && p.name.toLowerCase().includes(filter.trim().toLowerCase()),
  );

  if (ask) return <DuplicateAsk ask={ask} count={rows.length} onCancel={onDone} />;
  return (
    <>
      <FilterField label="Find a playlist" value={filter} onChange={setFilter} />
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

/** One playlist to add to (useAddRowsTo reads it first). */
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
  const addTo = useAddRowsTo(target, userId);
  const choose = () =>
    addTo(rows, {
      onChecking: () => onStatus(`Checking ${target.name}…`),
      onAsk,
      onAdded: onDone,
      onFailed: onStatus,
    });
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
