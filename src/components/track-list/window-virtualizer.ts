import { windowScroll, type Rect, type VirtualizerOptions } from '@tanstack/react-virtual';

const readWindowSize = (): Rect => ({ width: window.innerWidth, height: window.innerHeight });

type WindowOptions = Pick<
  VirtualizerOptions<Window, Element>,
  'initialRect' | 'initialOffset' | 'observeElementRect' | 'scrollToFn'
>;

/**
 * How the table's virtualizer learns the window it scrolls in, from one look while the
 * table first renders (before this render's DOM changes, when that look lays nothing out),
 * for the life of the table. Left to itself, the virtualizer knew no size at the first
 * render and drew a few rows, then all of them again in a second render; and just after
 * the rows went into the page it read the size and scrolled the window to where it already
 * was, each of which made the browser lay out the whole page inside that task. So: the
 * first render has every row on screen; the size is read again once the first frame is
 * drawn (in case the window changed in between; its layout is done by then) and on every
 * resize; and the first scroll, to the offset it started from, is not made.
 */
export function windowVirtualizerOptions(): WindowOptions {
  const size = readWindowSize();
  const scrollY = window.scrollY;
  let scrolled = false;
  return {
    initialRect: size,
    initialOffset: scrollY,
    observeElementRect: (_instance, report) => {
      const read = () => report(readWindowSize());
      report(size);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => (timer = setTimeout(read, 0)));
      window.addEventListener('resize', read, { passive: true });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        window.removeEventListener('resize', read);
      };
    },
    scrollToFn: (offset, options, instance) => {
      const first = !scrolled;
      scrolled = true;
      if (first && offset === scrollY && !options.adjustments && !options.behavior) return;
      windowScroll(offset, options, instance);
    },
  };
}
