/**
 * The actions other features put on a list's rows, selection and header, composed once per
 * page and provided through the track slots: a playlist's and Liked Songs'.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { playListFrom } from '../../components/track-list/play-list';
import { ROW_MENU_QUERY, useMediaQuery } from '../../components/use-media-query';
import type { TrackSlots } from '../../components/track-list/track-slots';
import { useLikedMenuItem } from '../../features/library/liked-menu-item';
import { SelectionSaveButtons } from '../../features/library/selection-save-buttons';
import { PlayListButton, useRowPlayer } from '../../features/player/play-buttons';
import { playlistsChanged } from '../../features/playlists/playlist-sync';
import { ExportMenu } from '../../features/transfer/export-menu';
import { describeLikedSongs } from './export-sources';
import { PlaylistHeaderActions } from './playlist-header-actions';
import { SelectionAddToPlaylist, SelectionCopy } from './selection-actions';
import { TrackRowActions } from './track-row-actions';
import '../../components/list-header.css';

export function usePlaylistSlots(id: string, userId: string | null): TrackSlots {
  const queryClient = useQueryClient();
  const compact = useMediaQuery(ROW_MENU_QUERY);
  const player = useRowPlayer();
  const liked = useLikedMenuItem();
  return useMemo(
    () => ({
      headerActions: ({ playlist, playable, shown }) =>
        playlist && (
          <PlaylistHeaderActions
            playlist={playlist}
            playable={playable}
            userId={userId}
            view={shown.isView ? shown.rows : null}
          />
        ),
      rowActions: (row, tabIndex, shown, menu) => (
        <TrackRowActions
          row={row}
          menu={menu}
          liked={liked}
          userId={userId}
          tabIndex={tabIndex}
          compact={compact}
          player={player}
          // A found or sorted view plays in its own order, from this row.
          play={
            shown.isView
              ? { list: () => playListFrom(shown.rows, shown.rows.indexOf(row)) }
              : { contextUri: `spotify:playlist:${id}`, position: row.position }
          }
        />
      ),
      selectionActions: (rows) => (
        <>
          <SelectionSaveButtons rows={rows} />
          <SelectionAddToPlaylist rows={rows} userId={userId} />
          <SelectionCopy
            rows={rows}
            from="this playlist"
            onCreated={() => void playlistsChanged(queryClient)}
          />
        </>
      ),
    }),
    [id, userId, queryClient, compact, player, liked],
  );
}

export function useLikedSongsSlots(userId: string | null): TrackSlots {
  const queryClient = useQueryClient();
  const compact = useMediaQuery(ROW_MENU_QUERY);
  const player = useRowPlayer();
  const liked = useLikedMenuItem();
  return useMemo(
    () => ({
      headerActions: ({ shown }) => {
        const { uris, note } = playListFrom(shown.rows, 0);
        return (
          <div className="playlist-header__actions">
            <PlayListButton uris={uris} label="Liked Songs" note={note} />
            <ExportMenu name="Liked Songs" describe={() => describeLikedSongs(queryClient)} />
          </div>
        );
      },
      rowActions: (row, tabIndex, shown, menu) => (
        <TrackRowActions
          row={row}
          menu={menu}
          liked={liked}
          userId={userId}
          tabIndex={tabIndex}
          compact={compact}
          player={player}
          knownSaved
          play={{ list: () => playListFrom(shown.rows, shown.rows.indexOf(row)) }}
        />
      ),
      selectionActions: (rows) => (
        <>
          <SelectionAddToPlaylist rows={rows} userId={userId} />
          <SelectionCopy
            rows={rows}
            from="Liked Songs"
            onCreated={() => void playlistsChanged(queryClient)}
          />
        </>
      ),
    }),
    [userId, queryClient, compact, player, liked],
  );
}
