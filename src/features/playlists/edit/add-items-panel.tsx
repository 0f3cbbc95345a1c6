import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describeError } from '../../../api/errors';
import { ErrorView } from '../../../components/error-view';
import { formatDuration } from '../../../lib/format';
import { useOnePress } from '../../../lib/use-one-press';
import type { TrackRow } from '../../../domain/track-row';
import { useTrackSlots } from '../../../components/track-list/track-slots';
import { searchQueries } from './search-queries';
import './add-items-panel.css';

interface AddItemsPanelProps {
  playlistName: string;
  itemCount: number;
  /** Why adding is not possible right now (items still loading), or null. */
  disabledReason: string | null;
  /** Adds at a 0-based position, or at the end for null. */
  /** Settles when the add has (a second press on the same song waits for it). */
  onAdd: (rows: TrackRow[], position: number | null) => Promise<void>;
  onClose: () => void;
}

/**
 * Search Spotify for songs and episodes and add them, at the end or at a position.
 * Ten of each per request (Spotify's maximum); "More results" asks for the next ten.
 * After an add at a position the position moves on, so several adds keep their order.
 */
export function AddItemsPanel({
  playlistName,
  itemCount,
  disabledReason,
  onAdd,
  onClose,
}: AddItemsPanelProps) {
  const [term, setTerm] = useState('');
  const slots = useTrackSlots();
  const [query, setQuery] = useState('');
  const [where, setWhere] = useState<'end' | 'position'>('end');
  const [position, setPosition] = useState('1');
  const headingId = useId();
  const searchId = useId();
  const reasonId = useId();
  const search = useInfiniteQuery({ ...searchQueries.tracksAndEpisodes(query), enabled: !!query });
  const pages = search.data?.pages ?? [];
  const tracks = pages.flatMap((page) => page.tracks);
  const episodes = pages.flatMap((page) => page.episodes);
  const chosen = Math.min(Math.max(1, Math.round(Number(position)) || 1), itemCount + 1);

  const { press, busy } = useOnePress();
  const add = (row: TrackRow) =>
    press(row.uri ?? row.title, () => {
      if (where === 'end') return onAdd([row], null);
      setPosition(String(chosen + 1));
      return onAdd([row], chosen - 1);
    });

  const results = (title: string, rows: TrackRow[]) =>
    rows.length > 0 && (
      <section aria-label={title}>
        <h3>{title}</h3>
        <ul className="search-results">
          {rows.map((row, i) => (
            <li key={`${row.uri}-${i}`} className="search-result">
              <span className="search-result__text">
                <span className="search-result__title">{row.title}</span>
                <span className="muted">
                  {row.byline}
                  {row.durationMs !== null && ` · ${formatDuration(row.durationMs)}`}
                </span>
              </span>
              {slots.heart?.(row)}
              <button
                type="button"
                className="button"
                aria-label={`Add ${row.title}`}
                aria-describedby={disabledReason ? reasonId : undefined}
                disabled={!!disabledReason}
                aria-disabled={busy(row.uri ?? row.title) || undefined}
                onClick={() => add(row)}
              >
                Add
              </button>
            </li>
          ))}
        </ul>
      </section>
    );

  return (
    <section className="add-panel" aria-labelledby={headingId}>
      <div className="add-panel__head">
        <h2 id={headingId}>Add to {playlistName}</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <form
        role="search"
        // Named, as the list's Find landmark is: two search landmarks need two names.
        aria-label="Search Spotify"
        className="add-panel__search"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(term.trim());
        }}
      >
        <label htmlFor={searchId}>Search songs and episodes</label>
        <input
          id={searchId}
          type="search"
          value={term}
          onChange={(event) => setTerm(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          Search
        </button>
      </form>
      <fieldset className="choices choices--inline">
        <legend>Add to</legend>
        <label className="choice">
          <input type="radio" checked={where === 'end'} onChange={() => setWhere('end')} />
          The end
        </label>
        <label className="choice">
          <input
            type="radio"
            checked={where === 'position'}
            onChange={() => setWhere('position')}
          />
          Position
        </label>
        <input
          type="number"
          aria-label="Position to add at"
          min={1}
          max={itemCount + 1}
          value={position}
          disabled={where !== 'position'}
          onChange={(event) => setPosition(event.target.value)}
        />
      </fieldset>
      {disabledReason && (
        <p id={reasonId} className="muted">
          {disabledReason}
        </p>
      )}
      {search.isPending && query && <p role="status">Searching…</p>}
      {search.isError && !search.data && (
        <ErrorView
          title="Search failed"
          message={describeError(search.error)}
          onRetry={() => void search.refetch()}
        />
      )}
      {search.isSuccess && tracks.length + episodes.length === 0 && (
        <p role="status">Nothing on Spotify matches “{query}”.</p>
      )}
      {results('Songs', tracks)}
      {results('Episodes', episodes)}
      {search.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={search.isFetchingNextPage}
          onClick={() => void search.fetchNextPage()}
        >
          {search.isFetchingNextPage ? 'Loading more…' : 'More results'}
        </button>
      )}
      {search.isFetchNextPageError && (
        <p role="alert" className="form-error">
          More results could not be loaded: {describeError(search.error)}
        </p>
      )}
    </section>
  );
}
