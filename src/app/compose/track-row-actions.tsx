import { useState } from 'react';
import { MenuButton } from '../../components/menu-button';
import { isPlayable, type TrackRow } from '../../domain/track-row';
import { SaveButton } from '../../features/library/save-button';
import { RowPlayActions, type RowPlayer } from '../../features/player/play-buttons';
import {
  AddToPlaylistButton,
  AddToPlaylistDialog,
} from '../../features/playlists/edit/add-to-playlist';
import { formatDuration } from '../../lib/format';

/** Where a row's Play starts: its place in a context, or a list of URIs made when pressed. */
export type RowPlayTarget =
  { contextUri: string; position: number } | { list: () => { uris: string[]; note?: string } };

interface TrackRowActionsProps {
  row: TrackRow;
  play: RowPlayTarget;
  /** The list's one player (useRowPlayer), shared by its rows. */
  player: RowPlayer;
  userId: string | null;
  tabIndex: number;
  /** The row is in Liked Songs (its heart is pressed without asking). */
  knownSaved?: boolean;
  /** A phone's width (ROW_MENU_QUERY): one "More" menu instead of the buttons. */
  compact: boolean;
}

/**
 * A row's actions: the heart always (a local file's says why it can't be saved), and for
 * playable rows Play, Add to queue and Add to playlist: buttons where there is room, and
 * on narrow screens one "More" menu that also says the row's position and length (their
 * columns give way to the title there). Only the one shown is rendered: both in every
 * row was the costliest part of a phone's first render of a list.
 */
export function TrackRowActions(props: TrackRowActionsProps) {
  const { row, tabIndex, knownSaved } = props;
  return (
    <span className="row-actions">
      <SaveButton row={row} tabIndex={tabIndex} knownSaved={knownSaved} />
      {isPlayable(row) && row.uri && <PlayableRowActions {...props} uri={row.uri} />}
    </span>
  );
}

function PlayableRowActions({
  row,
  play,
  player,
  userId,
  tabIndex,
  uri,
  compact,
}: TrackRowActionsProps & { uri: string }) {
  const playRow = () => player.play({ ...play, uri, title: row.title });
  const queue = () => player.queue({ uri, title: row.title });
  const [adding, setAdding] = useState(false);
  if (!compact)
    return (
      <span className="row-actions">
        <RowPlayActions title={row.title} tabIndex={tabIndex} play={playRow} queue={queue} />
        <AddToPlaylistButton row={row} userId={userId} tabIndex={tabIndex} />
      </span>
    );
  return (
    <>
      <MenuButton
        className="row-action row-actions__more"
        label={`More for ${row.title}`}
        tabIndex={tabIndex}
        info={`Position ${row.position + 1} · ${formatDuration(row.durationMs)}`}
        items={[
          { label: 'Play', onSelect: playRow },
          { label: 'Add to queue', onSelect: queue },
          { label: 'Add to playlist…', onSelect: () => setAdding(true) },
        ]}
      >
        <span aria-hidden="true">⋯</span>
      </MenuButton>
      {adding && <AddToPlaylistDialog row={row} userId={userId} onClose={() => setAdding(false)} />}
    </>
  );
}
