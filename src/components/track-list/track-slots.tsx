/**
 * Controls one feature gives the tracks another feature shows. The app composes them (in
 * app/compose) and provides them here; the lists, the player bar, the queue, history and
 * search results read them, so features never import each other. A provider adds to the
 * slots of the one above it (the app-wide heart stays when a page adds row actions).
 */
import { createContext, useContext, useMemo } from 'react';
import type { Playlist } from '../../api/spotify-types';
import type { TrackRow } from '../../domain/track-row';
import type { MenuHandle, MenuItem } from '../menu-button';

/** The rows as a list shows them: in a find or sort's order (`isView`), or the list's own. */
export interface ShownRows {
  rows: TrackRow[];
  isView: boolean;
}

export interface HeaderInfo {
  /** The playlist, when the list is one (Liked Songs is not). */
  playlist?: Playlist;
  /** Whether there is anything to play. */
  playable: boolean;
  shown: ShownRows;
  total: number;
}

/** What the player has now: lists mark the rows of that song or episode. */
export interface NowPlayingMark {
  uri: string;
  playing: boolean;
}

export interface PlaylistHistoryInfo {
  playlist: Playlist;
  rows: TrackRow[];
  /** Why a restore waits (items loading, offline), or null. */
  restoreReason: string | null;
  restore: (target: TrackRow[], message: string) => void;
  onClose: () => void;
}

export interface TrackSlots {
  /** The "Save to Liked Songs" toggle for one song or episode. */
  heart?: (row: TrackRow, options?: { tabIndex?: number }) => React.ReactNode;
  /**
   * A row's buttons (Play from here, the heart, Add to queue…) and its menu, given `menu` so
   * the row can open it; in the Tab order only while active.
   */
  rowActions?: (
    row: TrackRow,
    tabIndex: number,
    shown: ShownRows,
    menu: React.Ref<MenuHandle>,
  ) => React.ReactNode;
  /** Items the list itself adds to each row's menu (Remove from this playlist…). */
  rowMenuItems?: (row: TrackRow) => MenuItem[];
  /** More for the selected rows (Save to Liked Songs, Add to playlist…). */
  selectionActions?: (rows: TrackRow[]) => React.ReactNode;
  /** Controls for a list's header (Play, Edit details, Export…). */
  headerActions?: (info: HeaderInfo) => React.ReactNode;
  nowPlaying?: NowPlayingMark | null;
  /**
   * A playlist's version history, shown while `open` (the editor offers it among its
   * tools); `restore` brings the playlist back to an earlier version through the editor.
   */
  playlistHistory?: (info: PlaylistHistoryInfo) => React.ReactNode;
  /** One of your playlists by name ("Road Trip"), where the player says what it plays from. */
  playlistName?: (id: string) => React.ReactNode;
}

const TrackSlotsContext = createContext<TrackSlots>({});

export function TrackSlotsProvider({
  value,
  children,
}: {
  value: TrackSlots;
  children: React.ReactNode;
}) {
  const outer = useContext(TrackSlotsContext);
  const merged = useMemo(() => ({ ...outer, ...value }), [outer, value]);
  return <TrackSlotsContext.Provider value={merged}>{children}</TrackSlotsContext.Provider>;
}

export function useTrackSlots(): TrackSlots {
  return useContext(TrackSlotsContext);
}
