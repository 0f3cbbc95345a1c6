import { useState } from 'react';
import { MenuButton, type MenuItem } from '../../../components/menu-button';
import type { TrackRow } from '../../../domain/track-row';
import type { SortSpec } from '../../../components/track-list/track-view';
import type { ItemChange } from '../edit/item-changes';
import { shuffled } from './arrange';
import { useOnePress } from '../../../lib/use-one-press';
import { DuplicatesDialog } from './duplicates-dialog';
import '../../../components/list-header.css';
import './playlist-tools.css';

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
  /** Settles when the change has. */
  onRun: (request: ToolRequest) => Promise<void>;
  /** Keys of rows, for removing duplicates. */
  keys: string[];
  /** Tools other features add (Version history…). */
  more?: MenuItem[];
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
  // A second press while an order is being saved (Shuffle twice) is ignored, as is a
  // second removal of duplicates while the first is sent.
  const { press, busy } = useOnePress();
  const arranging = busy('arrange');
  const arrange = (reference: () => TrackRow[], message: string) =>
    press('arrange', () =>
      onRun({ change: { kind: 'arrange', reference: reference() }, message, moves: true }),
    );
  const tools: (MenuItem & { arranges?: true })[] = [
    {
      label: 'Shuffle order',
      arranges: true,
      disabled: !!waitReason || rows.length < 2,
      onSelect: () => arrange(() => shuffled(rows), `Shuffled the order of ${playlistName}.`),
    },
    {
      label: 'Reverse order',
      arranges: true,
      disabled: !!waitReason || rows.length < 2,
      onSelect: () => arrange(() => [...rows].reverse(), `Reversed the order of ${playlistName}.`),
    },
    {
      label: 'Find duplicates…',
      // One item or none cannot hold a duplicate.
      disabled: !!waitReason || rows.length < 2,
      onSelect: () => setDuplicates(true),
    },
    ...(props.more ?? []),
  ];
  return (
    <div className="playlist-tools" role="group" aria-label="Playlist tools">
      {sort && (
        <button
          type="button"
          className="button"
          disabled={!!saveReason}
          aria-disabled={arranging || undefined}
          title={saveReason ?? undefined}
          onClick={() =>
            props.sortedRows &&
            sort &&
            arrange(
              () => props.sortedRows!,
              `Saved ${playlistName} in ${SORT_WORDS[sort.column]} order${sort.direction === 'descending' ? ', descending' : ''}.`,
            )
          }
        >
          Save this order
        </button>
      )}
      {tools.map((tool) => (
        <button
          key={tool.label}
          type="button"
          className="button header-action"
          disabled={tool.disabled}
          aria-disabled={(arranging && tool.arranges) || undefined}
          onClick={tool.onSelect}
        >
          {tool.label}
        </button>
      ))}
      {/* On phones the same tools are one menu, so the list starts higher. */}
      <MenuButton className="button header-more" label="Playlist tools" items={tools}>
        Tools
      </MenuButton>
      {saveReason && sort && <p className="muted">{saveReason}</p>}
      {duplicates && (
        <DuplicatesDialog
          playlistName={playlistName}
          rows={rows}
          onClose={() => setDuplicates(false)}
          onRemove={(indices) => {
            setDuplicates(false);
            press('duplicates', () =>
              onRun({
                change: { kind: 'remove', keys: indices.map((i) => props.keys[i]!) },
                message: `Removed ${indices.length === 1 ? '1 duplicate' : `${indices.length} duplicates`} from ${playlistName}.`,
                moves: false,
              }),
            );
          }}
        />
      )}
    </div>
  );
}
