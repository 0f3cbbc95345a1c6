import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { changePlaylistElsewhere, testEmulator } from '../../testing/test-emulator';

const store = () => testEmulator().store;
const playlist = (name: string) => [...store().playlists.values()].find((p) => p.name === name)!;
const uris = (name: string) => playlist(name).entries.map((e) => e.uri);

/** From the Playlists page's Library tools, the Compare dialog with two playlists chosen. */
async function openCompare(first: string, second: string) {
  const view = renderApp('/playlists');
  await screen.findByRole('list', { name: 'Your playlists' });
  await view.user.click(screen.getByRole('button', { name: 'Library tools' }));
  await view.user.click(await screen.findByRole('menuitem', { name: 'Compare playlists…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Compare two playlists' });
  const choose = (name: string, option: string) =>
    view.user.selectOptions(within(dialog).getByRole('combobox', { name }), option);
  await choose('First playlist', first);
  await choose('Second playlist', second);
  return { view, dialog };
}

describe('Compare two playlists', () => {
  it('shows what both have and what only one has, by link and by recording, and adds the missing to the other', async () => {
    await signIn();
    // Band Practice gets two of Late Night's songs: one by its link, one as another
    // release of the same recording (same ISRC, another link).
    const late = playlist('Late Night').entries;
    const [same, recording] = [late[0]!, late[1]!];
    const twin = [...store().tracks.values()].find(
      (t) =>
        t.id !== recording.uri.split(':')[2] &&
        !uris('Late Night').includes(`spotify:track:${t.id}`),
    )!;
    twin.isrc = store().tracks.get(recording.uri.split(':')[2]!)!.isrc;
    changePlaylistElsewhere(playlist('Band Practice').id, (entries) => [
      ...entries,
      { ...same, key: 900_001 },
      { ...same, key: 900_002, uri: `spotify:track:${twin.id}` },
    ]);
    const lateBefore = uris('Late Night');
    const bandBefore = uris('Band Practice');

    const { view, dialog } = await openCompare('Late Night', 'Band Practice');
    await view.user.click(within(dialog).getByRole('button', { name: 'Compare' }));

    const both = await within(dialog).findByRole('region', { name: 'In both' });
    expect(both).toHaveTextContent('In both (2)');
    const onlyLate = within(dialog).getByRole('region', { name: 'Only in Late Night' });
    expect(onlyLate).toHaveTextContent(`Only in Late Night (${new Set(lateBefore).size - 2})`);
    const onlyBand = within(dialog).getByRole('region', { name: 'Only in Band Practice' });
    expect(onlyBand).toHaveTextContent(`Only in Band Practice (${new Set(bandBefore).size - 2})`);

    // Late Night's missing songs go to the end of Band Practice, in Late Night's order.
    const missing = lateBefore.filter((uri) => uri !== same.uri && uri !== recording.uri);
    await view.user.click(
      within(onlyLate).getByRole('button', {
        name: `Add the ${missing.length} missing songs to Band Practice`,
      }),
    );
    await waitFor(() => expect(uris('Band Practice')).toEqual([...bandBefore, ...missing]));
    expect(uris('Late Night')).toEqual(lateBefore);
    // Compared again: Band Practice now has all of Late Night.
    expect(
      await within(dialog).findByRole('region', { name: 'Only in Late Night' }),
    ).toHaveTextContent('Only in Late Night (0)');
  });

  it('says why when a playlist cannot be read', async () => {
    await signIn();
    const { view, dialog } = await openCompare('Late Night', 'Band Practice');
    // Gone from Spotify since the list was read.
    store().playlists.delete(playlist('Late Night').id);
    await view.user.click(within(dialog).getByRole('button', { name: 'Compare' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Spotify could not find that.',
    );
  });
});
