import { useState } from 'react';
import { MenuButton } from '../components/menu-button';
import { RowPlayActions, useRowPlay } from '../features/player/play-buttons';
import { AddToPlaylistButton, AddToPlaylistDialog } from '../features/playlists/add-to-playlist';
import type { PlaylistRow } from '../features/playlists/playlist-rows';
import { formatDuration } from '../lib/format';

interface PlaylistRowActionsProps {
  playlistId: string;
  row: PlaylistRow;
  userId: string | null;
  tabIndex: number;
}

/**
 * A playable row's actions: buttons where there is room, and on narrow screens one
 * "More" menu that also says the row's position and length (their columns give way to
 * the title there). CSS shows one or the other, so each is the same code at every width.
 */
export function PlaylistRowActions({ playlistId, row, userId, tabIndex }: PlaylistRowActionsProps) {
  const rowPlay = {
    contextUri: `spotify:playlist:${playlistId}`,
    position: row.position,
    uri: row.uri!,
    title: row.title,
  };
  const { play, queue } = useRowPlay(rowPlay);
  const [adding, setAdding] = useState(false);
  return (
    <span className="row-actions">
      <span className="row-actions row-actions--wide">
        <RowPlayActions {...rowPlay} tabIndex={tabIndex} />
        <AddToPlaylistButton row={row} userId={userId} tabIndex={tabIndex} />
      </span>
      <MenuButton
        className="row-action row-actions__more"
        label={`More for ${row.title}`}
        tabIndex={tabIndex}
        info={`Position ${row.position + 1} · ${formatDuration(row.durationMs)}`}
        items={[
          { label: 'Play', onSelect: play },
          { label: 'Add to queue', onSelect: queue },
          { label: 'Add to playlist…', onSelect: () => setAdding(true) },
        ]}
      >
        <span aria-hidden="true">⋯</span>
      </MenuButton>
      {adding && <AddToPlaylistDialog row={row} userId={userId} onClose={() => setAdding(false)} />}
    </span>
  );
}
