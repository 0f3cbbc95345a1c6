import { useIsFetching, useQuery } from '@tanstack/react-query';
import { describeError, isNotFound } from '../../api/errors';
import { useCallback, useMemo } from 'react';
import { rowAt, wantRow } from '../../api/paged-stream';
import type { Paging, Playlist, PlaylistItem } from '../../api/spotify-types';
import { ErrorView } from '../../components/error-view';
import { PageLoading } from '../../components/page-loading';
import { LoadProgress } from '../../components/track-list/load-progress';
import { PlaylistHeader } from './details/playlist-header';
import { PlaylistItemsEditor } from './edit/playlist-items-editor';
import { useTrackSlots } from '../../components/track-list/track-slots';
import { useTrackView } from '../../components/track-list/use-track-view';
import { useRowsWithPendingChanges } from './edit/item-mutations';
import { embeddedRows, playlistQueries } from './queries';
import { useDeferredWhileLoading, useFirstInBackground } from '../../lib/background-render';

/**
 * One playlist. An unknown or malformed id is thrown to the route's boundary, which shows
 * the not-found page; other errors stay here with a retry. Row, selection and header
 * actions from other features come through the track slots (app/compose).
 */
export function PlaylistPage({ id, userId }: { id: string; userId: string | null }) {
  const detail = useQuery({ ...playlistQueries.detail(id), throwOnError: isNotFound });
  const playlist = useFirstInBackground(detail.data);
  // A failed background refetch keeps what is on screen; only a first load shows the error.
  if (detail.error && !detail.data) {
    return (
      <PageShell>
        <ErrorView
          title="This playlist could not be loaded"
          message={describeError(detail.error)}
          onRetry={() => void detail.refetch()}
        />
      </PageShell>
    );
  }
  if (!playlist)
    return (
      <PageShell>
        <PageLoading label="Loading playlist…" />
      </PageShell>
    );
  // Spotify embeds items only for the owner or a collaborator (Development Mode, 5.1).
  return playlist.items ? (
    <ReadablePlaylist playlist={playlist} embedded={playlist.items} userId={userId} />
  ) : (
    <HiddenItemsPlaylist playlist={playlist} />
  );
}

function PageShell({
  children,
  title = 'Playlist',
}: {
  children: React.ReactNode;
  title?: string;
}) {
  return (
    <main className="page" id="main">
      <title>{`${title} · Spotify Library Manager`}</title>
      {children}
    </main>
  );
}

/** Items are shared with the owner and collaborators only, so whoever reads them may edit them. */
function ReadablePlaylist({
  playlist,
  embedded,
  userId,
}: {
  playlist: Playlist;
  embedded: Paging<PlaylistItem>;
  userId: string | null;
}) {
  const detailFetching =
    useIsFetching({ queryKey: playlistQueries.detail(playlist.id).queryKey }) > 0;
  const itemsQuery = playlistQueries.items(playlist.id, playlist.snapshot_id, embedded.total);
  const items = useQuery(itemsQuery);
  const itemsKey = itemsQuery.queryKey;
  const onShowRow = useCallback((row: number) => wantRow(itemsKey, row), [itemsKey]);
  // Until the first items page arrives, the page the playlist itself carried is shown.
  const firstRows = useMemo(() => embeddedRows(playlist), [playlist]);
  // A cached version (written after a change) counts even when it is empty.
  const streamed =
    items.data && (items.data.rows.length > 0 || items.isSuccess) ? items.data : undefined;
  const total = streamed?.total ?? embedded.total;
  const settled = items.isSuccess && items.fetchStatus === 'idle';
  const latest = streamed?.rows ?? firstRows;
  const loaded = useDeferredWhileLoading(latest, !(settled && latest.length >= total));
  const complete = settled && loaded.length >= total;
  // What the page shows: Spotify's rows with the changes still queued applied, found and sorted.
  const rows = useRowsWithPendingChanges(playlist.id, loaded, userId);
  const view = useTrackView(rows);
  const totalDurationMs = complete
    ? rows.reduce((sum, row) => sum + (row.durationMs ?? 0), 0)
    : undefined;
  const { headerActions } = useTrackSlots();

  return (
    <PageShell title={playlist.name}>
      <PlaylistHeader playlist={playlist} total={total} totalDurationMs={totalDurationMs}>
        {headerActions?.({
          playlist,
          playable: total > 0,
          shown: { rows: view.rows, isView: view.indices !== null },
          total,
        })}
      </PlaylistHeader>
      {items.error && (
        <ErrorView
          title={loaded.length ? 'Some items could not be loaded' : 'The items could not be loaded'}
          message={describeError(items.error)}
          onRetry={() => void items.refetch()}
        />
      )}
      <LoadProgress
        loaded={loaded.length}
        total={total}
        complete={complete}
        noun="item"
        failed={!!items.error}
      />
      <PlaylistItemsEditor
        playlist={playlist}
        rows={rows}
        view={view}
        total={total}
        complete={complete}
        rereading={detailFetching}
        userId={userId}
        early={items.data?.ahead && ((index) => rowAt(items.data, index))}
        onShowRow={onShowRow}
      />
    </PageShell>
  );
}

function HiddenItemsPlaylist({ playlist }: { playlist: Playlist }) {
  const { headerActions } = useTrackSlots();
  const owner = playlist.owner?.display_name || playlist.owner?.id || 'its owner';
  // The user's playlist list still says how many items it has.
  const { data: total } = useQuery({
    ...playlistQueries.list(),
    select: (list) => list.find((p) => p.id === playlist.id)?.items?.total,
  });
  return (
    <PageShell title={playlist.name}>
      <PlaylistHeader playlist={playlist} total={total} totalDurationMs={undefined}>
        {headerActions?.({
          playlist,
          playable: false,
          shown: { rows: [], isView: false },
          total: total ?? 0,
        })}
      </PlaylistHeader>
      <section className="notice" aria-labelledby="hidden-items-heading">
        <h2 id="hidden-items-heading">Spotify does not share this playlist&apos;s items</h2>
        <p>
          Since February 2026 Spotify shows a playlist&apos;s items to apps only for its owner and
          collaborators. This playlist belongs to {owner}, so its songs can be seen in
          Spotify&apos;s own apps but not here.
        </p>
        {playlist.external_urls?.spotify && (
          <p>
            <a href={playlist.external_urls.spotify} target="_blank" rel="noreferrer">
              Open it in Spotify
            </a>
          </p>
        )}
      </section>
    </PageShell>
  );
}
