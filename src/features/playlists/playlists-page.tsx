import { useQuery } from '@tanstack/react-query';
import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { describeError } from '../../api/errors';
import type { SimplifiedPlaylist } from '../../api/spotify-types';
import { CoverImage, pickImage } from '../../components/cover-image';
import { ErrorView } from '../../components/error-view';
import { PageLoading } from '../../components/page-loading';
import { descriptionText } from '../../lib/description';
import { formatCount, formatNumber } from '../../lib/format';
import { PlaylistBadges } from './details/playlist-badges';
import { ownerName } from './playlist-owner';
import { playlistQueries } from './queries';
import './playlists-page.css';

/** Your Library's other shelves (albums, artists, podcasts), composed by the route. */
interface Shelves {
  /** The filter chips, under the heading. */
  chips: React.ReactNode;
  /** The shelf shown instead of the playlists, with its heading; null for the playlists. */
  shown: { heading: string; content: React.ReactNode } | null;
}

export function PlaylistsPage({
  currentUserId,
  actions,
  shelves,
}: {
  currentUserId: string | undefined;
  actions?: React.ReactNode;
  shelves?: Shelves;
}) {
  const {
    data: playlists,
    error,
    isPending,
    refetch,
    isRefetching,
  } = useQuery(playlistQueries.list());
  // The list renders in a transition, which React splits into short tasks: rendered with
  // the query's answer, it was one task of 240 ms on a phone (4x CPU). Meanwhile (a few
  // frames) the heading, filter and count are up and the list's place is empty.
  const listed = useDeferredValue(playlists ?? null, null);
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const filterId = useId();
  // Set by "Remove from Your Library" on the way here.
  const removed = (useLocation().state as { removed?: string } | null)?.removed;

  const shown = useMemo(() => {
    const needle = deferredFilter.trim().toLowerCase();
    if (!listed || !needle) return listed ?? [];
    return listed.filter((p) =>
      [p.name, ownerName(p), descriptionText(p.description)].some((text) =>
        text.toLowerCase().includes(needle),
      ),
    );
  }, [listed, deferredFilter]);

  const heading = shelves?.shown?.heading ?? 'Playlists';
  return (
    <main className="page" id="main">
      <title>{`${heading} · Spotify Library Manager`}</title>
      <div className="page-header">
        <h1>{heading}</h1>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
      {removed && (
        <p className="notice" role="status">
          Removed “{removed}” from Your Library.
        </p>
      )}
      {shelves?.chips}
      {shelves?.shown ? (
        shelves.shown.content
      ) : isPending ? (
        <PageLoading label="Loading your playlists…" />
      ) : error && !playlists ? (
        <ErrorView
          title="Your playlists could not be loaded"
          message={describeError(error)}
          onRetry={() => void refetch()}
        />
      ) : playlists.length === 0 ? (
        <div className="empty-state">
          <h2>No playlists yet</h2>
          <p>Playlists you create or follow in Spotify show up here.</p>
        </div>
      ) : (
        <>
          <div className="filter">
            <label htmlFor={filterId}>Filter playlists</label>
            <input
              id={filterId}
              type="search"
              className="text-input"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              placeholder="Name, owner or description"
            />
            <p className="muted" aria-live="polite">
              {filter.trim()
                ? `${formatCount(shown.length, 'playlist')} of ${formatNumber(playlists.length)} ${shown.length === 1 ? 'matches' : 'match'}`
                : formatCount(playlists.length, 'playlist')}
              {isRefetching ? ' · updating…' : ''}
            </p>
          </div>
          {!listed ? null : shown.length === 0 ? (
            <p className="empty-state">
              No playlists match “{filter.trim()}”. Try another word or clear the filter.
            </p>
          ) : (
            <ul className="playlist-list" aria-label="Your playlists">
              {shown.map((playlist) => (
                <PlaylistItem key={playlist.id} playlist={playlist} currentUserId={currentUserId} />
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}

/** One playlist of the list; memoized: typing in the filter or a refetch leaves it as it is. */
const PlaylistItem = memo(function PlaylistItem({
  playlist,
  currentUserId,
}: {
  playlist: SimplifiedPlaylist;
  currentUserId: string | undefined;
}) {
  return (
    <li className="playlist-list__item">
      <CoverImage url={pickImage(playlist.images, 60)} label={playlist.name} size={56} />
      <div className="playlist-list__text">
        <Link to={`/playlists/${playlist.id}`} className="playlist-list__name">
          {playlist.name}
        </Link>
        <span className="muted">
          {ownerName(playlist)}
          {playlist.items ? ` · ${formatCount(playlist.items.total, 'item')}` : ''}
        </span>
      </div>
      <PlaylistBadges playlist={playlist} currentUserId={currentUserId} />
    </li>
  );
});

/** How many playlists the user owns and follows, for the profile. */
export function PlaylistCounts({ userId }: { userId: string }) {
  const { data: playlists, isPending, error } = useQuery(playlistQueries.list());
  if (isPending) return <p className="muted">Counting playlists…</p>;
  if (error) return <p className="muted">Playlist counts are unavailable right now.</p>;
  const owned = playlists.filter((p) => p.owner?.id === userId).length;
  return (
    <dl className="stats">
      <div>
        <dt>Playlists you own</dt>
        <dd>{formatNumber(owned)}</dd>
      </div>
      <div>
        <dt>Playlists you follow</dt>
        <dd>{formatNumber(playlists.length - owned)}</dd>
      </div>
    </dl>
  );
}
