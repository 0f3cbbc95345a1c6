import { useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useStableCallback } from '../lib/use-stable-callback';
import { useMenuPlace, type MenuPoint } from './menu-place';
import './menu-button.css';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

/** Opens a menu from elsewhere: a row's right-click (at the pointer) or Shift+F10 (at its button). */
export interface MenuHandle {
  open: (at?: MenuPoint) => void;
}

interface MenuButtonProps {
  /** The button's accessible name, e.g. "More for Paper Island". */
  label: string;
  /** What the button shows (an icon); the label is its name. */
  children: React.ReactNode;
  /** The items, or a function giving them when the menu opens (read then, not at each render). */
  items: MenuItem[] | (() => MenuItem[]);
  /** Facts shown above the items (not items themselves), e.g. a row's position and length. */
  info?: React.ReactNode;
  className?: string;
  tabIndex?: number;
  ref?: React.Ref<MenuHandle>;
}

/** Which item takes focus when the menu opens, and where it hangs (a right-click's point). */
interface Opening {
  focus: 'first' | 'last';
  point: MenuPoint | null;
}

/**
 * A menu button as the WAI-ARIA Authoring Practices describe it: Enter, Space or Down
 * opens it on the first item, Up on the last; arrows, Home and End move between items;
 * Escape closes it and returns focus to the button; Tab or a press elsewhere closes it.
 * The menu is drawn fixed under the button through a portal, so a container that clips
 * its content, like a grid cell, does not cut it off. Closed, it is only its button: a
 * list has one in every row, and the open menu's placing and listening (OpenMenu) were a
 * good part of each row's first render (issue 27).
 */
export function MenuButton({
  label,
  children,
  items,
  info,
  className,
  tabIndex,
  ref,
}: MenuButtonProps) {
  const [opening, setOpening] = useState<Opening | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  useImperativeHandle(
    ref,
    () => ({ open: (at) => setOpening({ focus: 'first', point: at ?? null }) }),
    [],
  );
  const buttonId = useId();
  const menuId = `${buttonId}menu`;

  const close = (refocus: boolean) => {
    setOpening(null);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      // Keep the key from the grid around the button, which would move between rows.
      event.stopPropagation();
      setOpening({ focus: event.key === 'ArrowDown' ? 'first' : 'last', point: null });
    }
  };

  return (
    <>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className={className}
        tabIndex={tabIndex}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={!!opening}
        aria-controls={opening ? menuId : undefined}
        onClick={() => (opening ? close(false) : setOpening({ focus: 'first', point: null }))}
        onKeyDown={onButtonKey}
      >
        {children}
      </button>
      {opening && (
        <OpenMenu
          id={menuId}
          button={button}
          buttonId={buttonId}
          opening={opening}
          items={items}
          info={info}
          onClose={close}
        />
      )}
    </>
  );
}

interface OpenMenuProps extends Pick<MenuButtonProps, 'items' | 'info'> {
  id: string;
  button: React.RefObject<HTMLButtonElement | null>;
  buttonId: string;
  opening: Opening;
  /** Closes the menu, focus going back to the button when `refocus`. */
  onClose: (refocus: boolean) => void;
}

/** The open menu: placed by its button, its first (or last) item focused, closed by a press elsewhere. */
function OpenMenu({ id, button, buttonId, opening, items, info, onClose }: OpenMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const place = useMenuPlace(button, opening.point);

  // Once drawn, the first (or last) item takes focus.
  const placed = place !== null;
  useEffect(() => {
    if (!placed) return;
    const enabled = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)');
    (opening.focus === 'first' ? enabled?.[0] : enabled?.[enabled.length - 1])?.focus();
  }, [opening, placed]);

  const close = useStableCallback(onClose);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [button, close]);

  const onMenuKey = (event: React.KeyboardEvent) => {
    const enabled = [
      ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? []),
    ];
    const at = enabled.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % enabled.length,
      ArrowUp: (at - 1 + enabled.length) % enabled.length,
      Home: 0,
      End: enabled.length - 1,
    };
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(true);
    } else if (event.key === 'Tab') {
      onClose(false);
    } else if (moves[event.key] !== undefined) {
      event.preventDefault();
      enabled[moves[event.key]!]?.focus();
    }
  };

  if (!place) return null;
  return createPortal(
    <div className="menu" style={place.style}>
      {info && <div className="menu__info">{info}</div>}
      <div
        ref={menu}
        id={id}
        role="menu"
        tabIndex={-1}
        aria-labelledby={buttonId}
        onKeyDown={onMenuKey}
      >
        {(typeof items === 'function' ? items() : items).map((item) => (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="menu__item"
            disabled={item.disabled}
            onClick={() => {
              onClose(true);
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
    </div>,
    place.host,
  );
}
