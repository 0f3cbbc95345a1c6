import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seededPlaylist } from '../../testing/emulator-library';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';
import {
  dataRows,
  growRoadTrip,
  heartIn,
  isSaved,
  likedUris,
  requests,
  rowAt,
  urisOf,
} from '../../testing/liked-songs';
// Waits until the playlist can be edited: selecting starts once every item has loaded.
import { openPlaylist } from '../../testing/playlist-page';

const store = () => testEmulator().store;

describe('saving a selection', () => {
  it('goes in batches of 40; a failure half way says what was done and a retry sends only the rest', async () => {
    growRoadTrip(100);
    const { user } = await openPlaylist('Road Trip');
    await user.click(await screen.findByRole('checkbox', { name: 'Select all' }));
    const toolbar = screen.getByRole('toolbar', { name: 'Selected items' });
    store().faults.failWrite = 2;
    await user.click(within(toolbar).getByRole('button', { name: 'Save to Liked Songs' }));
    expect(await within(toolbar).findByRole('alert')).toHaveTextContent(
      'Saved 40 of 100 songs to Liked Songs; the other 60 failed',
    );
    const all = seededPlaylist('Road Trip').entries.map((e) => e.uri);
    expect(all.filter(isSaved)).toEqual(all.slice(0, 40));

    await user.click(within(toolbar).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(all.every(isSaved)).toBe(true));
    const writes = requests('/v1/me/library', 'PUT').map((r) => urisOf(r.query));
    expect(writes.map((w) => w.length)).toEqual([40, 40, 40, 20]);
    expect(writes.slice(2).flat()).toEqual(all.slice(40));
    // The lookups before it went 40 at a time too.
    expect(requests('/v1/me/library/contains').every((r) => urisOf(r.query).length <= 40)).toBe(
      true,
    );
    for (const row of (await dataRows()).slice(0, 5))
      expect(heartIn(row)).toHaveAttribute('aria-pressed', 'true');
  });

  it('leaves songs already saved alone, so undo removes only what it saved', async () => {
    const entries = seededPlaylist('Road Trip').entries.map((e) => e.uri);
    store().saved.set(entries[1]!, 1);
    const { user } = await openPlaylist('Road Trip');
    for (const position of [1, 2, 3])
      await user.click(within(await rowAt(position)).getByRole('checkbox'));
    const toolbar = screen.getByRole('toolbar', { name: 'Selected items' });
    await user.click(within(toolbar).getByRole('button', { name: 'Save to Liked Songs' }));
    await screen.findByText('Saved 2 songs to Liked Songs.');
    expect(urisOf(requests('/v1/me/library', 'PUT')[0]!.query)).toEqual([entries[0], entries[2]]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone. Removed 2 songs from Liked Songs.');
    expect(entries.slice(0, 3).map(isSaved)).toEqual([false, true, false]);
  });

  it('removes a selection from the Liked Songs page and adds it to a playlist', async () => {
    await signIn();
    const { user } = renderApp('/liked');
    await screen.findByText('All 12,000 songs loaded.', undefined, { timeout: 15_000 });
    // Rows 1-3 are withdrawn songs (they can be removed, not added to a playlist).
    const top = likedUris().slice(0, 5);
    await user.click(within(await rowAt(1)).getByRole('checkbox'));
    await user.click(within(await rowAt(4)).getByRole('checkbox'));
    await user.click(within(await rowAt(5)).getByRole('checkbox'));
    const toolbar = screen.getByRole('toolbar', { name: 'Selected items' });

    await user.click(within(toolbar).getByRole('button', { name: 'Add to playlist…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add 2 songs to a playlist' });
    expect(dialog).toHaveTextContent("1 local file or unavailable item can't be added");
    await user.click(await within(dialog).findByRole('button', { name: /^Empty Shelf/ }));
    await screen.findByText(/^Added 2 songs to Empty Shelf\.$/);
    await waitFor(() =>
      expect(seededPlaylist('Empty Shelf').entries.map((e) => e.uri)).toEqual([top[3], top[4]]),
    );

    await user.click(within(toolbar).getByRole('button', { name: 'Remove from Liked Songs' }));
    await screen.findByText('Removed 3 songs from Liked Songs.');
    expect(await screen.findByText('11,997 songs')).toBeInTheDocument();
    expect(top.map((uri) => isSaved(uri))).toEqual([false, true, true, false, false]);
    expect(requests('/v1/me/library/contains')).toHaveLength(0);
  });
});
