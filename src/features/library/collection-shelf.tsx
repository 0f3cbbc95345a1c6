import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { describeError } from '../../api/errors';
import { askForMoreScopes, useHasScopes } from '../../auth/scope-upgrade';
import { CoverImage, pickImage } from '../../components/cover-image';
import { ErrorView } from '../../components/error-view';
import { FilterField } from '../../components/filter-field';
import { PageLoading } from '../../components/page-loading';
import { formatCount, formatNumber } from '../../lib/format';
import {
  collectionQueries,
  COLLECTION_WORDS as WORDS,
  entryMeta,
  matchesEntry,
  type CollectionKind,
} from './collections';
import './collection-shelf.css';

/**
 * One shelf of Your Library on its page: saved albums, followed artists, or podcasts
 * (followed shows, then saved episodes), each with a filter, a count and its states.
 */
export function CollectionShelf({ shelf }: { shelf: 'albums' | 'artists' | 'podcasts' }) {
  const [filter, setFilter] = useState('');
  const needle = useDeferredValue(filter).trim().toLowerCase();
  if (shelf !== 'podcasts')
    return <Collection kind={shelf} filter={filter} needle={needle} onFilter={setFilter} />;
  return (
    <>
      <Collection kind="shows" filter={filter} needle={needle} onFilter={setFilter} />
      <h2>Your Episodes</h2>
      <SavedEpisodes needle={needle} />
    </>
  );
}

function SavedEpisodes({ needle }: { needle: string }) {
  // Saved episodes need a permission logins from before this app showed them lack.
  const allowed = useHasScopes('user-read-playback-position');
  const { pathname, search } = useLocation();
  if (!allowed)
    return (
      <div className="empty-state">
        <p>Spotify shows your saved episodes to apps you allow to see where you are in them.</p>
        <button
          type="button"
          className="button"
          onClick={() => void askForMoreScopes(pathname + search)}
        >
          Allow showing your episodes
        </button>
      </div>
    );
  return <Collection kind="episodes" needle={needle} />;
}

function Collection({
  kind,
  needle,
  filter,
  onFilter,
}: {
  kind: CollectionKind;
  needle: string;
  /** The filter's field, shown with the first list of the shelf. */
  filter?: string;
  onFilter?: (value: string) => void;
}) {
  const words = WORDS[kind];
  const { data, error, isPending, refetch, isRefetching } = useQuery(collectionQueries.list(kind));
  const shown = useMemo(
    () => (data ?? []).filter((entry) => matchesEntry(entry, needle)),
    [data, needle],
  );
  if (isPending) return <PageLoading label={`Loading ${words.list.toLowerCase()}…`} />;
  if (error && !data)
    return (
      <ErrorView
        title={`${words.list} could not be loaded`}
        message={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  const count = formatCount(data.length, words.one);
  return (
    <div className="collection">
      {onFilter && (
        <div className="filter">
          <FilterField
            label={`Filter ${words.list.toLowerCase()}`}
            value={filter ?? ''}
            onChange={onFilter}
            placeholder="Name or maker"
          />
        </div>
      )}
      <p className="muted" aria-live="polite">
        {needle ? `${formatNumber(shown.length)} of ${count}` : count}
        {isRefetching ? ' · updating…' : ''}
      </p>
      {data.length === 0 ? (
        <p className="empty-state">{words.empty}</p>
      ) : shown.length === 0 ? (
        <p className="empty-state">Nothing here matches “{needle}”.</p>
      ) : (
        <ul className="collection__list" aria-label={words.list}>
          {shown.map((entry) => (
            <li key={entry.id} className="collection__item">
              <CoverImage
                url={pickImage(entry.images, 60)}
                label={entry.name}
                size={56}
                className={kind === 'artists' ? 'cover--round' : undefined}
              />
              <span className="collection__text">
                <Link to={entry.path} className="collection__name">
                  {entry.name}
                </Link>
                <span className="muted">{entryMeta(kind, entry)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
