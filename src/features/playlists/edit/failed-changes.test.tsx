import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { trackName } from '../../../testing/emulator-library';
import {
  freshTrack,
  itemWrites,
  openPlaylist,
  playlistUris as uris,
  rowAt,
  searchFor,
} from '../../../testing/playlist-page';

import { testEmulator } from '../../../testing/test-emulator';

const store = () => testEmulator().store;
const writes = itemWrites;

describe('A change that fails half way', () => {
  it('loses no copies: when putting copies back fails, "Try again" puts back only those', async () => {
    const { user } = await openPlaylist('Duplicates Galore');
    const before = uris('Duplicates Galore');
    await user.click(within(rowAt(4)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Remove…' }));
    store().faults.failNextPosts = 1;
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Only part of the change was made');
    // Spotify removed every copy; the first put-back failed.
    expect(uris('Duplicates Galore')).toHaveLength(7);
    await user.click(await within(alert).findByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(uris('Duplicates Galore')).toEqual(before.filter((_, i) => i !== 3)),
    );

    await screen.findByText(/^Finished: Removed/);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(/^Undone: Finished: Removed/);
    expect(uris('Duplicates Galore')).toEqual(before);
  });
  it('loses no copies when undoing a second copy fails half way: "Try again" finishes the undo', async () => {
    const { user } = await openPlaylist('Road Trip');
    const before = uris('Road Trip');
    const song = before[2]!;
    const { add } = await searchFor(user, song);
    await user.click(add);
    const dialog = await screen.findByRole('dialog', { name: /is already in Road Trip/ });
    await user.click(within(dialog).getByRole('button', { name: 'Add anyway' }));
    await screen.findByText(/^Added “.+” to Road Trip\.$/);
    expect(uris('Road Trip')).toEqual([...before, song]);

    // Undo removes every copy and puts the first back; putting it back fails.
    store().faults.failNextPosts = 1;
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Undoing “Added .+”: Only part of the change was made/);
    expect(uris('Road Trip')).toHaveLength(before.length - 1);
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).toBeEnabled());
    await user.click(retry);
    await screen.findByText(/^Undone: Finished: Added/);
    expect(uris('Road Trip')).toEqual(before);
  });

  it('a refused undo of a removal, tried again, puts the copy back without asking whether to add it again', async () => {
    const { user } = await openPlaylist('Duplicates Galore');
    const before = uris('Duplicates Galore');
    await user.click(within(rowAt(4)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Remove…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }));
    await screen.findByText(/^Removed .+ from Duplicates Galore\./);

    store().faults.failNextPosts = 1;
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Undoing “Removed .+”: Spotify did not make the change/);
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).toBeEnabled());
    await user.click(retry);
    await screen.findByText(/^Undone: Removed/);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(uris('Duplicates Galore')).toEqual(before);
  });

  it('an undo refused after leaving the playlist (Ctrl+Z) says so in a toast', async () => {
    const { user, router } = await openPlaylist('Road Trip');
    const before = uris('Road Trip');
    await user.click(within(rowAt(2)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Remove…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }));
    await screen.findByText(/^Removed .+ from Road Trip\./);

    await router.navigate('/playlists');
    await screen.findByRole('heading', { level: 1, name: 'Playlists' });
    // The toast stayed with the playlist's page; the undo history did not.
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    store().faults.failNextPosts = 1;
    await user.keyboard('{Control>}z{/Control}');
    expect(
      await screen.findByText(/^Could not undo “Removed .+” Spotify did not make the change/),
    ).toBeInTheDocument();
    expect(uris('Road Trip')).toEqual(before.filter((_, i) => i !== 1));
  });

  it('loses no copies when the connection drops right after the removal: "Try again" only puts them back', async () => {
    const { user } = await openPlaylist('Duplicates Galore');
    const before = uris('Duplicates Galore');
    await user.click(within(rowAt(4)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Remove…' }));
    store().faults.dropAfterCommit = 1;
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('may or may not have been made');
    // Spotify removed every copy; the answer was lost, so none was put back yet.
    expect(uris('Duplicates Galore')).toHaveLength(7);
    await user.click(await within(alert).findByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(uris('Duplicates Galore')).toEqual(before.filter((_, i) => i !== 3)),
    );
    expect(writes('Duplicates Galore', 'DELETE')).toHaveLength(1);

    // Undo reverses the removal (the copy comes back), not the putting back.
    await screen.findByText(/^Finished: Removed/);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(/^Undone: Finished: Removed/);
    expect(uris('Duplicates Galore')).toEqual(before);
  });
});

describe('Optimistic changes and rollback', () => {
  it('removes at once, and puts the row back with a message when Spotify fails', async () => {
    const { user } = await openPlaylist('Road Trip');
    const before = uris('Road Trip');
    await user.click(within(rowAt(1)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Remove…' }));
    store().faults.latencyMs = 30;
    store().faults.errorRate = 1;
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }));
    expect(rowAt(1)).toHaveTextContent(trackName(before[1]!));
    expect(await screen.findByRole('alert')).toHaveTextContent('Spotify did not make the change');
    await waitFor(() => expect(rowAt(1)).toHaveTextContent(trackName(before[0]!)));
    expect(uris('Road Trip')).toEqual(before);
    store().faults.errorRate = 0;
  });

  it('adds at once, and takes the row away with a message when Spotify fails', async () => {
    const { user } = await openPlaylist('Empty Shelf');
    const uri = freshTrack('Empty Shelf');
    const { add } = await searchFor(user, uri);
    store().faults.latencyMs = 30;
    store().faults.errorRate = 1;
    await user.click(add);
    expect(screen.getByRole('grid')).toHaveTextContent(trackName(uri));
    expect(await screen.findByRole('alert')).toHaveTextContent('Spotify did not make the change');
    expect(await screen.findByText('This playlist is empty')).toBeInTheDocument();
    expect(uris('Empty Shelf')).toEqual([]);
    store().faults.errorRate = 0;
  });
});
