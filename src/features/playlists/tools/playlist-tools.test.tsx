import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sign-in';
import { DEVICES, simulatedPlayer } from '../../../testing/emulator-library';
import { testEmulator } from '../../../testing/test-emulator';

const store = () => testEmulator().store;
const playlist = (name: string) => [...store().playlists.values()].find((p) => p.name === name)!;
const uris = (name: string) => playlist(name).entries.map((e) => e.uri);
const dated = (name: string) =>
  playlist(name)
    .entries.map((e) => `${e.uri} ${e.addedAt}`)
    .sort();
const itemWrites = (name: string) =>
  store().requestLog.filter(
    (r) => r.method !== 'GET' && r.path === `/v1/playlists/${playlist(name).id}/items`,
  );
const titleOf = (uri: string) =>
  uri.startsWith('spotify:track:') ? store().tracks.get(uri.slice(14))!.name : null;

async function openPlaylist(name: string) {
  await signIn();
  const view = renderApp(`/playlists/${playlist(name).id}`);
  await screen.findByRole('heading', { level: 1, name });
  await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Select all' })).toBeEnabled());
  return view;
}

const dataRows = () => within(screen.getByRole('grid')).getAllByRole('row').slice(1);
const shownTitles = () =>
  dataRows().map((row) => row.querySelector('.items-row__name')!.textContent);
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

describe('tools with nothing to act on', () => {
  it('are unavailable on an empty playlist', async () => {
    await signIn();
    renderApp(`/playlists/${playlist('Empty Shelf').id}`);
    await screen.findByRole('heading', { name: 'This playlist is empty' });
    const tools = screen.getByRole('group', { name: 'Playlist tools' });
    for (const name of ['Shuffle order', 'Reverse order', 'Find duplicates…'])
      expect(within(tools).getByRole('button', { name })).toBeDisabled();
  });
});

describe('find in a playlist', () => {
  it('filters as you type, counts matches, keeps the selection, and clears with Escape', async () => {
    const { user } = await openPlaylist('Road Trip');
    const first = titleOf(uris('Road Trip')[0]!)!;
    await user.click(within(dataRows()[0]!).getByRole('checkbox'));
    fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true });
    const field = screen.getByRole('searchbox', { name: 'Find in Road Trip' });
    expect(field).toHaveFocus();
    // Accents and case do not matter.
    const other = titleOf(uris('Road Trip')[5]!)!;
    await user.type(field, other.toUpperCase().replace(/e/i, 'é'));
    await waitFor(() => expect(shownTitles()).toContain(other));
    // Few enough to all be drawn: the count is the rows shown.
    expect(screen.getByText(/^\d+ match/)).toHaveTextContent(
      new RegExp(`^${dataRows().length} match(es)?$`),
    );
    // The row selected before the search is hidden, and still selected.
    expect(shownTitles()).not.toContain(first);
    expect(screen.getByRole('toolbar', { name: 'Selected items' })).toHaveTextContent(
      '1 item selected',
    );
    await user.keyboard('{Escape}');
    expect(field).toHaveValue('');
    await waitFor(() => expect(shownTitles()[0]).toBe(first));
  });

  it('says when nothing matches, and clears with its clear button', async () => {
    const { user } = await openPlaylist('Road Trip');
    const field = screen.getByRole('searchbox', { name: 'Find in Road Trip' });
    expect(screen.queryByRole('button', { name: 'Clear the search' })).toBeNull();
    await user.type(field, 'zzzzqqq');
    expect(await screen.findByText('Nothing in Road Trip matches “zzzzqqq”.')).toBeInTheDocument();
    expect(screen.getByText('0 matches')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();
    await waitFor(() => expect(dataRows().length).toBeGreaterThan(0));
  });
});

describe('sorting the view and saving the order', () => {
  it('sorts by a header (ascending, descending, back), changing nothing on Spotify', async () => {
    const { user } = await openPlaylist('Road Trip');
    const before = uris('Road Trip');
    const header = screen.getByRole('columnheader', { name: /Title/ });
    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const titles = shownTitles();
    expect([...titles].sort(collator.compare)).toEqual(titles);
    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const descending = shownTitles();
    expect([...descending].sort(collator.compare).reverse()).toEqual(descending);
    // Moving is off in a view, with the reason.
    expect(screen.getByText(/moving rows is off/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Move / })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(header).not.toHaveAttribute('aria-sort');
    expect(uris('Road Trip')).toEqual(before);
    expect(itemWrites('Road Trip')).toHaveLength(0);
  });

  it('saves a sorted view with range moves only, and one undo restores the order', async () => {
    const { user } = await openPlaylist('Local Files Mix');
    const before = uris('Local Files Mix');
    const dates = dated('Local Files Mix');
    await user.click(screen.getByRole('button', { name: 'Length' }));
    const sorted = shownTitles();
    await user.click(screen.getByRole('button', { name: 'Save this order' }));
    await screen.findByText('Saved Local Files Mix in length order.');
    const lengths = playlist('Local Files Mix').entries.map((e) =>
      e.local ? e.local.seconds * 1000 : store().tracks.get(e.uri.slice(14))!.durationMs,
    );
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
    expect(shownTitles()).toEqual(sorted);
    expect(dated('Local Files Mix')).toEqual(dates);
    const writes = itemWrites('Local Files Mix');
    expect(writes.every((w) => w.method === 'PUT' && 'range_start' in JSON.parse(w.body!))).toBe(
      true,
    );
    expect(writes.length).toBeLessThan(before.length);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone: Saved Local Files Mix in length order.');
    expect(uris('Local Files Mix')).toEqual(before);
    expect(dated('Local Files Mix')).toEqual(dates);
  });

  it('leaves the playlist complete when a save is interrupted; a retry finishes from what Spotify has, and Undo goes back to before', async () => {
    const { user } = await openPlaylist('Road Trip');
    const before = uris('Road Trip');
    // Shuffling 25 songs takes about 20 moves; the third fails.
    store().faults.failWrite = 3;
    await user.click(screen.getByRole('button', { name: 'Shuffle order' }));
    const alert = await screen.findByRole('alert');
    // Two moves were made and everything is still there.
    expect(itemWrites('Road Trip').map((w) => w.status)).toEqual([200, 200, 500]);
    expect(alert).toHaveTextContent('Only part of the change was made');
    expect([...uris('Road Trip')].sort()).toEqual([...before].sort());
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).toBeEnabled());
    const movesBefore = itemWrites('Road Trip').length;
    await user.click(retry);
    await screen.findByText(/^Shuffled the order of Road Trip\.$/);
    expect([...uris('Road Trip')].sort()).toEqual([...before].sort());
    // The retry planned from the partly shuffled order: no more moves than a fresh one.
    expect(itemWrites('Road Trip').length - movesBefore).toBeLessThan(before.length);

    // Undo reverses the whole shuffle, not just the part the retry made.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone: Shuffled the order of Road Trip.');
    expect(uris('Road Trip')).toEqual(before);
  });

  it('after the connection drops on the first move of a saved order, Try again finishes it and Undo goes back to before', async () => {
    const { user } = await openPlaylist('Road Trip');
    const before = uris('Road Trip');
    await user.click(screen.getByRole('button', { name: 'Title' }));
    const sorted = before.map(titleOf).sort((a, b) => collator.compare(a!, b!));
    store().faults.dropAfterCommit = 1;
    await user.click(screen.getByRole('button', { name: 'Save this order' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('may or may not have been made');
    // One move was made before the answer was lost.
    expect(uris('Road Trip')).not.toEqual(before);
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).toBeEnabled());
    await user.click(retry);
    await screen.findByText('Saved Road Trip in title order.');
    expect(uris('Road Trip').map(titleOf)).toEqual(sorted);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone: Saved Road Trip in title order.');
    expect(uris('Road Trip')).toEqual(before);
  });

  it('plays a sorted view in its order, from the row pressed', async () => {
    const { user } = await openPlaylist('Road Trip');
    store().player.activeDeviceId = DEVICES.laptop;
    await user.click(screen.getByRole('button', { name: 'Title' }));
    const second = dataRows()[1]!;
    const title = second.querySelector('.items-row__name')!.textContent;
    await user.click(within(second).getByRole('button', { name: `Play ${title}` }));
    await waitFor(() => expect(simulatedPlayer().isPlaying).toBe(true));
    const play = store()
      .requestLog.filter((r) => r.path === '/v1/me/player/play')
      .at(-1)!;
    const body = JSON.parse(play.body!) as { uris: string[] };
    const byTitle = [...uris('Road Trip')].sort((a, b) =>
      collator.compare(titleOf(a)!, titleOf(b)!),
    );
    expect(body.uris).toEqual(byTitle.slice(1));
  });
});

describe('duplicates and selection moves', () => {
  it('removes duplicates keeping a chosen copy, and one undo brings them all back', async () => {
    const { user } = await openPlaylist('Duplicates Galore');
    const before = uris('Duplicates Galore');
    await user.click(screen.getByRole('button', { name: 'Find duplicates…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Duplicates in Duplicates Galore' });
    const groups = within(dialog).getAllByRole('group');
    expect(groups).toHaveLength(3);
    expect(groups[0]).toHaveTextContent('The same song (same Spotify link)');
    await user.click(within(groups[0]!).getByRole('radio', { name: /^Keep position 8:/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Remove 4 duplicates' }));
    await screen.findByText('Removed 4 duplicates from Duplicates Galore.');
    const after = uris('Duplicates Galore');
    expect(new Set(after).size).toBe(after.length);
    // The first song's kept copy is the one that was at position 8.
    const keptFirst = before.filter((uri, i) => uri !== before[0] || i === 7);
    expect(after).toEqual(keptFirst.filter((uri, i) => keptFirst.indexOf(uri) === i));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(/^Undone: Removed 4 duplicates/);
    expect(uris('Duplicates Galore')).toEqual(before);
  });

  it('moves a selection to the top and to the bottom', async () => {
    const { user } = await openPlaylist('Road Trip');
    const before = uris('Road Trip');
    await user.click(within(dataRows()[4]!).getByRole('checkbox'));
    await user.click(within(dataRows()[6]!).getByRole('checkbox'));
    const toolbar = screen.getByRole('toolbar', { name: 'Selected items' });
    await user.click(within(toolbar).getByRole('button', { name: 'Move to top' }));
    await waitFor(() => expect(uris('Road Trip').slice(0, 2)).toEqual([before[4], before[6]]));
    await user.click(within(toolbar).getByRole('button', { name: 'Move to bottom' }));
    await waitFor(() => expect(uris('Road Trip').slice(-2)).toEqual([before[4], before[6]]));
    expect(itemWrites('Road Trip').every((w) => w.method === 'PUT')).toBe(true);
  });
});
