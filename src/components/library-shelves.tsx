/**
 * Your Library's kinds as filter chips (Playlists, Albums, Artists, Podcasts), on the
 * Playlists page and in the sidebar: toggle buttons, one pressed at a time.
 */
import './library-shelves.css';

export type Shelf = 'playlists' | 'albums' | 'artists' | 'podcasts';

export const SHELF_LABELS: Record<Shelf, string> = {
  playlists: 'Playlists',
  albums: 'Albums',
  artists: 'Artists',
  podcasts: 'Podcasts',
};

export const SHELVES = Object.keys(SHELF_LABELS) as Shelf[];

export const isShelf = (value: unknown): value is Shelf =>
  typeof value === 'string' && value in SHELF_LABELS;

interface ShelfChipsProps {
  /** The pressed chip. */
  value: Shelf;
  onChange: (shelf: Shelf) => void;
  label: string;
}

export function ShelfChips({ value, onChange, label }: ShelfChipsProps) {
  return (
    <div className="shelf-chips" role="group" aria-label={label}>
      {SHELVES.map((shelf) => (
        <button
          key={shelf}
          type="button"
          className="shelf-chip"
          aria-pressed={value === shelf}
          onClick={() => value !== shelf && onChange(shelf)}
        >
          {SHELF_LABELS[shelf]}
        </button>
      ))}
    </div>
  );
}
