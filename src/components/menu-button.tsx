import { useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
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

/**
 * A menu button as the WAI-ARIA Authoring Practices describe it: Enter, Space or Down
 * opens it on the first item, Up on the last; arrows, Home and End move between items;
 * Escape closes it and returns focus to the button; Tab or a press elsewhere closes it.
 * The menu is drawn fixed under the button through a portal, so a container that clips
 * its content, like a grid cell, does not cut it off.
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
  const [open, setOpen] = useState<'first' | 'last' | null>(null);
  const [point, setPoint] = useState<MenuPoint | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const place = useMenuPlace(!!open, button, point);
  useImperativeHandle(
    ref,
    () => ({
      open: (at) => {
        setPoint(at ?? null);
        setOpen('first');
      },
    }),
    [],
  );
  const buttonId = useId();
  const menuId = useId();

  const close = (refocus: boolean) => {
    setOpen(null);
    setPoint(null);
    if (refocus) button.current?.focus();
  };

  // Once drawn, the first (or last) item takes focus.
  const placed = place !== null;
  useEffect(() => {
    if (!open || !placed) return;
    const enabled = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)');
    (open === 'first' ? enabled?.[0] : enabled?.[enabled.length - 1])?.focus();
  }, [open, placed]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onButtonKey = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      // Keep the key from the grid around the button, which would move between rows.
      event.stopPropagation();
      setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

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
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (moves[event.key] !== undefined) {
      event.preventDefault();
      enabled[moves[event.key]!]?.focus();
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
        aria-expanded={!!open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKey}
      >
        {children}
      </button>
      {open &&
        place &&
        createPortal(
          <div className="menu" style={place.style}>
            {info && <div className="menu__info">{info}</div>}
            <div
              ref={menu}
              id={menuId}
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
                    close(true);
                    item.onSelect();
                  }}
                >
                  {item.label}
                </button>
              ))}
            </div>
          </div>,
          place.host,
        )}
    </>
  );
}
