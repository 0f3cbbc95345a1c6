import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ExportMenu } from '../../features/transfer/export-menu';
import { CopyDialog } from '../../features/transfer/copy-dialog';
import { describePlaylist } from './export-sources';
import type { Playlist } from '../../api/spotify-types';
import { MenuButton, type MenuItem } from '../../components/menu-button';
import { playListFrom } from '../../components/track-list/play-list';
import type { TrackRow } from '../../domain/track-row';
import { PlayContextButton, PlayListButton } from '../../features/player/play-buttons';
import {
  ChangeCoverButton,
  EditDetailsButton,
  RemoveFromLibraryDialog,
} from '../../features/playlists/details/playlist-actions';
import { playlistsChanged } from '../../features/playlists/playlist-sync';
import '../../components/list-header.css';

interface PlaylistHeaderActionsProps {
  playlist: Playlist;
  playable: boolean;
  userId: string | null;
  /** The rows as a find or sort shows them: Play follows that order. */
  view: TrackRow[] | null;
}

/**
 * The playlist header's actions. Play always shows; Edit details and Change cover are
 * buttons where there is room, and on phones items of the "More" menu (CSS shows one or
 * the other), which always holds Remove from Your Library. Both open the same dialogs,
 * whose state lives here.
 */
export function PlaylistHeaderActions({
  playlist,
  playable,
  userId,
  view,
}: PlaylistHeaderActionsProps) {
  const owned = !!userId && userId === playlist.owner.id;
  const queryClient = useQueryClient();
  const [copying, setCopying] = useState<(string | null)[] | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'remove' | null>(null);
  const cover = useRef<{ choose: () => void }>(null);
  const control = (name: 'edit' | 'remove') => ({
    open: dialog === name,
    onOpenChange: (open: boolean) => setDialog(open ? name : null),
  });
  const more: MenuItem[] = [
    ...(owned
      ? [
          { label: 'Edit details', onSelect: () => setDialog('edit') },
          { label: 'Change cover', onSelect: () => cover.current?.choose() },
        ]
      : []),
    { label: 'Remove from Your Library', onSelect: () => setDialog('remove') },
  ];
  return (
    <div className="playlist-header__actions">
      {playable && !view && <PlayContextButton contextUri={playlist.uri} name={playlist.name} />}
      {playable && view && (
        <PlayListButton
          {...playListFrom(view, 0)}
          label={`${playlist.name} in this view's order`}
        />
      )}
      {owned && <EditDetailsButton playlist={playlist} {...control('edit')} />}
      {owned && <ChangeCoverButton playlist={playlist} chooser={cover} />}
      <ExportMenu
        name={playlist.name}
        describe={() => describePlaylist(queryClient, playlist.id)}
        more={
          playlist.items
            ? [
                {
                  label: 'Copy to a new playlist…',
                  onSelect: () =>
                    void describePlaylist(queryClient, playlist.id).then((p) =>
                      setCopying(p.items.map((item) => item.uri)),
                    ),
                },
              ]
            : []
        }
      />
      {copying && (
        <CopyDialog
          what={playlist.name}
          defaultName={`${playlist.name} (copy)`}
          uris={copying}
          onClose={() => setCopying(null)}
          onCreated={() => void playlistsChanged(queryClient)}
        />
      )}
      <RemoveFromLibraryDialog playlist={playlist} owned={owned} {...control('remove')} />
      <MenuButton
        className="button header-more header-more--always"
        label={`More for ${playlist.name}`}
        items={more}
      >
        More
      </MenuButton>
      {userId && !owned && (
        <p className="muted">
          Only {playlist.owner.display_name || playlist.owner.id} can change its details.{' '}
          {playlist.items
            ? 'As a collaborator, you can add, move and remove its items.'
            : 'Its items can be changed only by the owner and collaborators.'}
        </p>
      )}
    </div>
  );
}
