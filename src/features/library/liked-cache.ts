/**
 * Keeps what the app knows about saved songs in step with a change: each URI's saved
 * state, and the Liked Songs list and its count, without reloading 12,000 songs; in this
 * tab and, once Spotify has confirmed, in the others.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { TrackRow } from '../../domain/track-row';
import { tellOtherTabs } from '../../lib/tab-channel';
import { libraryQueries, setSavedStates, type LikedSongs } from './queries';

/** What a change replaced, to put it back if Spotify refuses the change. */
export interface CacheSnapshot {
  saved: [string, boolean | undefined][];
  liked: LikedSongs | undefined;
}

const likedKey = libraryQueries.likedSongs().queryKey;

export function snapshotCache(queryClient: QueryClient, uris: readonly string[]): CacheSnapshot {
  return {
    saved: uris.map((uri) => [
      uri,
      queryClient.getQueryData<boolean>(libraryQueries.saved(uri).queryKey),
    ]),
    liked: queryClient.getQueryData(likedKey),
  };
}

export function restoreCache(queryClient: QueryClient, snapshot: CacheSnapshot) {
  for (const [uri, saved] of snapshot.saved)
    queryClient.setQueryData(libraryQueries.saved(uri).queryKey, saved);
  queryClient.setQueryData(likedKey, snapshot.liked);
}

/** Whether the Liked Songs list is complete and settled, so it can be edited in place. */
function likedListEditable(queryClient: QueryClient): boolean {
  const state = queryClient.getQueryState(likedKey);
  return (
    !!state?.data && state.fetchStatus === 'idle' && state.data.rows.length >= state.data.total
  );
}

/**
 * Records `rows` as saved or not. Liked Songs lists songs only (episodes are saved
 * elsewhere); newly saved ones go on top, newest (the last sent) first, as Spotify lists
 * them. While the list is still loading it is reloaded instead.
 */
export function applySaved(queryClient: QueryClient, rows: readonly TrackRow[], saved: boolean) {
  const uris = rows.map((row) => row.uri!);
  setSavedStates(queryClient, uris, saved);
  if (!queryClient.getQueryData(likedKey)) return;
  if (!likedListEditable(queryClient)) {
    void queryClient.invalidateQueries({ queryKey: likedKey });
    return;
  }
  const changed = new Set(uris);
  const addedAt = new Date().toISOString();
  queryClient.setQueryData<LikedSongs>(likedKey, (old) => {
    if (!old) return old;
    const kept = old.rows.filter((row) => !changed.has(row.uri!));
    const added = saved
      ? rows
          .filter((row) => row.uri!.startsWith('spotify:track:'))
          .map((row) => ({ ...row, addedAt, addedBy: null }))
          .reverse()
      : [];
    const next = [...added, ...kept];
    return {
      total: old.total + next.length - old.rows.length,
      rows: next.map((row, position) => (row.position === position ? row : { ...row, position })),
    };
  });
}

interface SavedMessage {
  type: 'saved-changed';
  rows: TrackRow[];
  saved: boolean;
}

/** Tells the other tabs that Spotify made this change, so their hearts and list follow. */
export function tellSaved(queryClient: QueryClient, rows: readonly TrackRow[], saved: boolean) {
  tellOtherTabs(queryClient, {
    type: 'saved-changed',
    rows: [...rows],
    saved,
  } satisfies SavedMessage);
}

/** Another tab saved or unsaved songs: applied here as if made here (no request). */
export function applySavedMessage(queryClient: QueryClient, message: unknown): boolean {
  const m = message as Partial<SavedMessage> | null;
  if (m?.type !== 'saved-changed' || !Array.isArray(m.rows) || typeof m.saved !== 'boolean')
    return false;
  const rows = m.rows.filter((row: Partial<TrackRow> | null) => typeof row?.uri === 'string');
  applySaved(queryClient, rows, m.saved);
  return true;
}
