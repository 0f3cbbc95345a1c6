import { useMemo, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import type { TrackRow } from '../../../domain/track-row';
import { formatCount, formatDate, formatDuration } from '../../../lib/format';
import { DUPLICATE_KINDS, duplicatesToRemove, findDuplicates } from './duplicates';

interface DuplicatesDialogProps {
  playlistName: string;
  rows: TrackRow[];
  onClose: () => void;
  /** The indices (into rows) of the copies to remove. */
  onRemove: (indices: number[]) => void;
}

/**
 * "Find duplicates": each group of the same song with the copy to keep (the earliest
 * added unless chosen otherwise), then one removal of the others, undoable as one.
 */
export function DuplicatesDialog({ playlistName, rows, onClose, onRemove }: DuplicatesDialogProps) {
  const groups = useMemo(() => findDuplicates(rows), [rows]);
  const [keep, setKeep] = useState<ReadonlyMap<number, number>>(new Map());
  const { remove, stuck } = duplicatesToRemove(rows, groups, keep);
  return (
    <Dialog title={`Duplicates in ${playlistName}`} onClose={onClose}>
      {groups.length === 0 ? (
        <p>No song is in {playlistName} more than once.</p>
      ) : (
        <>
          <p>
            {formatCount(groups.length, 'song')} appear more than once. Choose the copy to keep in
            each; the earliest added is chosen for you.
          </p>
          <ol className="duplicate-groups">
            {groups.map((group, g) => {
              const kept = keep.get(g) ?? group.keep;
              return (
                <li key={group.members.join(',')}>
                  <fieldset>
                    <legend>
                      {rows[group.members[0]!]!.title}{' '}
                      <span className="muted">· {DUPLICATE_KINDS[group.kind]}</span>
                    </legend>
                    {group.members.map((i) => {
                      const row = rows[i]!;
                      return (
                        <label key={i} className="duplicate-copy">
                          <input
                            type="radio"
                            name={`keep-${g}`}
                            checked={kept === i}
                            onChange={() => setKeep(new Map(keep).set(g, i))}
                          />
                          <span>
                            Keep position {i + 1}: {row.byline || row.title}
                            {row.album && ` · ${row.album}`} · {formatDuration(row.durationMs)} ·{' '}
                            {row.addedAt ? `added ${formatDate(row.addedAt)}` : 'date unknown'}
                            {row.kind === 'local' && ' · local file'}
                          </span>
                        </label>
                      );
                    })}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {stuck.length > 0 && (
            <p className="muted">
              {formatCount(stuck.length, 'local file')} can&apos;t be removed: Spotify&apos;s Web
              API cannot remove local files, so {stuck.length === 1 ? 'it stays' : 'they stay'}.
            </p>
          )}
          <p className="muted">
            Spotify removes every copy of a song at once; the copies you keep are put back in their
            places (dated today).
          </p>
        </>
      )}
      <div className="form__actions">
        {remove.length > 0 && (
          <button type="button" className="button button--primary" onClick={() => onRemove(remove)}>
            Remove {formatCount(remove.length, 'duplicate')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {remove.length > 0 ? 'Cancel' : 'Close'}
        </button>
      </div>
    </Dialog>
  );
}
