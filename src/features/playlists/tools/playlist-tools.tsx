import { useState } from 'react';
import type { TrackRow } from '../../../components/track-list/track-row';
import type { SortSpec } from '../../../components/track-list/track-view';
import type { ItemChange } from '../edit/item-changes';
import { shuffled } from './arrange';
import { DuplicatesDialog } from './duplicates-dialog';

const SORT_WORDS: Record<SortSpec['column'], string> = {
  title: 'title',
  artist: 'artist',
  album: 'album',
  added: 'date added',
  addedBy: 'who added',
  length: 'length',
};

export interface ToolRequest {
  change: ItemChange;
  message: string;
  /** The change moves rows: progress is shown while it runs. */
  moves: boolean;
}

interface PlaylistToolsProps {
  playlistName: string;
  /** Every row, in the playlist's order. */
  rows: TrackRow[];
  /** The rows in the view's order when sorted (and not filtered): what "Save this order" saves. */
  sortedRows: TrackRow[] | null;
  sort: SortSpec | null;
  /** Why the tools wait (items still loading), or null. */
  waitReason: string | null;
  /** While filtered, an order covers only the matches: saving it waits. */
  filtered: boolean;
  onRun: (request: ToolRequest) => void;
  /** Keys of rows, for removing duplicates. */
  keys: string[];
}

/**
 * Tools for the whole playlist: save the sorted view as its order, shuffle it, reverse
 * it (range moves only: dates added and local files stay), and find duplicates.
 */
export function PlaylistTools(props: PlaylistToolsProps) {
  const { playlistName, rows, sort, waitReason, onRun } = props;
  const [duplicates, setDuplicates] = useState(false);
  const saveReason =
    waitReason ?? (props.filtered ? 'Clear the search first: the order covers every item.' : null);
  const arrange = (reference: TrackRow[], message: string) =>
    onRun({ change: { kind: 'arrange', reference }, message, moves: true });
  return (
    <div className="playlist-tools" role="group" aria-label="Playlist tools">
      {sort && (
        <button
          type="button"
          className="button"
          disabled={!!saveReason}
          title={saveReason ?? undefined}
          onClick={() =>
            props.sortedRows &&
            sort &&
            arrange(
              props.sortedRows,
              `Saved ${playlistName} in ${SORT_WORDS[sort.column]} order${sort.direction === 'descending' ? ', descending' : ''}.`,
            )
          }
        >
          Save this order
        </button>
      )}
      <button
        type="button"
        className="button"
        disabled={!!waitReason || rows.length < 2}
        onClick={() => arrange(shuffled(rows), `Shuffled the order of ${playlistName}.`)}
      >
        Shuffle order
      </button>
      <button
        type="button"
        className="button"
        disabled={!!waitReason || rows.length < 2}
        onClick={() => arrange([...rows].reverse(), `Reversed the order of ${playlistName}.`)}
      >
        Reverse order
      </button>
      <button
        type="button"
        className="button"
        disabled={!!waitReason}
        onClick={() => setDuplicates(true)}
      >
        Find duplicates…
      </button>
      {saveReason && sort && <p className="muted">{saveReason}</p>}
      {duplicates && (
        <DuplicatesDialog
          playlistName={playlistName}
          rows={rows}
          onClose={() => setDuplicates(false)}
          onRemove={(indices) => {
            setDuplicates(false);
            onRun({
              change: { kind: 'remove', keys: indices.map((i) => props.keys[i]!) },
              message: `Removed ${indices.length === 1 ? '1 duplicate' : `${indices.length} duplicates`} from ${playlistName}.`,
              moves: false,
            });
          }}
        />
      )}
    </div>
  );
}
