import { RetryAlert } from '../../components/retry-alert';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { describeError } from '../../api/errors';
import { rowAt, wantRow } from '../../api/paged-stream';
import { useHasScopes } from '../../auth/scope-upgrade';
import { useDeferredWhileLoading, useFirstInBackground } from '../../lib/background-render';
import { ErrorView } from '../../components/error-view';
import { PageLoading } from '../../components/page-loading';
import { ScopeNotice } from '../../components/scope-notice';
import { LoadProgress } from '../../components/track-list/load-progress';
import { useRowSelection } from '../../components/track-list/row-selection';
import { TrackListView } from '../../components/track-list/track-list-view';
import { useTrackSlots } from '../../components/track-list/track-slots';
import type { TrackTableProps } from '../../components/track-list/track-table';
import { useTrackView, type TrackView } from '../../components/track-list/use-track-view';
import { formatCount, formatLongDuration } from '../../lib/format';
import { BulkProgressText } from './bulk-progress';
import { libraryQueries, type LikedSongs } from './queries';
import { useBulkSave } from './save-mutations';
import '../../components/list-header.css';
import './liked-songs-page.css';

function Shell({ children }: { children: React.ReactNode }) {
  return (
    <main className="page" id="main">
      <title>Liked Songs · Spotify Library Manager</title>
      {children}
    </main>
  );
}

/**
 * Liked Songs, newest first: the first page at once, the rest in parallel, shown as they
 * come. A session without the library scopes gets an offer to allow them instead.
 */
export function LikedSongsPage() {
  const allowed = useHasScopes('user-library-read', 'user-library-modify');
  if (!allowed) {
    return (
      <Shell>
        <h1>Liked Songs</h1>
        <ScopeNotice title="Liked Songs needs one more permission" action="Allow Liked Songs">
          Your login is from before Liked Songs came to this app, so Spotify has not allowed it to
          read and change your saved songs yet. A new login asks for that; everything else keeps
          working meanwhile.
        </ScopeNotice>
      </Shell>
    );
  }
  return <LikedSongsList />;
}

function LikedSongsList() {
  const liked = useQuery(libraryQueries.likedSongs());
  const data = useFirstInBackground(liked.data);
  if (liked.error && !liked.data)
    return (
      <Shell>
        <h1>Liked Songs</h1>
        <ErrorView
          title="Liked Songs could not be loaded"
          message={describeError(liked.error)}
          onRetry={() => void liked.refetch()}
        />
      </Shell>
    );
  if (!data)
    return (
      <Shell>
        <PageLoading label="Loading Liked Songs…" />
      </Shell>
    );
  return <LikedSongsLoaded liked={liked} data={data} />;
}

function LikedSongsLoaded({
  liked,
  data: latest,
}: {
  liked: UseQueryResult<LikedSongs>;
  data: LikedSongs;
}) {
  // A reload keeps the complete list on screen (refetchMode 'replace'): still complete.
  const isComplete = (data: LikedSongs) =>
    liked.isSuccess && !data.ahead && data.rows.length >= data.total;
  const data = useDeferredWhileLoading(latest, !isComplete(latest));
  const complete = isComplete(data);
  const view = useTrackView(data.rows);
  const { headerActions } = useTrackSlots();
  const onShowRow = useCallback(
    (row: number) => wantRow(libraryQueries.likedSongs().queryKey, row),
    [],
  );
  return (
    <Shell>
      <LikedHeader data={data} complete={complete}>
        {headerActions?.({
          playable: data.total > 0,
          shown: { rows: view.rows, isView: view.indices !== null },
          total: data.total,
        })}
      </LikedHeader>
      {liked.error && (
        <ErrorView
          title="Some songs could not be loaded"
          message={describeError(liked.error)}
          onRetry={() => void liked.refetch()}
        />
      )}
      <LoadProgress
        loaded={data.rows.length}
        total={data.total}
        complete={complete}
        noun="song"
        failed={!!liked.error}
      />
      <LikedList
        data={data}
        view={view}
        complete={complete}
        early={data.ahead && ((index) => rowAt(data, index))}
        onShowRow={onShowRow}
      />
    </Shell>
  );
}

function LikedHeader({
  data,
  complete,
  children,
}: {
  data: LikedSongs;
  complete: boolean;
  children: React.ReactNode;
}) {
  const lengthMs = useMemo(
    () => (complete ? data.rows.reduce((sum, row) => sum + (row.durationMs ?? 0), 0) : null),
    [complete, data.rows],
  );
  return (
    <header className="playlist-header">
      <div className="liked-cover" aria-hidden="true">
        ♥
      </div>
      <div className="playlist-header__text">
        <p className="eyebrow">Your library</p>
        <h1>Liked Songs</h1>
        <p className="playlist-header__meta">
          <span>{formatCount(data.total, 'song')}</span>
          {data.total > 0 && (
            <span className="playlist-header__length">
              {lengthMs === null ? 'Length: …' : formatLongDuration(lengthMs)}
            </span>
          )}
        </p>
        {children}
      </div>
    </header>
  );
}

function LikedList({
  data,
  view,
  complete,
  early,
  onShowRow,
}: {
  data: LikedSongs;
  view: TrackView;
  complete: boolean;
} & Pick<TrackTableProps, 'early' | 'onShowRow'>) {
  const { rows } = data;
  // A song is saved once, so its URI names its row.
  const keys = useMemo(() => rows.map((row, i) => row.uri ?? `unknown-${i}`), [rows]);
  const selection = useRowSelection(rows, keys, view.indices);
  const bulk = useBulkSave();
  return (
    <TrackListView
      name="Liked Songs"
      label="Liked Songs"
      rows={rows}
      total={data.total}
      complete={complete}
      view={view}
      selection={selection}
      early={early}
      onShowRow={onShowRow}
      withoutAddedBy
      alerts={
        bulk.failure && (
          <RetryAlert
            message={bulk.failure.message}
            onRetry={bulk.retry}
            onDismiss={bulk.dismiss}
          />
        )
      }
      selectionActions={[
        {
          label: 'Remove from Liked Songs',
          onClick: () => bulk.run(selection.selectedRows, false, true),
          enabled: !bulk.progress,
        },
      ]}
      selectionExtra={bulk.progress && <BulkProgressText progress={bulk.progress} />}
      empty={
        <div className="empty-state">
          <h2>No Liked Songs yet</h2>
          <p>Press the heart (♡) on any song, here or in Spotify, and it shows up here.</p>
        </div>
      }
    />
  );
}
