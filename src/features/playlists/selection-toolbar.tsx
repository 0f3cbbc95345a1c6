import { useRef } from 'react';
import { formatCount } from '../../lib/format';

interface SelectionToolbarProps {
  count: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onMoveTo: () => void;
  onRemove: () => void;
  onClear: () => void;
}

/**
 * Actions on the selected rows, as an ARIA toolbar: one Tab stop, Left/Right (and
 * Home/End) move between its buttons.
 */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: React.KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])].filter(
      (button) => !button.disabled,
    );
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: buttons.length - 1,
    }[event.key];
    if (next === undefined || buttons.length === 0) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length]!;
    for (const button of buttons) button.tabIndex = button === target ? 0 : -1;
    target.focus();
  };
  const button = (label: string, onClick: () => void, enabled = true, first = false) => (
    <button
      type="button"
      className="button"
      tabIndex={first ? 0 : -1}
      disabled={!enabled}
      onClick={onClick}
    >
      {label}
    </button>
  );
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Selected items"
      className="selection-toolbar"
      onKeyDown={onKeyDown}
    >
      <span className="selection-toolbar__count" aria-live="polite">
        {formatCount(props.count, 'item')} selected
      </span>
      {button('Remove…', props.onRemove, true, true)}
      {button('Move up', props.onMoveUp, props.canMoveUp)}
      {button('Move down', props.onMoveDown, props.canMoveDown)}
      {button('Move to position…', props.onMoveTo)}
      {button('Clear selection', props.onClear)}
    </div>
  );
}
