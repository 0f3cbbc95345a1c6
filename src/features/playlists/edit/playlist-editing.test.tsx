import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { trackName } from '../../../testing/emulator-library';
import {
  freshTrack,
  itemWrites,
  openPlaylist,
  openSearch,
  playlistUris as uris,
  rowAt,
  searchFor,
} from '../../../testing/playlist-page';
import { changePlaylistElsewhere, testEmulator } from '../../../testing/test-emulator';

const store = () => testEmulator().store;
const playlist = (name: string) => [...store().playlists.values()].find((p) => p.name === name)!;
const writes = itemWrites;

describe('Adding items', () => {
  it('searches, adds to an empty playlist, and undoes the add', async () => {
    const { user } = await openPlaylist('Empty Shelf');
    const uri = freshTrack('Empty Shelf');
    const { add } = await searchFor(user, uri);
    await user.click(add);

    expect(await screen.findByRole('grid')).toHaveTextContent(trackName(uri));
    await waitFor(() => expect(uris('Empty Shelf')).toEqual([uri]));
    const message = `Added “${trackName(uri)}” to Empty Shelf.`;
    expect(await screen.findByText(message)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(uris('Empty Shelf')).toEqual([]));
    expect(await screen.findByText(`Undone: ${message}`)).toBeInTheDocument();
    expect(await screen.findByText('This playlist is empty')).toBeInTheDocument();
  });

  it('pages search results by ten with "More results"', async () => {
    const { user } = await openPlaylist('Empty Shelf');
    const panel = await openSearch(user, 'e');
    const songs = await within(panel).findByRole('region', { name: 'Songs' });
    expect(within(songs).getAllByRole('listitem')).toHaveLength(10);
    await user.click(within(panel).getByRole('button', { name: 'More results' }));
    await waitFor(() => expect(within(songs).getAllByRole('listitem')).toHaveLength(20));
    const searches = store().requestLog.filter((r) => r.path === '/v1/search');
    expect(searches.map((r) => new URLSearchParams(r.query).get('offset'))).toEqual(['0', '10']);
    expect(new URLSearchParams(searches[0]!.query).get('type')).toBe('track,episode');
    expect(within(panel).getByRole('region', { name: 'Episodes' })).toBeInTheDocument();
  });

  it('says when the search fails, and tries again', async () => {
    const { user } = await openPlaylist('Empty Shelf');
    store().faults.errorRate = 1;
    const panel = await openSearch(user, 'e');
    expect(await within(panel).findByText('Search failed')).toBeInTheDocument();
    store().faults.errorRate = 0;
    await user.click(within(panel).getByRole('button', { name: 'Try again' }));
    expect(await within(panel).findByRole('region', { name: 'Songs' })).toBeInTheDocument();
  });

  it('asks before adding something already there, and adds at a chosen position', async () => {
    const { user } = await openPlaylist('Road Trip');
    const uri = freshTrack('Road Trip');
    const { panel, add } = await searchFor(user, uri);
    await user.click(add);
    await waitFor(() => expect(uris('Road Trip')).toHaveLength(26));
    await screen.findByText(`Added “${trackName(uri)}” to Road Trip.`);

    await user.click(add);
    let dialog = screen.getByRole('dialog', {
      name: `“${trackName(uri)}” is already in Road Trip`,
    });
    await user.click(within(dialog).getByRole('button', { name: "Don't add" }));
    expect(writes('Road Trip', 'POST')).toHaveLength(1);

    await user.click(within(panel).getByRole('radio', { name: 'Position' }));
    fireEvent.change(within(panel).getByLabelText('Position to add at'), {
      target: { value: '3' },
    });
    await user.click(add);
    dialog = screen.getByRole('dialog', { name: /is already in Road Trip/ });
    await user.click(within(dialog).getByRole('button', { name: 'Add anyway' }));
    await waitFor(() => expect(uris('Road Trip')).toHaveLength(27));
    expect(uris('Road Trip')[2]).toBe(uri);
    expect(JSON.parse(writes('Road Trip', 'POST')[1]!.body!)).toEqual({ uris: [uri], position: 2 });
    // The next add at a position goes after it.
    expect(within(panel).getByLabelText('Position to add at')).toHaveValue(4);
  });

  it('never adds twice when the connection drops after Spotify committed', async () => {
    const { user } = await openPlaylist('Road Trip');
    const uri = freshTrack('Road Trip');
    const { add } = await searchFor(user, uri);
    store().faults.dropAfterCommit = 1;
    await user.click(add);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('may or may not have been made');
    // Re-read: the add that reached Spotify shows, then a retry asks before adding again.
    await waitFor(() => expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '27'));
    await user.click(await within(alert).findByRole('button', { name: 'Try again' }));
    const dialog = screen.getByRole('dialog', { name: /is already in Road Trip/ });
    await user.click(within(dialog).getByRole('button', { name: "Don't add" }));
    expect(uris('Road Trip').filter((u) => u === uri)).toHaveLength(1);
  });

  it('adds a row to another playlist with "Add to playlist…" from its right-click menu', async () => {
    const { user } = await openPlaylist('Road Trip');
    const uri = uris('Road Trip')[1]!;
    await user.pointer({ keys: '[MouseRight]', target: rowAt(2) });
    const menu = screen.getByRole('menu', { name: `More for ${trackName(uri)}` });
    expect(within(menu).getByRole('menuitem', { name: 'Play' })).toHaveFocus();
    await user.click(within(menu).getByRole('menuitem', { name: 'Add to playlist…' }));
    const dialog = screen.getByRole('dialog', { name: `Add “${trackName(uri)}” to a playlist` });
    // Only playlists the user may add to: owned or collaborative.
    expect(within(dialog).queryByRole('button', { name: /Editor's Picks/ })).toBeNull();
    await user.click(await within(dialog).findByRole('button', { name: /^Band Practice/ }));
    await waitFor(() => expect(uris('Band Practice').at(-1)).toBe(uri));
    expect(
      await screen.findByText(`Added “${trackName(uri)}” to Band Practice.`),
    ).toBeInTheDocument();
  });
});

describe('The row menu', () => {
  it('opens from the keyboard on the focused row and removes that row, with Undo', async () => {
    const { user } = await openPlaylist('Road Trip');
    const before = uris('Road Trip');
    const name = trackName(before[2]!);
    rowAt(3).focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    const menu = screen.getByRole('menu', { name: `More for ${name}` });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Play',
      'Add to queue',
      'Add to playlist…',
      'In your playlists…',
      'Save to Liked Songs',
      'Go to artist',
      'Go to album',
      'Copy song link',
      'Remove from this playlist…',
    ]);
    await user.keyboard('{End}{Enter}');
    const dialog = screen.getByRole('dialog', { name: `Remove “${name}” from Road Trip?` });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(uris('Road Trip')).toEqual(before.filter((_, i) => i !== 2)));
    expect(document.activeElement).toHaveAttribute('role', 'row');

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(uris('Road Trip')).toEqual(before));
  });

  it('copies a song link and saves to Liked Songs from the context-menu key', async () => {
    const { user } = await openPlaylist('Road Trip');
    const uri = uris('Road Trip')[0]!;
    rowAt(1).focus();
    await user.keyboard('{ContextMenu}');
    await user.click(screen.getByRole('menuitem', { name: 'Copy song link' }));
    expect(await navigator.clipboard.readText()).toBe(
      `https://open.spotify.com/track/${uri.split(':')[2]}`,
    );
    expect(await screen.findByText(`Copied the link to “${trackName(uri)}”.`)).toBeInTheDocument();

    rowAt(1).focus();
    await user.keyboard('{ContextMenu}');
    await user.click(screen.getByRole('menuitem', { name: 'Save to Liked Songs' }));
    await waitFor(() => expect(store().saved.has(uri)).toBe(true));
    expect(within(rowAt(1)).getByRole('button', { name: 'Save to Liked Songs' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    rowAt(1).focus();
    await user.keyboard('{ContextMenu}');
    expect(screen.getByRole('menuitem', { name: 'Remove from Liked Songs' })).toBeEnabled();
  });
});

describe('Selecting and removing', () => {
  it('selects with Shift for a range and with the keyboard', async () => {
    const { user } = await openPlaylist('Road Trip');
    await user.click(within(rowAt(2)).getByRole('checkbox'));
    await user.keyboard('{Shift>}');
    await user.click(within(rowAt(5)).getByRole('checkbox'));
    await user.keyboard('{/Shift}');
    const toolbar = screen.getByRole('toolbar', { name: 'Selected items' });
    expect(toolbar).toHaveTextContent('4 items selected');

    rowAt(7).focus();
    await user.keyboard(' ');
    expect(toolbar).toHaveTextContent('5 items selected');
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(toolbar).toHaveTextContent('6 items selected');
    expect(rowAt(8)).toHaveAttribute('aria-selected', 'true');
    // The toolbar is one Tab stop; arrow keys move between its buttons.
    const remove = within(toolbar).getByRole('button', { name: 'Remove…' });
    remove.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(toolbar).getByRole('button', { name: 'Move to top' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(remove).toHaveFocus();

    rowAt(8).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('toolbar')).toBeNull();
    await user.keyboard('{Control>}a{/Control}');
    expect(screen.getByRole('toolbar')).toHaveTextContent('25 items selected');
    const all = screen.getByRole('checkbox', { name: 'Select all' });
    expect(all).toBeChecked();
    await user.click(all);
    expect(screen.queryByRole('toolbar')).toBeNull();
  });

  it('removes one copy of a duplicate: the other copies go back where they were', async () => {
    const { user } = await openPlaylist('Duplicates Galore');
    const before = uris('Duplicates Galore');
    const target = before[3]!;
    await user.click(within(rowAt(4)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Remove…' }));
    const dialog = screen.getByRole('dialog', {
      name: `Remove “${trackName(target)}” from Duplicates Galore?`,
    });
    expect(dialog).toHaveTextContent('2 other copies');
    expect(dialog).toHaveTextContent('their date added will change to today');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    // Focus goes back to the table, not to the page's start.
    expect(document.activeElement).toHaveAttribute('role', 'row');
    const expected = before.filter((_, i) => i !== 3);
    await waitFor(() => expect(uris('Duplicates Galore')).toEqual(expected));
    expect(writes('Duplicates Galore', 'DELETE')).toHaveLength(1);
    expect(await screen.findByText(/2 other copies put back, dated today\./)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '10'));

    // Ctrl+Z puts the removed copy back at its position.
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(uris('Duplicates Galore')).toEqual(before));
  });

  it('cannot select local files, and says why', async () => {
    await openPlaylist('Local Files Mix');
    const local = within(rowAt(1)).getByRole('checkbox');
    expect(local).toBeDisabled();
    expect(local).toHaveAccessibleDescription(/Local files can't be removed/);
    expect(within(rowAt(1)).getByRole('button', { name: /^Move / })).toBeEnabled();
    expect(within(rowAt(2)).getByRole('checkbox')).toBeEnabled();
  });
});

describe('Moving', () => {
  it('moves down and to a position with the right insert_before, and undoes', async () => {
    const { user } = await openPlaylist('Road Trip');
    const before = uris('Road Trip');
    await user.click(within(rowAt(1)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Move down' }));
    await waitFor(() => expect(uris('Road Trip').slice(0, 2)).toEqual([before[1], before[0]]));
    expect(JSON.parse(writes('Road Trip', 'PUT')[0]!.body!)).toMatchObject({
      range_start: 0,
      insert_before: 2,
      range_length: 1,
    });
    // The selection follows the row.
    expect(rowAt(2)).toHaveAttribute('aria-selected', 'true');
    // One read before planning, one write; the confirmed result needs no re-read.
    const detailReads = () =>
      store().requestLog.filter(
        (r) => r.method === 'GET' && r.path === `/v1/playlists/${playlist('Road Trip').id}`,
      ).length;
    const readsBefore = detailReads();

    await user.click(screen.getByRole('button', { name: 'Move to position…' }));
    const dialog = screen.getByRole('dialog', { name: 'Move 1 item to…' });
    fireEvent.change(within(dialog).getByLabelText(/New position/), { target: { value: '25' } });
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(uris('Road Trip').at(-1)).toBe(before[0]));
    await screen.findByText(/to position 25 in Road Trip\.$/);
    expect(detailReads() - readsBefore).toBe(1);
    expect(JSON.parse(writes('Road Trip', 'PUT')[1]!.body!)).toMatchObject({
      range_start: 1,
      insert_before: 25,
    });
    expect(
      await screen.findByText(`Moved “${trackName(before[0]!)}” to position 25 in Road Trip.`),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(uris('Road Trip').slice(0, 2)).toEqual([before[1], before[0]]));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(uris('Road Trip')).toEqual(before));
  });

  it('shows a move at once and puts it back with a message when Spotify fails', async () => {
    const { user } = await openPlaylist('Road Trip');
    const before = uris('Road Trip');
    await user.click(within(rowAt(1)).getByRole('checkbox'));
    store().faults.latencyMs = 30;
    store().faults.errorRate = 1;
    await user.click(screen.getByRole('button', { name: 'Move down' }));
    // Optimistic: the row moved before Spotify answered.
    expect(rowAt(2)).toHaveTextContent(trackName(before[0]!));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Spotify did not make the change');
    await waitFor(() => expect(rowAt(1)).toHaveTextContent(trackName(before[0]!)));
    expect(uris('Road Trip')).toEqual(before);

    store().faults.errorRate = 0;
    store().faults.latencyMs = 0;
    await user.click(await within(alert).findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(uris('Road Trip').slice(0, 2)).toEqual([before[1], before[0]]));
  });

  it('moves a non-contiguous selection up, one range move per run', async () => {
    const { user } = await openPlaylist('Road Trip');
    const before = uris('Road Trip');
    await user.click(within(rowAt(3)).getByRole('checkbox'));
    await user.click(within(rowAt(4)).getByRole('checkbox'));
    await user.click(within(rowAt(7)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Move up' }));
    const expected = [before[0], before[2], before[3], before[1], before[4], before[6], before[5]];
    await waitFor(() => expect(uris('Road Trip').slice(0, 7)).toEqual(expected));
    expect(writes('Road Trip', 'PUT').map((r) => JSON.parse(r.body!))).toMatchObject([
      { range_start: 2, insert_before: 1, range_length: 2 },
      { range_start: 6, insert_before: 5, range_length: 1 },
    ]);
  });
});

describe('Consistency', () => {
  it('plans a change against the latest items when the playlist changed elsewhere', async () => {
    const { user } = await openPlaylist('Road Trip');
    const before = uris('Road Trip');
    // Another device puts the last item first; this page has not seen it yet.
    changePlaylistElsewhere(playlist('Road Trip').id, (entries) => [
      entries.at(-1)!,
      ...entries.slice(0, -1),
    ]);

    await user.click(within(rowAt(1)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Move down' }));
    // The row the person chose moved below the one that was below it, wherever they are now.
    const expected = [before[24], before[1], before[0], ...before.slice(2, 24)];
    await waitFor(() => expect(uris('Road Trip')).toEqual(expected));
    expect(JSON.parse(writes('Road Trip', 'PUT')[0]!.body!)).toMatchObject({
      range_start: 1,
      insert_before: 3,
    });
  });
});
