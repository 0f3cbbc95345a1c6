import { useId, useRef } from 'react';
import { formatCount } from '../../lib/format';
import './selection-toolbar.css';

export interface SelectionAction {
  label: string;
  onClick: () => void;
  /** Disabled, but still shown, when false. */
  enabled?: boolean;
}

interface SelectionToolbarProps {
  count: number;
  /** In order; "Clear selection" comes last. */
  actions: SelectionAction[];
  onClear: () => void;
  /**
   * More buttons from other features (e.g. Save to Liked Songs) with their progress. Their
   * buttons take tabIndex -1: the arrow keys reach them, as the toolbar's own.
   */
  extra?: React.ReactNode;
  /** Why no action can be taken now (offline): each says so and ignores presses. */
  blockedReason?: string;
}

/**
 * Actions on the selected rows, as an ARIA toolbar: one Tab stop, Left/Right (and
 * Home/End) move between its buttons.
 */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const reasonId = useId();
  const blocked = props.blockedReason;
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
  // The toolbar's one Tab stop is its first button that can be pressed.
  const firstEnabled = props.actions.findIndex((action) => action.enabled ?? true);
  // Blocked actions stay focusable (aria-disabled), so the reason is read with them.
  const button = (
    label: string,
    onClick: () => void,
    enabled = true,
    first = false,
    held = false,
  ) => (
    <button
      key={label}
      type="button"
      className="button"
      tabIndex={first ? 0 : -1}
      disabled={!enabled}
      aria-disabled={held || undefined}
      aria-describedby={held ? reasonId : undefined}
      onClick={held ? undefined : onClick}
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
      {props.actions.map((action, i) =>
        button(action.label, action.onClick, action.enabled ?? true, i === firstEnabled, !!blocked),
      )}
      {props.extra}
      {button('Clear selection', props.onClear, true, firstEnabled === -1)}
      {blocked && (
        <p id={reasonId} className="muted selection-toolbar__reason">
          {blocked}
        </p>
      )}
    </div>
  );
}
