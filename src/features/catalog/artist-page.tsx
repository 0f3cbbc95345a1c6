import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { describeError } from '../../api/errors';
import { CoverImage, pickImage } from '../../components/cover-image';
import { ErrorView } from '../../components/error-view';
import { PageLoading } from '../../components/page-loading';
import { formatNumber } from '../../lib/format';
import { catalogQueries, type ArtistInfo, type ReleaseGroup } from './queries';
import { CatalogPage } from './catalog-page';
import { ReleaseCard } from './release-card';

/** The sections of an artist's page, in Spotify's order. */
const SECTIONS: { group: ReleaseGroup; title: string }[] = [
  { group: 'album', title: 'Albums' },
  { group: 'single', title: 'Singles and EPs' },
  { group: 'compilation', title: 'Compilations' },
  { group: 'appears_on', title: 'Appears on' },
];

interface ArtistPageProps {
  id: string;
  /** Play and Follow, from the player and the library (composed in app/routes). */
  actions: (artist: ArtistInfo) => React.ReactNode;
}

/**
 * An artist: picture, name, genres when Spotify has any, Play and Follow, then their
 * releases by kind, 10 at a time with "Show more". Development Mode removed top tracks
 * and related artists, so the page has none rather than something made up.
 */
export function ArtistPage({ id, actions }: ArtistPageProps) {
  const client = useQueryClient();
  // The releases are asked for with the artist, not after it: one round trip, not two.
  useEffect(() => {
    for (const { group } of SECTIONS)
      void client.prefetchInfiniteQuery(catalogQueries.releases(id, group));
  }, [client, id]);
  return (
    <CatalogPage noun="artist" query={useQuery(catalogQueries.artist(id))}>
      {(artist) => (
        <>
          <header className="playlist-header catalog-header">
            <CoverImage
              url={pickImage(artist.images, 300)}
              label={artist.name}
              size={192}
              className="cover--round"
            />
            <div className="playlist-header__text">
              <p className="eyebrow">Artist</p>
              <h1>{artist.name}</h1>
              {artist.genres.length > 0 && (
                <p className="playlist-header__meta">{artist.genres.join(', ')}</p>
              )}
              <div className="playlist-header__actions">{actions(artist)}</div>
            </div>
          </header>
          <AllReleases artistId={id} />
        </>
      )}
    </CatalogPage>
  );
}

/**
 * The release sections appear together, once every kind's first page has come (they are
 * asked for at once): sections arriving one by one, and kinds with none dropping out, moved
 * the ones below them (layout shift 0.1-0.4 on a phone).
 */
function AllReleases({ artistId }: { artistId: string }) {
  const client = useQueryClient();
  const ready = useQuery({
    queryKey: [...catalogQueries.artist(artistId).queryKey, 'releases-ready'],
    // Failures are each section's to show (with Try again): this only waits for them.
    queryFn: () =>
      Promise.allSettled(
        SECTIONS.map(({ group }) =>
          client.ensureInfiniteQueryData(catalogQueries.releases(artistId, group)),
        ),
      ).then(() => true),
    staleTime: Infinity,
  });
  if (!ready.data) return <PageLoading label="Loading releases…" />;
  return SECTIONS.map(({ group, title }) => (
    <Releases key={group} artistId={artistId} group={group} title={title} />
  ));
}

function Releases({
  artistId,
  group,
  title,
}: {
  artistId: string;
  group: ReleaseGroup;
  title: string;
}) {
  const headingId = useId();
  const releases = useInfiniteQuery(catalogQueries.releases(artistId, group));
  const shown = releases.data?.pages.flatMap((page) => page.releases) ?? [];
  const total = releases.data?.pages[0]?.total ?? 0;
  // A kind the artist has none of is left out once Spotify has said so.
  if (releases.isSuccess && total === 0) return null;
  return (
    <section className="catalog-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {releases.isPending ? (
        <PageLoading label={`Loading ${title.toLowerCase()}…`} />
      ) : releases.error && shown.length === 0 ? (
        <ErrorView
          title={`${title} could not be loaded`}
          message={describeError(releases.error)}
          onRetry={() => void releases.refetch()}
        />
      ) : (
        <>
          <ul className="release-grid">
            {shown.map((release) => (
              <li key={release.id}>
                <ReleaseCard release={release} />
              </li>
            ))}
          </ul>
          {releases.error && (
            <p role="alert">
              More could not be loaded: {describeError(releases.error)}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void releases.fetchNextPage()}
              >
                Try again
              </button>
            </p>
          )}
          {releases.hasNextPage && !releases.error && (
            <button
              type="button"
              className="button"
              aria-disabled={releases.isFetchingNextPage || undefined}
              onClick={() => {
                if (!releases.isFetchingNextPage) void releases.fetchNextPage();
              }}
            >
              {releases.isFetchingNextPage ? (
                'Loading…'
              ) : (
                <>
                  Show more <span className="visually-hidden">{title.toLowerCase()}</span>{' '}
                  <span className="muted">({formatNumber(total - shown.length)} left)</span>
                </>
              )}
            </button>
          )}
        </>
      )}
    </section>
  );
}
