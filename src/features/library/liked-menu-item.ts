import { useQueryClient } from '@tanstack/react-query';
import { useHasScopes } from '../../auth/scope-upgrade';
import type { MenuItem } from '../../components/menu-button';
import type { TrackRow } from '../../domain/track-row';
import { useStableCallback } from '../../lib/use-stable-callback';
import { libraryQueries } from './queries';
import { isSavable } from './save-button';
import { useToggleSaved } from './save-mutations';

/**
 * The heart as a row menu item: "Save to Liked Songs" or "Remove from Liked Songs", read
 * from what the row's heart already knows when the menu opens. One hook per list, not per
 * row: the item is made only for the menu being opened. Null for what cannot be saved (a
 * local file); disabled while the state is not known or the session lacks the scopes.
 */
export function useLikedMenuItem(): (row: TrackRow, knownSaved?: boolean) => MenuItem | null {
  const queryClient = useQueryClient();
  const allowed = useHasScopes('user-library-read', 'user-library-modify');
  const toggle = useToggleSaved();
  // The same function at every render: the lists' slots, and so every row, depend on it.
  return useStableCallback((row: TrackRow, knownSaved?: boolean): MenuItem | null => {
    if (!isSavable(row)) return null;
    const saved = knownSaved || queryClient.getQueryData(libraryQueries.saved(row.uri!).queryKey);
    return {
      label: saved ? 'Remove from Liked Songs' : 'Save to Liked Songs',
      disabled: !allowed || saved === undefined,
      onSelect: () => toggle(row, !saved),
    };
  });
}
