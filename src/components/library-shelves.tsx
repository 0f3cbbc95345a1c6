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
  /** The pressed chip; null when none is (everything shown). */
  value: Shelf | null;
  /** A press on the pressed chip gives null where `optional`, else nothing changes. */
  onChange: (shelf: Shelf | null) => void;
  optional?: boolean;
  label: string;
}

export function ShelfChips({ value, onChange, optional = false, label }: ShelfChipsProps) {
  return (
    <div className="shelf-chips" role="group" aria-label={label}>
      {SHELVES.map((shelf) => (
        <button
          key={shelf}
          type="button"
          className="shelf-chip"
          aria-pressed={value === shelf}
          onClick={() => {
            if (value !== shelf) onChange(shelf);
            else if (optional) onChange(null);
          }}
        >
          {SHELF_LABELS[shelf]}
        </button>
      ))}
    </div>
  );
}
