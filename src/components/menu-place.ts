import { useLayoutEffect, useState } from 'react';

export interface MenuPlace {
  style: { top?: number; bottom?: number; right: number };
  /**
   * Where the menu is drawn: inside the button's landmark, so its content belongs to that
   * part of the page (axe's region rule), while `position: fixed` keeps it free of clipping.
   */
  host: Element;
}

/**
 * Where an open menu goes: below its button, or above it when the button sits in the lower
 * half of the screen; it follows the button when the page scrolls or the window resizes.
 */
export function useMenuPlace(
  open: boolean,
  button: React.RefObject<HTMLButtonElement | null>,
): MenuPlace | null {
  const [place, setPlace] = useState<MenuPlace | null>(null);
  useLayoutEffect(() => {
    if (!open) return;
    const measure = () => {
      if (!button.current) return;
      const rect = button.current.getBoundingClientRect();
      const right = Math.max(8, window.innerWidth - rect.right);
      setPlace({
        style:
          rect.top > window.innerHeight / 2
            ? { bottom: window.innerHeight - rect.top + 4, right }
            : { top: rect.bottom + 4, right },
        host: button.current.closest('main, header, footer, nav, aside, section') ?? document.body,
      });
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [open, button]);
  return open ? place : null;
}
