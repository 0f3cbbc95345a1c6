import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { settledQueryData } from '../../api/settled-query';
import type { SimplifiedPlaylist } from '../../api/spotify-types';
import { Dialog, DialogDismiss } from '../../components/dialog';
import type { TrackRow } from '../../domain/track-row';
import { formatCount, formatNumber } from '../../lib/format';
import { canAddTo } from './edit/add-to-playlist';
import { playlistQueries } from './queries';
import './edit/item-dialogs.css';

/** Reading unread playlists: this many at once (each is itself read in parallel pages). */
const READ_AT_ONCE = 2;

interface Found {
  playlist: SimplifiedPlaylist;
  /** How many times the song is in it (by its link or its recording). */
  count: number;
  /** Only as the same recording under another link (ISRC), not by this link. */
  byRecordingOnly: boolean;
}

interface Scan {
  found: Found[];
  /** Playlists whose current version we have read, of `readable`. */
  checked: number;
  readable: number;
  unread: SimplifiedPlaylist[];
}

const totalOf = (playlist: SimplifiedPlaylist) => playlist.items?.total ?? 0;

/**
 * Which of the person's playlists hold `row`, from the versions already read (this visit or
 * persisted from earlier ones): by link, and by ISRC for the same recording under another
 * link. Playlists whose current version was never read are counted as not checked.
 * Others' playlists are left out: Spotify shares their items only with owners and
 * collaborators (docs/spotify-api.md#playlists-and-their-items).
 */
function scan(
  client: QueryClient,
  playlists: SimplifiedPlaylist[],
  row: TrackRow,
  userId: string | null,
): Scan {
  const readable = playlists.filter((p) => canAddTo(p, userId));
  const found: Found[] = [];
  const unread: SimplifiedPlaylist[] = [];
  for (const playlist of readable) {
    if (totalOf(playlist) === 0) continue;
    const items = client.getQueryData(
      playlistQueries.items(playlist.id, playlist.snapshot_id, totalOf(playlist)).queryKey,
    );
    if (!items || items.ahead?.length || items.rows.length < items.total) {
      unread.push(playlist);
      continue;
    }
    let byLink = 0;
    let byRecording = 0;
    for (const item of items.rows) {
      if (item.uri === row.uri) byLink++;
      else if (row.isrc && item.isrc === row.isrc) byRecording++;
    }
    if (byLink + byRecording > 0)
      found.push({ playlist, count: byLink + byRecording, byRecordingOnly: byLink === 0 });
  }
  return { found, checked: readable.length - unread.length, readable: readable.length, unread };
}

/** The answer changes as playlists are read (here, or by any page): read it again then. */
function useCacheVersion() {
  const client = useQueryClient();
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') setVersion((v) => v + 1);
      }),
    [client],
  );
  return version;
}

/**
 * "In your playlists": answered at once from the playlists already read, saying how many
 * were checked; "Check the rest" reads the others (unchanged versions are not read again),
 * with progress, and the answer fills in as each arrives.
 */
export function InYourPlaylistsDialog({
  row,
  userId,
  onClose,
}: {
  row: TrackRow;
  userId: string | null;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const list = useQuery(playlistQueries.list());
  useCacheVersion();
  const [reading, setReading] = useState<{ done: number; of: number; failed: number } | null>(null);
  const result = list.data ? scan(client, list.data, row, userId) : null;

  const checkTheRest = async (unread: SimplifiedPlaylist[]) => {
    const queue = [...unread];
    let done = 0;
    let failed = 0;
    setReading({ done, of: unread.length, failed });
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        try {
          await settledQueryData(
            client,
            playlistQueries.items(next.id, next.snapshot_id, totalOf(next)),
          );
        } catch {
          failed++;
        }
        done++;
        setReading({ done, of: unread.length, failed });
      }
    };
    await Promise.all(Array.from({ length: READ_AT_ONCE }, worker));
  };

  return (
    <Dialog title={`“${row.title}” in your playlists`} onClose={onClose}>
      {!result ? (
        <p role="status">{list.error ? 'Your playlists could not be loaded.' : 'Looking…'}</p>
      ) : (
        <>
          <p role="status">
            {result.found.length === 0
              ? `In none of the ${formatCount(result.checked, 'playlist')} checked.`
              : `In ${formatCount(result.found.length, 'playlist')} of yours.`}{' '}
            {result.unread.length > 0 &&
              `Checked ${formatNumber(result.checked)} of ${formatNumber(result.checked + result.unread.length)} playlists.`}
          </p>
          {result.found.length > 0 && (
            <ul className="dialog-list">
              {result.found.map(({ playlist, count, byRecordingOnly }) => (
                <li key={playlist.id}>
                  <Link to={`/playlists/${playlist.id}`} onClick={onClose}>
                    {playlist.name}
                  </Link>
                  {count > 1 && <span className="muted"> · {count} times</span>}
                  {byRecordingOnly && (
                    <span className="muted"> · the same recording under another link</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {reading && reading.done < reading.of && (
            <p className="muted">
              Reading your playlists… {formatNumber(reading.done)} of {formatNumber(reading.of)}
            </p>
          )}
          {reading && reading.done === reading.of && reading.failed > 0 && (
            <p role="alert">
              {formatCount(reading.failed, 'playlist')} could not be read: try again.
            </p>
          )}
          <div className="form__actions">
            {result.unread.length > 0 && !(reading && reading.done < reading.of) && (
              <button
                type="button"
                className="button button--primary"
                onClick={() => void checkTheRest(result.unread)}
              >
                Check the rest ({formatNumber(result.unread.length)})
              </button>
            )}
            <DialogDismiss label="Close" onClick={onClose} />
          </div>
        </>
      )}
    </Dialog>
  );
}
