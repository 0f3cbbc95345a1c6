import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '../../api/errors';
import { SEARCH_LIMIT, type SearchSection, type SearchType } from '../../api/search';
import { asRecord, readImages } from '../../domain/read-spotify';
import { catalogId } from '../../domain/spotify-uri';
import { itemRow } from '../../domain/track-row';
import { artistPath, SEARCH_FIELD_ID } from '../../components/catalog-links';
import { CoverImage, pickImage } from '../../components/cover-image';
import { ErrorView } from '../../components/error-view';
import { PageLoading } from '../../components/page-loading';
import { useTrackSlots } from '../../components/track-list/track-slots';
import { formatNumber } from '../../lib/format';
import { catalogQueries, readArtist, readRelease, SEARCH_TYPES } from './queries';
import { ReleaseCard } from './release-card';
import { SearchResultRow } from './search-result-row';
import './catalog.css';

/** A pause in typing this long searches; each keystroke before it starts the wait again. */
const TYPING_PAUSE_MS = 300;

const TITLES: Record<SearchType, string> = {
  track: 'Songs',
  artist: 'Artists',
  album: 'Albums',
  playlist: 'Playlists',
  show: 'Podcasts',
  episode: 'Episodes',
};

/**
 * Search Spotify: songs, artists, albums, playlists, podcasts and episodes as you type,
 * 10 of each at a time (Development Mode's most) with Show more. The query lives in the
 * address (?q=), so a search can be shared, reloaded and gone back to. Spotify's field
 * filters (artist:, album:, year:, isrc:, genre:) pass through as typed.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const [term, setTerm] = useState(params.get('q') ?? '');
  const field = useRef<HTMLInputElement>(null);

  // The address follows the typing after a pause (replacing, so Back leaves the search).
  useEffect(() => {
    if (term.trim() === q) return;
    const timer = setTimeout(
      () => setParams(term.trim() ? { q: term.trim() } : {}, { replace: true }),
      TYPING_PAUSE_MS,
    );
    return () => clearTimeout(timer);
  }, [term, q, setParams]);

  useEffect(() => field.current?.focus(), []);

  return (
    <main className="page" id="main">
      <title>{`${q ? `${q} · ` : ''}Search · Spotify Library Manager`}</title>
      <h1>Search</h1>
      <form
        role="search"
        aria-label="Search Spotify"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(term.trim() ? { q: term.trim() } : {}, { replace: true });
        }}
      >
        <label htmlFor={SEARCH_FIELD_ID} className="visually-hidden">
          Search Spotify
        </label>
        <input
          ref={field}
          id={SEARCH_FIELD_ID}
          type="search"
          className="search-form__input"
          placeholder="What do you want to listen to?"
          aria-keyshortcuts="Control+K"
          aria-describedby={`${SEARCH_FIELD_ID}-hint`}
          value={term}
          onChange={(event) => setTerm(event.target.value)}
        />
        <p id={`${SEARCH_FIELD_ID}-hint`} className="muted search-form__hint">
          Filters: artist:, album:, year: (or 1990-1999), isrc:, genre:
        </p>
      </form>
      {q ? <Results key={q} q={q} /> : null}
    </main>
  );
}

function Results({ q }: { q: string }) {
  const first = useQuery(catalogQueries.search(q));
  if (first.isPending) return <PageLoading label={`Searching for “${q}”…`} />;
  if (first.error)
    return (
      <ErrorView
        title="The search could not be done"
        message={describeError(first.error)}
        onRetry={() => void first.refetch()}
      />
    );
  const found = SEARCH_TYPES.filter((type) => (first.data.sections[type]?.total ?? 0) > 0);
  if (found.length === 0)
    return (
      <p className="empty-state" role="status">
        Nothing on Spotify matches “{q}”.
      </p>
    );
  return (
    <>
      <p className="visually-hidden" role="status">
        Results for “{q}”.
      </p>
      {found.map((type) => (
        <Section key={type} q={q} type={type} first={first.data.sections[type]!} />
      ))}
    </>
  );
}

function Section({ q, type, first }: { q: string; type: SearchType; first: SearchSection }) {
  const headingId = useId();
  const [pages, setPages] = useState(0);

  const more = useQueries({
    queries: Array.from({ length: pages }, (_, i) =>
      catalogQueries.search(q, [type], (i + 1) * SEARCH_LIMIT),
    ),
  });
  const items = first.items.concat(...more.map((page) => page.data?.sections[type]?.items ?? []));
  const last = more.at(-1);
  const hasMore = last ? !!last.data?.sections[type]?.more : first.more;
  const title = TITLES[type];
  return (
    <section className="catalog-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <SectionItems type={type} items={items} />
      {last?.error ? (
        <p role="alert">
          More could not be loaded: {describeError(last.error)}{' '}
          <button type="button" className="link-button" onClick={() => void last.refetch()}>
            Try again
          </button>
        </p>
      ) : (
        hasMore && (
          <button
            type="button"
            className="button"
            aria-disabled={last?.isPending || undefined}
            onClick={() => {
              if (!last?.isPending) setPages(pages + 1);
            }}
          >
            {last?.isPending ? (
              'Loading…'
            ) : (
              <>
                Show more <span className="visually-hidden">{title.toLowerCase()}</span>{' '}
                <span className="muted">({formatNumber(first.total - items.length)} left)</span>
              </>
            )}
          </button>
        )
      )}
    </section>
  );
}

function SectionItems({ type, items }: { type: SearchType; items: unknown[] }) {
  const { rowActions } = useTrackSlots();
  if (type === 'track' || type === 'episode') {
    // Entries Spotify sent nothing usable for are left out of results (they can be null).
    const rows = items.flatMap((item, i) => (item ? [itemRow(item, i)] : []));
    return (
      <ol className="search-rows" aria-label={TITLES[type]}>
        {rows.map((row, i) => (
          <SearchResultRow key={`${row.uri}-${i}`} row={row} rows={rows} rowActions={rowActions} />
        ))}
      </ol>
    );
  }
  return (
    <ul className="release-grid">
      {items.map((item, i) => {
        const card = cardOf(type, item);
        return card && <li key={i}>{card}</li>;
      })}
    </ul>
  );
}

function cardOf(type: SearchType, item: unknown): React.ReactNode {
  if (type === 'album') {
    const release = readRelease(item);
    return release && <ReleaseCard release={release} />;
  }
  if (type === 'artist') {
    const artist = readArtist(item);
    return (
      artist && (
        <NamedCard
          name={artist.name}
          to={artistPath(artist.id)}
          image={pickImage(artist.images, 300)}
          kind="Artist"
          round
        />
      )
    );
  }
  const record = asRecord(item);
  const name = typeof record?.name === 'string' ? record.name : '';
  const id = catalogId(record?.id);
  if (!record || !name || !id) return null;
  const image = pickImage(readImages(record.images), 300);
  if (type === 'playlist') {
    const owner = asRecord(record.owner);
    const by = typeof owner?.display_name === 'string' ? owner.display_name : null;
    return (
      <NamedCard name={name} to={`/playlists/${id}`} image={image} kind={by ? `By ${by}` : ''} />
    );
  }
  // Podcasts have no page here: the card opens the show on Spotify.
  return (
    <NamedCard
      name={name}
      href={`https://open.spotify.com/show/${id}`}
      image={image}
      kind="Podcast"
    />
  );
}

function NamedCard(props: {
  name: string;
  image: string | null;
  kind: string;
  to?: string;
  href?: string;
  round?: boolean;
}) {
  return (
    <article className="release-card">
      <CoverImage
        url={props.image}
        label={props.name}
        size={160}
        className={props.round ? 'cover--round' : ''}
      />
      <h3 className="release-card__name">
        {props.to ? (
          <Link to={props.to} className="release-card__link">
            {props.name}
          </Link>
        ) : (
          <a href={props.href} target="_blank" rel="noreferrer" className="release-card__link">
            {props.name}
          </a>
        )}
      </h3>
      {props.kind && <p className="release-card__meta muted">{props.kind}</p>}
    </article>
  );
}
