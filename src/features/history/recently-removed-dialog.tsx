import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SpotifyApiError, describeError } from '../../api/errors';
import { writeSaved } from '../../api/library-writes';
import { Dialog, DialogDismiss } from '../../components/dialog';
import { SongList } from '../../components/song-list';
import { formatCount, formatMoment } from '../../lib/format';
import { historyQueries } from './history-queries';
import { recordedHistory } from './history-store';
import type { RemovedPlaylist, VersionMeta } from './version-store';
import './version-history.css';

interface RecentlyRemovedProps {
  onClose: () => void;
  /** A playlist is back in your library: the list is read again. */
  onRecovered: () => void;
  /** Spotify no longer has it: a new playlist from its last kept version. */
  onRecreate: (name: string, uris: (string | null)[]) => void;
}

/**
 * Recently removed: your playlists this app saw leave your library (removed here or
 * elsewhere), newest first, with their last kept version. Recover follows one again (how
 * Spotify restores a deleted playlist); if Spotify no longer has it, Recreate makes a new
 * one from that version.
 */
export function RecentlyRemovedDialog(props: RecentlyRemovedProps) {
  const removed = useQuery(historyQueries.removed());
  return (
    <Dialog title="Recently removed playlists" onClose={props.onClose}>
      {removed.isPending ? (
        <p role="status">Reading the history…</p>
      ) : removed.isError ? (
        <p role="alert">The history could not be read in this browser.</p>
      ) : removed.data.length === 0 ? (
        <p>
          No playlist of yours has left your library since this app started keeping your history in
          this browser.
        </p>
      ) : (
        <ul className="removed-playlists" aria-label="Recently removed playlists">
          {removed.data.map(({ playlist, last }) => (
            <RemovedItem key={playlist.id} playlist={playlist} last={last} {...props} />
          ))}
        </ul>
      )}
      <DialogDismiss label="Close" onClick={props.onClose} />
    </Dialog>
  );
}

function RemovedItem({
  playlist,
  last,
  onRecovered,
  onRecreate,
}: RecentlyRemovedProps & { playlist: RemovedPlaylist; last: VersionMeta | null }) {
  const queryClient = useQueryClient();
  const [gone, setGone] = useState(false);
  const recover = useMutation({
    mutationFn: () => writeSaved([`spotify:playlist:${playlist.id}`], true),
    onSuccess: async () => {
      await (await recordedHistory())?.forgetRemoved(playlist.id);
      await queryClient.invalidateQueries({ queryKey: historyQueries.removed().queryKey });
      onRecovered();
    },
    onError: (error) => {
      if (error instanceof SpotifyApiError && error.status === 404) setGone(true);
    },
  });
  const recreate = async () => {
    const store = await recordedHistory();
    if (!store || !last) return;
    onRecreate(
      playlist.name,
      (await store.rows(last)).map((row) => row.uri),
    );
  };
  return (
    <li className="removed-playlist">
      <p>
        <strong>{playlist.name}</strong>{' '}
        <span className="muted">
          · removed {formatMoment(new Date(playlist.removedAt).toISOString())}
          {last ? ` · ${formatCount(last.total, 'item')} when last seen` : ' · contents not kept'}
        </span>
      </p>
      {last && <LastContents playlistId={playlist.id} last={last} />}
      {gone ? (
        <p role="alert">
          Spotify no longer has {playlist.name}.{' '}
          {last ? 'Recreate it from its last kept version.' : 'Its contents were not kept here.'}
        </p>
      ) : (
        recover.isError && <p role="alert">{describeError(recover.error)}</p>
      )}
      <div className="form__actions">
        {!gone && (
          <button
            type="button"
            className="button"
            aria-disabled={recover.isPending || undefined}
            onClick={() => !recover.isPending && recover.mutate()}
          >
            {recover.isPending ? 'Recovering' : 'Recover'}{' '}
            <span className="visually-hidden">{playlist.name}</span>
            {recover.isPending && '…'}
          </button>
        )}
        {gone && last && (
          <button type="button" className="button" onClick={() => void recreate()}>
            Recreate <span className="visually-hidden">{playlist.name}</span> from history
          </button>
        )}
      </div>
    </li>
  );
}

/** The songs of the last kept version, read from the store when the person opens them. */
function LastContents({ playlistId, last }: { playlistId: string; last: VersionMeta }) {
  const [open, setOpen] = useState(false);
  const rows = useQuery({ ...historyQueries.rows(playlistId, last), enabled: open });
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Songs when last seen</summary>
      {rows.data ? (
        <SongList label="Songs when last seen" rows={rows.data} />
      ) : rows.isError ? (
        <p role="alert">They could not be read from the history.</p>
      ) : (
        open && <p role="status">Reading…</p>
      )}
    </details>
  );
}
