import type { SelectionAction } from '../../../components/track-list/selection-toolbar';
import type { ItemChange } from './item-changes';
import { moveDown, moveToBottom, moveToPosition, moveUp } from './move-intents';

/**
 * The toolbar's buttons for the selected rows (`selected`: keys in list order). Moves are
 * off while a find or sort is applied (positions would mean nothing), and a move that
 * changes nothing (the selection is already at the top) is disabled.
 */
export function selectionMoves(
  keys: string[],
  selected: string[],
  viewing: boolean,
  on: { move: (change: ItemChange | null) => void; remove: () => void; moveTo: () => void },
): SelectionAction[] {
  const first = keys.indexOf(selected[0] ?? '');
  const last = keys.indexOf(selected.at(-1) ?? '');
  const contiguous = last - first + 1 === selected.length;
  const atTop = contiguous && first === 0;
  const atBottom = contiguous && last === keys.length - 1;
  return [
    { label: 'Remove…', onClick: on.remove },
    {
      label: 'Move to top',
      onClick: () => on.move(moveToPosition(keys, selected, 1)),
      enabled: !viewing && !atTop,
    },
    {
      label: 'Move up',
      onClick: () => on.move(moveUp(keys, selected)),
      enabled: !viewing && !atTop,
    },
    {
      label: 'Move down',
      onClick: () => on.move(moveDown(keys, selected)),
      enabled: !viewing && !atBottom,
    },
    {
      label: 'Move to bottom',
      onClick: () => on.move(moveToBottom(keys, selected)),
      enabled: !viewing && !atBottom,
    },
    { label: 'Move to position…', onClick: on.moveTo, enabled: !viewing },
  ];
}
