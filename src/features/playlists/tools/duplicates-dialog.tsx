import { useMemo, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import type { TrackRow } from '../../../domain/track-row';
import { useFirstInBackground } from '../../../lib/background-render';
import { formatCount } from '../../../lib/format';
import { DuplicateGroups } from './duplicate-groups';
import { duplicatesToRemove, findDuplicates } from './duplicates';

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
  // The dialog opens first, and the search runs in a background render after it: opening
  // a modal and searching 10,000 rows were one task of 70-100 ms on a desktop (issue 27).
  const searched = useFirstInBackground(rows);
  const found = useMemo(() => searched && findDuplicates(searched), [searched]);
  const groups = found ?? [];
  const [keep, setKeep] = useState<ReadonlyMap<number, number>>(new Map());
  const { remove, stuck } = duplicatesToRemove(rows, groups, keep);
  return (
    <Dialog title={`Duplicates in ${playlistName}`} onClose={onClose}>
      {!found ? (
        <p role="status">Looking for songs that are in {playlistName} more than once…</p>
      ) : groups.length === 0 ? (
        <p>No song is in {playlistName} more than once.</p>
      ) : (
        <>
          <p>
            {formatCount(groups.length, 'song')} appear more than once. Choose the copy to keep in
            each; the earliest added is chosen for you.
          </p>
          <DuplicateGroups
            stuck={stuck.length}
            groups={groups.map((group, g) => {
              const kept = keep.get(g) ?? group.keep;
              return {
                key: group.members.join(','),
                kind: group.kind,
                title: rows[group.members[0]!]!.title,
                copies: group.members.map((i) => ({
                  key: String(i),
                  where: `position ${i + 1}`,
                  row: rows[i]!,
                  kept: kept === i,
                  onKeep: () => setKeep(new Map(keep).set(g, i)),
                })),
              };
            })}
          />
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
