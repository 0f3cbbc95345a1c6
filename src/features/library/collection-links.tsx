import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { CoverImage, pickImage } from '../../components/cover-image';
import { LibraryLink } from '../../components/library-link';
import type { Shelf } from '../../components/library-shelves';
import {
  collectionQueries,
  entryMeta,
  type CollectionEntry,
  type CollectionKind,
} from './collections';

/** What the sidebar asks for: its chip, filter, sort and width. */
export interface SidebarShelfOptions {
  shelf: Shelf | null;
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
  const { data } = useQuery(collectionQueries.list(kind));
  const { needle, sort, collapsed } = options;
  const shown = useMemo(
    () =>
      sorted(
        (data ?? []).filter(
          (entry) => !needle || `${entry.name} ${entry.byline}`.toLowerCase().includes(needle),
        ),
        sort,
      ),
    [data, needle, sort],
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

/**
 * Your Library's albums, artists and podcasts in the sidebar, after the playlists: all of
 * them with no chip pressed, one kind with its chip. Entries only: the sidebar's list
 * holds them, and a kind that fails to load is left out (its page says why).
 */
export function SidebarShelves({ options }: { options: SidebarShelfOptions }) {
  const { shelf } = options;
  const show = (kind: Shelf) => shelf === null || shelf === kind;
  return (
    <>
      {show('albums') && <Entries kind="albums" options={options} />}
      {show('artists') && <Entries kind="artists" options={options} />}
      {show('podcasts') && <Entries kind="shows" options={options} />}
    </>
  );
}
