import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { CoverImage, pickImage } from '../../components/cover-image';
import { LibraryLink } from '../../components/library-link';
import type { Shelf } from '../../components/library-shelves';
import {
  collectionQueries,
  COLLECTION_WORDS,
  entryMeta,
  matchesEntry,
  type CollectionEntry,
  type CollectionKind,
} from './collections';

/** What the sidebar asks for: its chip, filter, sort and width. */
export interface SidebarShelfOptions {
  shelf: Shelf;
  needle: string;
  sort: 'recent' | 'name' | 'creator';
  collapsed: boolean;
}

const ART = 44;

function sorted(entries: CollectionEntry[], sort: SidebarShelfOptions['sort']) {
  // Recents is Spotify's own order: the last saved or followed first.
  if (sort === 'recent') return entries;
  const byName = (a: CollectionEntry, b: CollectionEntry) => a.name.localeCompare(b.name);
  return [...entries].sort(
    sort === 'name' ? byName : (a, b) => a.byline.localeCompare(b.byline) || byName(a, b),
  );
}

function Entries({ kind, options }: { kind: CollectionKind; options: SidebarShelfOptions }) {
  const { data, isPending, isError } = useQuery(collectionQueries.list(kind));
  const { needle, sort, collapsed } = options;
  const shown = useMemo(
    () =>
      sorted(
        (data ?? []).filter((entry) => matchesEntry(entry, needle)),
        sort,
      ),
    [data, needle, sort],
  );
  const words = COLLECTION_WORDS[kind];
  const status = isPending
    ? `Loading ${words.list.toLowerCase()}…`
    : isError
      ? `${words.list} could not be loaded.`
      : shown.length === 0
        ? needle
          ? `Nothing here matches “${needle}”.`
          : words.empty
        : null;
  if (status)
    return (
      <li>
        <p className={collapsed ? 'visually-hidden' : 'library__status muted'} role="status">
          {status}
        </p>
      </li>
    );
  return shown.map((entry) => (
    <li key={entry.uri}>
      <LibraryLink
        to={entry.path}
        name={entry.name}
        meta={entryMeta(kind, entry)}
        collapsed={collapsed}
      >
        <CoverImage
          url={pickImage(entry.images, ART)}
          label={entry.name}
          size={ART}
          className={kind === 'artists' ? 'cover--round' : undefined}
        />
      </LibraryLink>
    </li>
  ));
}

/** The sidebar's kinds beside playlists, by the collection each lists. */
const KINDS: Partial<Record<Shelf, CollectionKind>> = {
  albums: 'albums',
  artists: 'artists',
  podcasts: 'shows',
};

/**
 * Your Library's albums, artists or podcasts in the sidebar, when its chip is pressed.
 * Entries only: the sidebar's list holds them. While one loads or if it fails, the list
 * says so in words the page repeats.
 */
export function SidebarShelves({ options }: { options: SidebarShelfOptions }) {
  const kind = KINDS[options.shelf];
  return kind ? <Entries kind={kind} options={options} /> : null;
}
