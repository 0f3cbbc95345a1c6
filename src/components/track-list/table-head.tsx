import type { TableEditing } from './sortable-rows';
import { nextSort, type SortColumn, type SortSpec } from './track-view';

const COLUMN_NAMES: Record<SortColumn, string> = {
  title: 'Title',
  artist: 'Artist',
  album: 'Album',
  added: 'Date added',
  addedBy: 'Added by',
  length: 'Length',
};

export type Sorting = { sort: SortSpec | null; onSort: (sort: SortSpec | null) => void };

/** A column header; with sorting, one button per column it holds (title and artist share one). */
function Header({
  columns,
  className,
  sorting,
}: {
  columns: SortColumn[];
  className?: string;
  sorting?: Sorting;
}) {
  const sort = sorting?.sort;
  const current = sort && columns.includes(sort.column) ? sort.direction : undefined;
  return (
    <span role="columnheader" className={className} aria-sort={current}>
      {sorting
        ? columns.map((column) => (
            <button
              key={column}
              type="button"
              className={`column-sort${sort?.column === column ? ' column-sort--active' : ''}`}
              onClick={() => sorting.onSort(nextSort(sort ?? null, column))}
            >
              {COLUMN_NAMES[column]}
              <span aria-hidden="true">
                {sort?.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
              </span>
            </button>
          ))
        : COLUMN_NAMES[columns[0]!]}
    </span>
  );
}

/** The grid's header row: Select all, the columns (sort buttons), and room for the actions. */
export function TableHead({
  editing,
  sorting,
  withActions,
  withAddedBy,
  withAlbum,
}: {
  editing?: TableEditing;
  sorting?: Sorting;
  withActions: boolean;
  withAddedBy: boolean;
  withAlbum: boolean;
}) {
  return (
    <div role="rowgroup" className="items-table__head">
      <div role="row" aria-rowindex={1} className="items-row items-row--head">
        {editing && (
          <span role="columnheader">
            <label className="items-row__hit">
              <input
                type="checkbox"
                aria-label="Select all"
                disabled={!editing.ready}
                checked={editing.allSelected}
                onChange={(event) => editing.onSelectAll(event.target.checked)}
              />
            </label>
          </span>
        )}
        {editing?.onDrop && (
          <span role="columnheader">
            <span className="visually-hidden">Move</span>
          </span>
        )}
        <span role="columnheader" className="items-row__position">
          #
        </span>
        <Header columns={['title', 'artist']} sorting={sorting} />
        {withAlbum && <Header columns={['album']} className="items-row__album" sorting={sorting} />}
        <Header columns={['added']} className="items-row__added" sorting={sorting} />
        {withAddedBy && (
          <Header columns={['addedBy']} className="items-row__by" sorting={sorting} />
        )}
        <Header columns={['length']} className="items-row__duration" sorting={sorting} />
        {withActions && (
          <span role="columnheader">
            <span className="visually-hidden">Actions</span>
          </span>
        )}
      </div>
    </div>
  );
}
