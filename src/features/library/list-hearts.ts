import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useHasScopes } from '../../auth/scope-upgrade';
import type { MenuItem } from '../../components/menu-button';
import type { TrackRow } from '../../domain/track-row';
import { useStableCallback } from '../../lib/use-stable-callback';
import { libraryQueries } from './queries';
import { useToggleSaved } from './save-mutations';

const SAVABLE = /^spotify:(track|episode):[0-9A-Za-z]{22}$/;

/** A song or episode in Spotify's catalogue (not a local file, not an entry without a URI). */
export const isSavable = (row: TrackRow) => !!row.uri && SAVABLE.test(row.uri);

/** What every heart of a list shares: one set of hooks per list, not one per row. */
export interface ListHearts {
  /** The session holds the library scopes (a new login can change it). */
  allowed: boolean;
  /** Saves or unsaves one row (optimistic, undoable: useToggleSaved). */
  toggle: (row: TrackRow, save: boolean) => void;
  /**
   * The heart as a row menu item: "Save to Liked Songs" or "Remove from Liked Songs", read
   * from what the row's heart already knows when the menu opens. Null for what cannot be
   * saved (a local file); disabled while the state is not known or the scopes are missing.
   */
  menuItem: (row: TrackRow, knownSaved?: boolean) => MenuItem | null;
}

/**
 * A list's hearts. Each row's heart took its own scope subscription and mutation observer,
 * set up as the row mounted; on a phone-sized screen of rows that was a good part of the
 * page's first render (issue 27). The functions are the same at every render: the lists'
 * slots, and so every row, depend on them.
 */
export function useListHearts(): ListHearts {
  const queryClient = useQueryClient();
  const allowed = useHasScopes('user-library-read', 'user-library-modify');
  const toggle = useToggleSaved();
  const stableToggle = useStableCallback(toggle);
  const menuItem = useStableCallback((row: TrackRow, knownSaved?: boolean): MenuItem | null => {
    if (!isSavable(row)) return null;
    const saved = knownSaved || queryClient.getQueryData(libraryQueries.saved(row.uri!).queryKey);
    return {
      label: saved ? 'Remove from Liked Songs' : 'Save to Liked Songs',
      disabled: !allowed || saved === undefined,
      onSelect: () => toggle(row, !saved),
    };
  });
  return useMemo(
    () => ({ allowed, toggle: stableToggle, menuItem }),
    [allowed, stableToggle, menuItem],
  );
}
