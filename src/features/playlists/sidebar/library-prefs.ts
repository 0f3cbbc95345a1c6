/**
 * How Your Library is laid out (collapsed, width, sort), remembered in this browser for
 * every account: it is how the person likes the screen, not anything of theirs.
 */
import { useState } from 'react';

export type LibrarySort = 'recent' | 'name' | 'creator';

export interface LibraryPrefs {
  collapsed: boolean;
  width: number;
  sort: LibrarySort;
}

export const LIBRARY_WIDTH = { min: 220, max: 480, step: 16 } as const;
const STORAGE_KEY = 'slm.yourLibrary';
const DEFAULTS: LibraryPrefs = { collapsed: false, width: 300, sort: 'recent' };
const SORTS: readonly LibrarySort[] = ['recent', 'name', 'creator'];

export const clampWidth = (width: number) =>
  Math.round(Math.min(LIBRARY_WIDTH.max, Math.max(LIBRARY_WIDTH.min, width)));

function readPrefs(): LibraryPrefs {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<LibraryPrefs>;
    return {
      collapsed: stored.collapsed === true,
      width: typeof stored.width === 'number' ? clampWidth(stored.width) : DEFAULTS.width,
      sort: SORTS.includes(stored.sort as LibrarySort) ? stored.sort! : DEFAULTS.sort,
    };
  } catch {
    return DEFAULTS;
  }
}

export function useLibraryPrefs() {
  const [prefs, setPrefs] = useState(readPrefs);
  const update = (change: Partial<LibraryPrefs>) =>
    setPrefs((current) => {
      const next = { ...current, ...change };
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage full or blocked: the layout holds for this visit only.
      }
      return next;
    });
  return [prefs, update] as const;
}
