/**
 * Artist, album and show names as links to their pages, wherever a song or an episode is
 * named: rows, the player, the queue, history and search results. Names without an id (local files) stay
 * text. Plain `<a href>` marked `data-route`: a plain click is routed in the page by one
 * listener (app/in-page-links.ts), middle-click and Ctrl+click open a new tab as links do.
 * Not react-router's Link: each Link runs several router hooks, and a list has hundreds of
 * these names (the unit suite's list tests ran about 40% longer with Links).
 */
import { Fragment } from 'react';
import type { ArtistRef, TrackRow } from '../domain/track-row';
import './catalog-links.css';

export const artistPath = (id: string) => `/artist/${id}`;
export const albumPath = (id: string) => `/album/${id}`;
export const showPath = (id: string) => `/show/${id}`;
export const SEARCH_PATH = '/search';
/** The search page's field: Ctrl+K focuses it from anywhere (app/search-shortcut.ts). */
export const SEARCH_FIELD_ID = 'search-spotify';

interface LinkOptions {
  /** -1 inside a grid row that is not the active one (the grid's roving Tab stop). */
  tabIndex?: number;
}

/** "A, B" with each artist that has an id a link; `fallback` when there are none. */
export function ArtistLinks({
  artists,
  fallback = '',
  tabIndex,
}: { artists: readonly ArtistRef[] | undefined; fallback?: string } & LinkOptions) {
  if (!artists?.length) return <>{fallback}</>;
  return (
    <>
      {artists.map((artist, i) => (
        <Fragment key={`${artist.id ?? ''}${i}`}>
          {i > 0 && ', '}
          {artist.id ? (
            <a className="catalog-link" href={artistPath(artist.id)} data-route tabIndex={tabIndex}>
              {artist.name}
            </a>
          ) : (
            artist.name
          )}
        </Fragment>
      ))}
    </>
  );
}

/** The album's name, a link when it has an id. */
export function AlbumLink({
  id,
  name,
  tabIndex,
}: { id: string | null | undefined; name: string } & LinkOptions) {
  if (!id || !name) return <>{name}</>;
  return (
    <a className="catalog-link" href={albumPath(id)} data-route tabIndex={tabIndex}>
      {name}
    </a>
  );
}

/** A row's byline: a song's artists, an episode's show, each a link when it has an id. */
export function BylineLinks({
  row,
  tabIndex,
}: { row: Pick<TrackRow, 'artists' | 'byline' | 'showId'> } & LinkOptions) {
  if (row.showId)
    return (
      <a className="catalog-link" href={showPath(row.showId)} data-route tabIndex={tabIndex}>
        {row.byline}
      </a>
    );
  return <ArtistLinks artists={row.artists} fallback={row.byline} tabIndex={tabIndex} />;
}
