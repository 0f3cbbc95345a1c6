import { useQuery } from '@tanstack/react-query';
import { Heart, PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { memo, useDeferredValue, useLayoutEffect, useMemo, useState } from 'react';
import { describeError } from '../../../api/errors';
import type { SimplifiedPlaylist } from '../../../api/spotify-types';
import { CoverImage, pickImage } from '../../../components/cover-image';
import { Dialog } from '../../../components/dialog';
import { FilterField } from '../../../components/filter-field';
import { LibraryLink } from '../../../components/library-link';
import { ShelfChips, type Shelf } from '../../../components/library-shelves';
import { carriesRows, readRowDrag } from '../../../components/track-list/row-drag';
import { undoHistory } from '../../../components/undo/undo-store';
import { canAddTo, DuplicateAsk, useAddRowsTo, type Ask } from '../edit/add-to-playlist';
import { ownerName } from '../playlist-owner';
import { playlistQueries } from '../queries';
import { LibraryResizer } from './library-resizer';
import { useLibraryPrefs, type LibrarySort } from './library-prefs';
import './your-library.css';

const ART = 44;
const ICON = 18;
const COLLAPSED_WIDTH = 76;

const SORT_LABELS: Record<LibrarySort, string> = {
  recent: 'Recents',
  name: 'Alphabetical',
  creator: 'Creator',
};

function sorted(playlists: SimplifiedPlaylist[], sort: LibrarySort): SimplifiedPlaylist[] {
  // Recents is Spotify's own order of /me/playlists (the latest followed or made first).
  if (sort === 'recent') return playlists;
  const byName = (a: SimplifiedPlaylist, b: SimplifiedPlaylist) => a.name.localeCompare(b.name);
  return [...playlists].sort(
    sort === 'name' ? byName : (a, b) => ownerName(a).localeCompare(ownerName(b)) || byName(a, b),
  );
}

/**
 * Your Library beside every signed-in page on wide screens: Liked Songs pinned, then your
 * playlists (cover, name, owner) with a filter and a sort, the open one marked. Rows dropped
 * on a playlist you can change are added to it (from the keyboard: a row's "Add to
 * playlist…"). It collapses to covers, and its width follows the separator beside it; both
 * are remembered.
 */
export function YourLibrary({
  userId,
  shelves,
}: {
  userId: string | null;
  /** Your Library's other kinds (albums, artists, podcasts) as list entries, composed by the app. */
  shelves?: (options: {
    shelf: Shelf;
    needle: string;
    sort: LibrarySort;
    collapsed: boolean;
  }) => React.ReactNode;
}) {
  const [prefs, setPrefs] = useLibraryPrefs();
  // One kind at a time, so a sort puts everything shown in one order.
  const [shelf, setShelf] = useState<Shelf>('playlists');
  const playlistsShown = shelf === 'playlists';
  const list = useQuery(playlistQueries.list());
  const [filter, setFilter] = useState('');
  const needle = useDeferredValue(filter).trim().toLowerCase();
  const collapsed = prefs.collapsed;
  // The page's frame (the toasts' centre) keeps clear of it: its width, for every rule.
  const shownWidth = collapsed ? COLLAPSED_WIDTH : prefs.width;
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--library-shown', `${shownWidth}px`);
    return () => void root.removeProperty('--library-shown');
  }, [shownWidth]);
  const shown = useMemo(
    () =>
      sorted(
        (list.data ?? []).filter(
          (p) => !needle || `${p.name} ${ownerName(p)}`.toLowerCase().includes(needle),
        ),
        prefs.sort,
      ),
    [list.data, needle, prefs.sort],
  );

  return (
    <aside className={`library${collapsed ? ' library--collapsed' : ''}`} aria-label="Your Library">
      <div className="library__head">
        <h2 className={collapsed ? 'visually-hidden' : 'library__title'}>Your Library</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={collapsed ? 'Expand Your Library' : 'Collapse Your Library'}
          title={collapsed ? 'Expand Your Library' : 'Collapse Your Library'}
          aria-expanded={!collapsed}
          onClick={() => setPrefs({ collapsed: !collapsed })}
        >
          {collapsed ? (
            <PanelLeftOpen size={ICON} aria-hidden="true" />
          ) : (
            <PanelLeftClose size={ICON} aria-hidden="true" />
          )}
        </button>
      </div>
      {!collapsed && shelves && (
        <ShelfChips label="Show in Your Library" value={shelf} onChange={setShelf} />
      )}
      {!collapsed && (
        <div className="library__tools">
          <FilterField
            label="Filter Your Library"
            labelHidden
            placeholder="Filter"
            value={filter}
            onChange={setFilter}
          />
          <select
            aria-label="Sort Your Library"
            value={prefs.sort}
            onChange={(event) => setPrefs({ sort: event.target.value as LibrarySort })}
          >
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      <ul className="library__list">
        {playlistsShown && (
          <li>
            <LibraryLink to="/liked" name="Liked Songs" meta="Pinned" collapsed={collapsed}>
              <span className="library__tile" aria-hidden="true">
                <Heart size={ICON} fill="currentColor" />
              </span>
            </LibraryLink>
          </li>
        )}
        {(playlistsShown ? shown : []).map((playlist) => (
          <LibraryPlaylist
            key={playlist.id}
            playlist={playlist}
            userId={userId}
            collapsed={collapsed}
          />
        ))}
        {shelves?.({ shelf, needle, sort: prefs.sort, collapsed })}
      </ul>
      {list.isPending && (
        <p className={collapsed ? 'visually-hidden' : 'library__status muted'} role="status">
          Loading your playlists…
        </p>
      )}
      {list.isError && (
        // Not an alert: the page beside it says what failed; this is the sidebar's own way on.
        <div className={collapsed ? 'visually-hidden' : 'library__status'}>
          <p>Your playlists could not be loaded: {describeError(list.error)}</p>
          <button type="button" className="button" onClick={() => void list.refetch()}>
            Try again
          </button>
        </div>
      )}
      {list.isSuccess && !collapsed && shown.length === 0 && (
        <p className="library__status muted">
          {needle ? `No playlist matches “${filter.trim()}”.` : 'No playlists yet.'}
        </p>
      )}
      {!collapsed && (
        <LibraryResizer width={prefs.width} onWidth={(width) => setPrefs({ width })} />
      )}
    </aside>
  );
}

const LibraryPlaylist = memo(function LibraryPlaylist({
  playlist,
  userId,
  collapsed,
}: {
  playlist: SimplifiedPlaylist;
  userId: string | null;
  collapsed: boolean;
}) {
  const link = (
    <LibraryLink
      to={`/playlists/${playlist.id}`}
      name={playlist.name}
      meta={`Playlist · ${ownerName(playlist)}`}
      collapsed={collapsed}
    >
      <CoverImage url={pickImage(playlist.images, ART)} label={playlist.name} size={ART} />
    </LibraryLink>
  );
  return canAddTo(playlist, userId) ? (
    <DropTarget playlist={playlist} userId={userId}>
      {link}
    </DropTarget>
  ) : (
    <li>{link}</li>
  );
});

/** A playlist rows can be dropped on: they are added at its end, asking first about duplicates. */
function DropTarget({
  playlist,
  userId,
  children,
}: {
  playlist: SimplifiedPlaylist;
  userId: string | null;
  children: React.ReactNode;
}) {
  const [over, setOver] = useState(false);
  const [ask, setAsk] = useState<{ ask: Ask; count: number } | null>(null);
  const addTo = useAddRowsTo(playlist, userId);
  const onDragOver = (event: React.DragEvent) => {
    if (!carriesRows(event.dataTransfer)) return;
    // Accepting the drop is what preventing the default means here.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: React.DragEvent) => {
    setOver(false);
    if (!carriesRows(event.dataTransfer)) return;
    event.preventDefault();
    const rows = readRowDrag(event.dataTransfer);
    if (rows.length === 0) return;
    void addTo(rows, {
      onChecking: () => undefined,
      onAsk: (found) => setAsk({ ask: found, count: rows.length }),
      onAdded: () => setAsk(null),
      onFailed: (message) => undoHistory.announce(message),
    });
  };
  return (
    <li
      className={over ? 'library__drop library__drop--over' : 'library__drop'}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {children}
      {ask && (
        <Dialog title={`Add to ${playlist.name}?`} onClose={() => setAsk(null)}>
          <DuplicateAsk ask={ask.ask} count={ask.count} onCancel={() => setAsk(null)} />
        </Dialog>
      )}
    </li>
  );
}
