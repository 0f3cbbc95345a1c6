import { useLayoutEffect, useState } from 'react';

export interface MenuPlace {
  style: { top?: number; bottom?: number; left?: number; right?: number };
  /**
   * Where the menu is drawn: inside the button's landmark, so its content belongs to that
   * part of the page (axe's region rule), while `position: fixed` keeps it free of clipping.
   */
  host: Element;
}

/** A point on the screen (a right-click), in viewport pixels. */
export interface MenuPoint {
  x: number;
  y: number;
}

/**
 * Where an open menu goes (for MenuButton's OpenMenu, which exists only while open): below
 * its button, or above it when the button sits in the lower half of the screen; it follows
 * the button when the page scrolls or the window resizes.
 * Opened at a point (a right-click), it hangs from that point, towards the side of the
 * screen with more room, so it is never cut off without measuring it first.
 */
export function useMenuPlace(
  button: React.RefObject<HTMLButtonElement | null>,
  point: MenuPoint | null = null,
): MenuPlace | null {
  const [place, setPlace] = useState<MenuPlace | null>(null);
  useLayoutEffect(() => {
    const measure = () => {
      if (!button.current) return;
      const host =
        button.current.closest('main, header, footer, nav, aside, section') ?? document.body;
      const [width, height] = [window.innerWidth, window.innerHeight];
      if (point) {
        const vertical = point.y > height / 2 ? { bottom: height - point.y } : { top: point.y };
        const horizontal =
          point.x > width / 2 ? { right: Math.max(8, width - point.x) } : { left: point.x };
        setPlace({ style: { ...vertical, ...horizontal }, host });
        return;
      }
      const rect = button.current.getBoundingClientRect();
      const right = Math.max(8, width - rect.right);
      setPlace({
        style:
          rect.top > height / 2
            ? { bottom: height - rect.top + 4, right }
            : { top: rect.bottom + 4, right },
        host,
      });
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [button, point]);
  return place;
}
