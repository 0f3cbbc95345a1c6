/**
 * The actions other features put on a list's rows, selection and header, composed once per
 * page and provided through the track slots: a playlist's and Liked Songs'.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { playListFrom } from '../../components/track-list/play-list';
import { ROW_MENU_QUERY, useMediaQuery } from '../../components/use-media-query';
import type { TrackSlots } from '../../components/track-list/track-slots';
import { useListHearts } from '../../features/library/list-hearts';
import { SelectionSaveButtons } from '../../features/library/selection-save-buttons';
import { PlayListButton, useRowPlayer } from '../../features/player/play-buttons';
import { playlistsChanged } from '../../features/playlists/playlist-sync';
import { ExportMenu } from '../../features/transfer/export-menu';
import { VersionHistoryDialog } from '../../features/history/version-history-dialog';
import { describeLikedSongs } from './export-sources';
import { PlaylistHeaderActions } from './playlist-header-actions';
import { SelectionAddToPlaylist, SelectionCopy } from './selection-actions';
import { TrackRowActions } from './track-row-actions';
import '../../components/list-header.css';

/**
 * Every list's row actions (heart, Play, Add to queue, the row menu), given where a row
 * plays from: `contextUri` plays the context from the row's position, unless the list
 * shows a found or sorted view, which plays in its own order from this row; without a
 * context (Liked Songs) the rows shown from this one play.
 */
function useRowActions(
  userId: string | null,
  contextUri: string | null,
  knownSaved = false,
): NonNullable<TrackSlots['rowActions']> {
  const compact = useMediaQuery(ROW_MENU_QUERY);
  const player = useRowPlayer();
  const hearts = useListHearts();
  const navigate = useNavigate();
  const go = useCallback((path: string) => void navigate(path), [navigate]);
  return useCallback(
    (row, tabIndex, shown, menu) => (
      <TrackRowActions
        row={row}
        menu={menu}
        go={go}
        hearts={hearts}
        userId={userId}
        tabIndex={tabIndex}
        compact={compact}
        player={player}
        knownSaved={knownSaved}
        play={
          contextUri && !shown.isView
            ? { contextUri, position: row.position }
            : { list: () => playListFrom(shown.rows, shown.rows.indexOf(row)) }
        }
      />
    ),
    [userId, contextUri, knownSaved, compact, player, hearts, go],
  );
}

/**
 * What every list offers for its selected rows: Save to Liked Songs (not in Liked Songs
 * itself), Add to playlist… and Copy to a new playlist.
 */
function useSelectionActions(
  userId: string | null,
  from: string,
  saving = true,
): NonNullable<TrackSlots['selectionActions']> {
  const queryClient = useQueryClient();
  return useCallback(
    (rows) => (
      <>
        {saving && <SelectionSaveButtons rows={rows} />}
        <SelectionAddToPlaylist rows={rows} userId={userId} />
        <SelectionCopy
          rows={rows}
          from={from}
          onCreated={() => void playlistsChanged(queryClient)}
        />
      </>
    ),
    [userId, from, saving, queryClient],
  );
}

export function usePlaylistSlots(id: string, userId: string | null): TrackSlots {
  const selectionActions = useSelectionActions(userId, 'this playlist');
  const rowActions = useRowActions(userId, `spotify:playlist:${id}`);
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
      playlistHistory: ({ playlist, rows, restoreReason, restore, onClose }) => (
        <VersionHistoryDialog
          playlistId={playlist.id}
          playlistName={playlist.name}
          snapshot={playlist.snapshot_id}
          rows={rows}
          restoreReason={restoreReason}
          onRestore={restore}
          onClose={onClose}
        />
      ),
      rowActions,
      selectionActions,
    }),
    [userId, rowActions, selectionActions],
  );
}

export function useLikedSongsSlots(userId: string | null): TrackSlots {
  const queryClient = useQueryClient();
  const selectionActions = useSelectionActions(userId, 'Liked Songs', false);
  const rowActions = useRowActions(userId, null, true);
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
      rowActions,
      selectionActions,
    }),
    [queryClient, rowActions, selectionActions],
  );
}

/** An album's tracks: played in the album from the row, saved, added to playlists. */
export function useAlbumSlots(albumUri: string, userId: string | null): TrackSlots {
  const selectionActions = useSelectionActions(userId, 'this album');
  const rowActions = useRowActions(userId, albumUri);
  return useMemo(() => ({ rowActions, selectionActions }), [rowActions, selectionActions]);
}

/**
 * A list with no context of its own (search results, a podcast's episodes): each song or
 * episode with the same actions; Play plays the list from it.
 */
export function usePlainListSlots(userId: string | null): TrackSlots {
  const rowActions = useRowActions(userId, null);
  return useMemo(() => ({ rowActions }), [rowActions]);
}
