import { useId, useState } from 'react';
import type { MergeCandidate } from './merge-dialog';
import { FilterField } from '../../components/filter-field';
import { MergeOrder } from './merge-order';
import './merge-fields.css';

export type Target = { kind: 'new'; name: string } | { kind: 'existing'; id: string };

/**
 * What to merge and into what (a new playlist by name, or one of yours): the playlists
 * found by name and ticked, merged in the order they were ticked, which can be changed.
 */
export function MergeFields({
  playlists,
  editable,
  sources,
  onSources,
  target,
  onTarget,
  disabled,
}: {
  playlists: MergeCandidate[];
  editable: MergeCandidate[];
  /** The chosen playlists' ids, in merge order. */
  sources: string[];
  onSources: (sources: string[]) => void;
  target: Target;
  onTarget: (target: Target) => void;
  disabled: boolean;
}) {
  const nameId = useId();
  const targetId = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const found = playlists.filter((p) => p.name.toLowerCase().includes(needle));
  const chosen = sources
    .map((id) => playlists.find((p) => p.id === id))
    .filter((p) => p !== undefined);
  return (
    <>
      <fieldset disabled={disabled}>
        <legend>Playlists to merge</legend>
        <FilterField label="Find a playlist" value={filter} onChange={setFilter} />
        <div className="merge-sources">
          {found.map((p) => (
            <label key={p.id} className="duplicate-copy">
              <input
                type="checkbox"
                checked={sources.includes(p.id)}
                onChange={(event) =>
                  onSources(
                    event.target.checked ? [...sources, p.id] : sources.filter((id) => id !== p.id),
                  )
                }
              />
              <span>{p.name}</span>
            </label>
          ))}
          {found.length === 0 && <p className="muted">No playlist matches “{filter.trim()}”.</p>}
        </div>
        {chosen.length > 1 && (
          <>
            <p className="muted">Merged in this order (first to last):</p>
            <MergeOrder chosen={chosen} onOrder={onSources} />
          </>
        )}
      </fieldset>
      <fieldset disabled={disabled}>
        <legend>Into</legend>
        <label className="duplicate-copy">
          <input
            type="radio"
            name="merge-target"
            checked={target.kind === 'new'}
            onChange={() => onTarget({ kind: 'new', name: 'Merged playlist' })}
          />
          <span>A new playlist</span>
        </label>
        {target.kind === 'new' && (
          <>
            <label htmlFor={nameId}>Name</label>
            <input
              id={nameId}
              value={target.name}
              onChange={(event) => onTarget({ kind: 'new', name: event.target.value })}
            />
          </>
        )}
        <label className="duplicate-copy">
          <input
            type="radio"
            name="merge-target"
            checked={target.kind === 'existing'}
            disabled={editable.length === 0}
            onChange={() => onTarget({ kind: 'existing', id: editable[0]?.id ?? '' })}
          />
          <span>One of your playlists</span>
        </label>
        {target.kind === 'existing' && (
          <>
            <label htmlFor={targetId}>Playlist</label>
            <select
              id={targetId}
              value={target.id}
              onChange={(event) => onTarget({ kind: 'existing', id: event.target.value })}
            >
              {editable.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </>
        )}
      </fieldset>
    </>
  );
}
