import { BylineLinks } from '../../components/catalog-links';
import { useInfiniteQuery } from '@tanstack/react-query';
import { describeError } from '../../api/errors';
import { CoverImage } from '../../components/cover-image';
import { ErrorView } from '../../components/error-view';
import { PageLoading } from '../../components/page-loading';
import { formatDateTime } from '../../lib/format';
import { useTrackSlots } from '../../components/track-list/track-slots';
import { ContextLink } from './context-link';
import { RowPlayActions, useRowPlayer } from './play-buttons';
import { playerQueries } from './queries';
import './recently-played-page.css';

const playAlone = (uri: string, title: string) => ({ uri, title, list: () => ({ uris: [uri] }) });

/** Tracks played lately, newest first, with when and from where, each playable; cursor-paged. */
export function RecentlyPlayedPage() {
  const history = useInfiniteQuery(playerQueries.recentlyPlayed());
  const slots = useTrackSlots();
  const player = useRowPlayer();
  const plays = history.data?.pages.flatMap((page) => page.plays) ?? [];
  return (
    <main className="page page--narrow" id="main">
      <title>Recently played · Spotify Library Manager</title>
      <h1>Recently played</h1>
      {history.isPending ? (
        <PageLoading label="Loading what you played…" />
      ) : history.error && plays.length === 0 ? (
        <ErrorView
          title="Your history could not be loaded"
          message={describeError(history.error)}
          onRetry={() => void history.refetch()}
        />
      ) : plays.length === 0 ? (
        <div className="empty-state">
          <h2>Nothing played recently</h2>
          <p>Songs you play in Spotify show up here once they finish or you skip them.</p>
        </div>
      ) : (
        <>
          <ol className="history" aria-label="Recently played tracks">
            {plays.map((play) => (
              <li key={`${play.playedAt}-${play.row.uri}`} className="history__item">
                <CoverImage url={play.row.imageUrl} label={play.row.title} size={48} />
                <span className="history__text">
                  <span className="history__title">{play.row.title}</span>
                  <span className="muted">
                    <BylineLinks row={play.row} /> ·{' '}
                    <time dateTime={play.playedAt}>{formatDateTime(play.playedAt)}</time>{' '}
                    <ContextLink context={play.context} prefix="from" />
                  </span>
                </span>
                {slots.heart?.(play.row)}
                {play.row.uri && play.row.kind !== 'local' && play.row.kind !== 'unavailable' && (
                  <RowPlayActions
                    title={play.row.title}
                    tabIndex={0}
                    // The song again, on its own: Spotify's history gives no position in its context.
                    play={() => player.play(playAlone(play.row.uri!, play.row.title))}
                    queue={() => player.queue({ uri: play.row.uri!, title: play.row.title })}
                  />
                )}
              </li>
            ))}
          </ol>
          {history.error && <p role="alert">{describeError(history.error)}</p>}
          {history.hasNextPage ? (
            <button
              type="button"
              className="button"
              onClick={() => void history.fetchNextPage()}
              disabled={history.isFetchingNextPage}
            >
              {history.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          ) : (
            <p className="muted">That is everything Spotify keeps (about your last 50 plays).</p>
          )}
        </>
      )}
    </main>
  );
}
