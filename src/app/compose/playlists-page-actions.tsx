import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useHasScopes } from '../../auth/scope-upgrade';
import { MenuButton } from '../../components/menu-button';
import { collectionQueries } from '../../features/library/collections';
import { NewPlaylistButton } from '../../features/playlists/details/playlist-actions';
import { FollowByLinkDialog } from '../../features/playlists/follow-by-link';
import { playlistsChanged } from '../../features/playlists/playlist-sync';
import { playlistQueries } from '../../features/playlists/queries';
import { RecentlyRemovedDialog } from '../../features/history/recently-removed-dialog';
import { CopyDialog } from '../../features/transfer/copy-dialog';
import { ExportAllButton } from '../../features/transfer/export-all';
import { ImportDialog } from '../../features/transfer/import-dialog';
import { MergeDialog } from '../../features/transfer/merge-dialog';
import { RestoreDialog } from '../../features/transfer/restore-dialog';
import { describePlaylist, librarySaved, librarySources } from './export-sources';
import { ComparePlaylists } from './compare-playlists';
import { LibraryDuplicates } from './library-duplicates';
import '../../components/list-header.css';

const LABELS = {
  follow: 'Follow a playlist…',
  merge: 'Merge playlists…',
  import: 'Import from CSV…',
  restore: 'Restore from backup…',
  compare: 'Compare playlists…',
  duplicates: 'Find duplicates across playlists…',
  removed: 'Recently removed…',
} as const;
type Opened = keyof typeof LABELS;
/** The tools over your whole library: one "Library tools" menu where the others are buttons. */
const TOOLS: Opened[] = ['compare', 'duplicates', 'removed'];

/**
 * The Playlists page's actions: New playlist and Export everything always; Follow, Merge,
 * Import and Restore as buttons where there is room with the library tools (Compare,
 * duplicates across, Recently removed) in one menu beside them, and on phones all of them
 * in one "More" menu (CSS shows one or the other), so the actions take one line there.
 * Both open the same dialogs.
 */
export function PlaylistsPageActions({ userId }: { userId: string | undefined }) {
  const queryClient = useQueryClient();
  const likedAllowed = useHasScopes('user-library-read');
  const followsAllowed = useHasScopes('user-follow-read');
  const list = useQuery(playlistQueries.list());
  const [opened, setOpened] = useState<Opened | null>(null);
  const [recreating, setRecreating] = useState<{ name: string; uris: (string | null)[] } | null>(
    null,
  );
  const close = () => setOpened(null);
  const changed = () => void playlistsChanged(queryClient);
  const kinds = Object.keys(LABELS) as Opened[];
  return (
    <>
      <NewPlaylistButton />
      {kinds
        .filter((kind) => !TOOLS.includes(kind))
        .map((kind) => (
          <button
            key={kind}
            type="button"
            className="button header-action"
            onClick={() => setOpened(kind)}
          >
            {LABELS[kind]}
          </button>
        ))}
      <MenuButton
        className="button header-action"
        label="Library tools"
        items={TOOLS.map((kind) => ({ label: LABELS[kind], onSelect: () => setOpened(kind) }))}
      >
        Library tools
      </MenuButton>
      <ExportAllButton
        sources={() => librarySources(queryClient, likedAllowed)}
        library={() =>
          librarySaved(queryClient, { library: likedAllowed, follows: followsAllowed })
        }
      />
      <MenuButton
        className="button header-more"
        label="More playlist actions"
        items={kinds.map((kind) => ({ label: LABELS[kind], onSelect: () => setOpened(kind) }))}
      >
        More
      </MenuButton>
      {opened === 'merge' && (
        <MergeDialog
          playlists={(list.data ?? []).map((p) => {
            const yours = p.owner.id === userId || p.collaborative;
            return { id: p.id, name: p.name, readable: yours, editable: yours };
          })}
          loadUris={(id) =>
            describePlaylist(queryClient, id).then((p) => p.items.map((i) => i.uri))
          }
          onClose={close}
          onChanged={changed}
        />
      )}
      {opened === 'import' && <ImportDialog onClose={close} onCreated={changed} />}
      {opened === 'follow' && <FollowByLinkDialog onClose={close} />}
      {opened === 'compare' && <ComparePlaylists userId={userId} onClose={close} />}
      {opened === 'duplicates' && <LibraryDuplicates userId={userId} onClose={close} />}
      {opened === 'removed' && (
        <RecentlyRemovedDialog
          onClose={close}
          onRecovered={changed}
          onRecreate={(name, uris) => {
            close();
            setRecreating({ name, uris });
          }}
        />
      )}
      {recreating && (
        <CopyDialog
          what={`${recreating.name} from history`}
          defaultName={recreating.name}
          uris={recreating.uris}
          onClose={() => setRecreating(null)}
          onCreated={changed}
        />
      )}
      {opened === 'restore' && (
        <RestoreDialog
          onClose={close}
          onRestored={() => {
            changed();
            // A restore may also have saved albums and followed artists and podcasts again.
            void queryClient.invalidateQueries({ queryKey: collectionQueries.all() });
          }}
        />
      )}
    </>
  );
}
