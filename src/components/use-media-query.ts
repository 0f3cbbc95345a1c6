import { useSyncExternalStore } from 'react';

/** Where the player is a mini player that expands to full screen: phones, upright or sideways. */
export const COMPACT_PLAYER_QUERY = '(max-width: 720px), (max-height: 500px)';

/**
 * Where the track table hides its album, date added and added-by columns (track-table.css
 * says the same). Hidden dates are not formatted: see item-row.tsx.
 */
export const NARROW_TABLE_QUERY = '(max-width: 900px)';

/**
 * Where a row's Play and Add to queue buttons move into its "More" menu (which holds Add to
 * playlist… at every width).
 */
export const ROW_MENU_QUERY = '(max-width: 720px)';

/**
 * Where Your Library sits beside the page (signed-in-layout.css says the same), and rows
 * can be dragged onto its playlists.
 */
export const SIDEBAR_QUERY = '(min-width: 1024px)';

const matches = (query: string) =>
  typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

/** Whether a CSS media query matches now, following it as the window changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    () => matches(query),
  );
}
