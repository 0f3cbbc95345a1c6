import { InYourPlaylistsDialog } from '../../features/playlists/in-your-playlists';
import { albumPath, artistPath } from '../../components/catalog-links';
import { useState } from 'react';
import { MenuButton, type MenuHandle, type MenuItem } from '../../components/menu-button';
import { useTrackSlots } from '../../components/track-list/track-slots';
import { undoHistory } from '../../components/undo/undo-store';
import { spotifyWebUrl } from '../../domain/spotify-uri';
import { isPlayable, type TrackRow } from '../../domain/track-row';
import type { ListHearts } from '../../features/library/list-hearts';
import { SaveButton } from '../../features/library/save-button';
import { RowPlayActions, type RowPlayer } from '../../features/player/play-buttons';
import { AddToPlaylistDialog } from '../../features/playlists/edit/add-to-playlist';
import { formatDuration } from '../../lib/format';

/** Where a row's Play starts: its place in a context, or a list of URIs made when pressed. */
export type RowPlayTarget =
  { contextUri: string; position: number } | { list: () => { uris: string[]; note?: string } };

interface TrackRowActionsProps {
  row: TrackRow;
  play: RowPlayTarget;
  /** The list's one player (useRowPlayer), shared by its rows. */
  player: RowPlayer;
  /** The list's hearts (useListHearts): the heart and its menu item, shared by the rows. */
  hearts: ListHearts;
  userId: string | null;
  tabIndex: number;
  /** The row is in Liked Songs (its heart is pressed without asking). */
  knownSaved?: boolean;
  /** A phone's width (ROW_MENU_QUERY): Play and Add to queue move into the menu too. */
  compact: boolean;
  /** The row's handle on its menu (right-click, Shift+F10). */
  menu: React.Ref<MenuHandle>;
  /** Opens one of the app's pages (the list's one navigate, for Go to artist / album). */
  go: (path: string) => void;
}

/**
 * A row's actions: the heart always (a local file's says why it can't be saved), Play and
 * Add to queue where there is room, and the row's menu ("More for …", also opened by a
 * right-click, Shift+F10 or the context-menu key): Play, Add to queue, Add to playlist…,
 * the heart, Copy song link and what the list adds (Remove from this playlist…). On a
 * phone the menu also says the row's position and length (their columns give way there).
 * The menu's items are made when it opens, not with every row.
 */
export function TrackRowActions(props: TrackRowActionsProps) {
  const { row, play, player, tabIndex, knownSaved, compact, userId, hearts, menu, go } = props;
  const { rowMenuItems } = useTrackSlots();
  const [adding, setAdding] = useState(false);
  const [finding, setFinding] = useState(false);
  const uri = isPlayable(row) ? row.uri : null;
  const playRow = uri ? () => player.play({ ...play, uri, title: row.title }) : null;
  const queue = uri ? () => player.queue({ uri, title: row.title }) : null;
  const link = spotifyWebUrl(row.uri);

  const items = (): MenuItem[] => {
    const heart = hearts.menuItem(row, knownSaved);
    return [
      ...(playRow && queue
        ? [
            { label: 'Play', onSelect: playRow },
            { label: 'Add to queue', onSelect: queue },
            { label: 'Add to playlist…', onSelect: () => setAdding(true) },
            { label: 'In your playlists…', onSelect: () => setFinding(true) },
          ]
        : []),
      ...(heart ? [heart] : []),
      ...goItems(row, go),
      ...(link
        ? [{ label: 'Copy song link', onSelect: () => void copyLink(link, row.title) }]
        : []),
      ...(rowMenuItems?.(row) ?? []),
    ];
  };
  // An entry Spotify no longer has, in a list nobody can change, has nothing to offer.
  const hasMenu = !!link || !!rowMenuItems?.(row).length;

  return (
    <span className="row-actions">
      <SaveButton row={row} tabIndex={tabIndex} knownSaved={knownSaved} hearts={hearts} />
      {!compact && playRow && queue && (
        <RowPlayActions title={row.title} tabIndex={tabIndex} play={playRow} queue={queue} />
      )}
      {hasMenu && (
        <MenuButton
          ref={menu}
          className="row-action row-actions__more"
          label={`More for ${row.title}`}
          tabIndex={tabIndex}
          info={compact ? `Position ${row.position + 1} · ${formatDuration(row.durationMs)}` : null}
          items={items}
        >
          <span aria-hidden="true">⋯</span>
        </MenuButton>
      )}
      {adding && <AddToPlaylistDialog row={row} userId={userId} onClose={() => setAdding(false)} />}
      {finding && (
        <InYourPlaylistsDialog row={row} userId={userId} onClose={() => setFinding(false)} />
      )}
    </span>
  );
}

/** Go to artist (each by name when there are several) and Go to album, where they have pages. */
function goItems(row: TrackRow, go: (path: string) => void): MenuItem[] {
  const artists = (row.artists ?? []).filter((artist) => artist.id);
  return [
    ...artists.map((artist) => ({
      label: artists.length === 1 ? 'Go to artist' : `Go to ${artist.name}`,
      onSelect: () => go(artistPath(artist.id!)),
    })),
    ...(row.albumId ? [{ label: 'Go to album', onSelect: () => go(albumPath(row.albumId!)) }] : []),
  ];
}

async function copyLink(link: string, title: string) {
  try {
    await navigator.clipboard.writeText(link);
    undoHistory.announce(`Copied the link to “${title}”.`);
  } catch {
    undoHistory.announce(`Could not copy the link to “${title}”: the browser did not allow it.`);
  }
}
