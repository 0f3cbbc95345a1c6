/**
 * "In your playlists": answered at once from the playlists read so far, and completed on
 * request by reading the others.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seededPlaylist, trackName } from '../../testing/emulator-library';
import { openPlaylist, rowAt } from '../../testing/playlist-page';
import { changePlaylistElsewhere } from '../../testing/test-emulator';

describe('In your playlists', () => {
  it('names the playlists read so far that hold the song, then reads the rest on request', async () => {
    const entry = seededPlaylist('Road Trip').entries[0]!;
    // The same song is also in Band Practice, which this visit has not read.
    changePlaylistElsewhere(seededPlaylist('Band Practice').id, (entries) => [
      ...entries,
      { ...entry, key: 1_000_000 },
    ]);
    const { user } = await openPlaylist('Road Trip');
    const title = trackName(entry.uri);
    rowAt(1).focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    await user.click(screen.getByRole('menuitem', { name: 'In your playlists…' }));

    const dialog = await screen.findByRole('dialog', { name: `“${title}” in your playlists` });
    const status = within(dialog).getByRole('status');
    expect(status).toHaveTextContent(/^In 1 playlist of yours\. Checked \d+ of \d+ playlists\.$/);
    expect(within(dialog).getByRole('link', { name: 'Road Trip' })).toBeVisible();
    expect(within(dialog).queryByRole('link', { name: 'Band Practice' })).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: /^Check the rest/ }));
    expect(await within(dialog).findByRole('link', { name: 'Band Practice' })).toBeVisible();
    // Every playlist read: no count of checked ones, nothing left to check.
    await waitFor(() => expect(status).toHaveTextContent(/^In \d+ playlists of yours\.$/));
    expect(within(dialog).queryByRole('button', { name: /^Check the rest/ })).toBeNull();
  });
});
