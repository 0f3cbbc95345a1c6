import { useId } from 'react';
import type { MergeCandidate } from './merge-dialog';

export type Target = { kind: 'new'; name: string } | { kind: 'existing'; id: string };

/** What to merge (in order) and into what: a new playlist by name, or one of yours. */
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
  sources: ReadonlySet<string>;
  onSources: (sources: ReadonlySet<string>) => void;
  target: Target;
  onTarget: (target: Target) => void;
  disabled: boolean;
}) {
  const nameId = useId();
  const targetId = useId();
  return (
    <>
      <fieldset disabled={disabled}>
        <legend>Playlists to merge, in this order</legend>
        <div className="merge-sources">
          {playlists.map((p) => (
            <label key={p.id} className="duplicate-copy">
              <input
                type="checkbox"
                checked={sources.has(p.id)}
                onChange={(event) => {
                  const next = new Set(sources);
                  if (event.target.checked) next.add(p.id);
                  else next.delete(p.id);
                  onSources(next);
                }}
              />
              <span>{p.name}</span>
            </label>
          ))}
        </div>
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
