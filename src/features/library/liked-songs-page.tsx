import { RetryAlert } from '../../components/retry-alert';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { describeError } from '../../api/errors';
import { rowAt, wantRow } from '../../api/paged-stream';
import { useHasScopes } from '../../auth/scope-upgrade';
import { ErrorView } from '../../components/error-view';
import { PageLoading } from '../../components/page-loading';
import { ScopeNotice } from '../../components/scope-notice';
import { LoadProgress } from '../../components/track-list/load-progress';
import { useRowSelection } from '../../components/track-list/row-selection';
import { SelectionToolbar } from '../../components/track-list/selection-toolbar';
import { FindField } from '../../components/track-list/find-field';
import { TrackTable, type TrackTableProps } from '../../components/track-list/track-table';
import { useTrackView, type TrackView } from '../../components/track-list/use-track-view';
import type { TrackRow } from '../../components/track-list/track-row';
import { formatCount, formatLongDuration } from '../../lib/format';
import { BulkProgressText } from './bulk-progress';
import { libraryQueries, type LikedSongs } from './queries';
import { useBulkSave } from './save-mutations';

export interface LikedSongsSlots {
  /**
   * A row's buttons (the heart, Play from here, Add to queue, Add to playlist…), given
   * the rows in the order shown (a find or sort applied, or every song).
   */
  rowActions?: (row: TrackRow, tabIndex: number, rows: TrackRow[]) => React.ReactNode;
  /** Controls for the header (Play), given the songs in the order shown. */
  headerActions?: (rows: TrackRow[], total: number) => React.ReactNode;
  /** More for the selection (Add to playlist…). */
  selectionActions?: (rows: TrackRow[]) => React.ReactNode;
}

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
export function LikedSongsPage(slots: LikedSongsSlots) {
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
  return <LikedSongsList {...slots} />;
}

function LikedSongsList(slots: LikedSongsSlots) {
  const liked = useQuery(libraryQueries.likedSongs());
  if (liked.isPending)
    return (
      <Shell>
        <PageLoading label="Loading Liked Songs…" />
      </Shell>
    );
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
  return <LikedSongsLoaded liked={liked} {...slots} />;
}

function LikedSongsLoaded({
  liked,
  ...slots
}: { liked: UseQueryResult<LikedSongs> & { data: LikedSongs } } & LikedSongsSlots) {
  const data = liked.data;
  // A reload keeps the complete list on screen (refetchMode 'replace'): still complete.
  const complete = liked.isSuccess && !data.ahead && data.rows.length >= data.total;
  const view = useTrackView(data.rows);
  const onShowRow = useCallback(
    (row: number) => wantRow(libraryQueries.likedSongs().queryKey, row),
    [],
  );
  return (
    <Shell>
      <LikedHeader data={data} complete={complete}>
        {slots.headerActions?.(view.rows, data.total)}
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
      {data.total === 0 ? (
        <div className="empty-state">
          <h2>No Liked Songs yet</h2>
          <p>Press the heart (♡) on any song, here or in Spotify, and it shows up here.</p>
        </div>
      ) : (
        <LikedTable
          rows={data.rows}
          early={data.ahead && ((index) => rowAt(data, index))}
          onShowRow={onShowRow}
          view={view}
          total={data.total}
          complete={complete}
          {...slots}
        />
      )}
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

function LikedTable({
  rows,
  early,
  onShowRow,
  view,
  total,
  complete,
  rowActions,
  selectionActions,
}: {
  rows: TrackRow[];
  view: TrackView;
  total: number;
  complete: boolean;
} & Pick<TrackTableProps, 'early' | 'onShowRow'> &
  LikedSongsSlots) {
  // A song is saved once, so its URI names its row.
  const keys = useMemo(() => rows.map((row, i) => row.uri ?? `unknown-${i}`), [rows]);
  const selection = useRowSelection(rows, keys, view.indices);
  const viewing = view.indices !== null;
  const bulk = useBulkSave();
  const { selectedRows } = selection;
  return (
    <>
      {bulk.failure && (
        <RetryAlert message={bulk.failure.message} onRetry={bulk.retry} onDismiss={bulk.dismiss} />
      )}
      {selectedRows.length > 0 && (
        <SelectionToolbar
          count={selectedRows.length}
          actions={[
            {
              label: 'Remove from Liked Songs',
              onClick: () => bulk.run(selectedRows, false, true),
              enabled: !bulk.progress,
            },
          ]}
          extra={
            <>
              {selectionActions?.(selectedRows)}
              {bulk.progress && <BulkProgressText progress={bulk.progress} />}
            </>
          }
          onClear={selection.clear}
        />
      )}
      <FindField
        label="Find in Liked Songs"
        query={view.query}
        onQuery={view.setQuery}
        matches={view.filtered ? view.rows.length : null}
        searched={rows.length}
        complete={complete}
      />
      {view.filtered && view.rows.length === 0 && (
        <p className="empty-state">Nothing in Liked Songs matches “{view.query}”.</p>
      )}
      <TrackTable
        label="Liked Songs"
        total={viewing ? view.rows.length : complete ? rows.length : Math.max(rows.length, total)}
        rows={view.rows}
        isView={viewing}
        early={early}
        onShowRow={onShowRow}
        sorting={{ sort: view.sort, onSort: view.setSort }}
        rowActions={rowActions && ((row, tabIndex) => rowActions(row, tabIndex, view.rows))}
        editing={selection.tableEditing(complete)}
      />
    </>
  );
}
