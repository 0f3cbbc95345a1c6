import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { changePlaylistElsewhere, testEmulator } from '../../testing/test-emulator';

const store = () => testEmulator().store;
const playlist = (name: string) => [...store().playlists.values()].find((p) => p.name === name)!;
const uris = (name: string) => playlist(name).entries.map((e) => e.uri);
const liked = () => [...store().saved.keys()].filter((uri) => uri.startsWith('spotify:track:'));

/** Each URI with how many copies, per list. */
function counts(list: string[]) {
  const out = new Map<string, number>();
  for (const uri of list) out.set(uri, (out.get(uri) ?? 0) + 1);
  return out;
}

describe('Duplicates across your library', () => {
  it('finds copies across playlists and Liked Songs, keeps the one in the chosen list and removes only the others', async () => {
    await signIn();
    // Elsewhere: a Road Trip song liked, and a song of Duplicates Galore added to Road Trip.
    const roadFirst = uris('Road Trip')[0]!;
    const galore = uris('Duplicates Galore')[0]!;
    store().saved.set(roadFirst, Date.now());
    changePlaylistElsewhere(playlist('Road Trip').id, (entries) => [
      ...entries,
      { ...playlist('Duplicates Galore').entries[0]!, key: 999_999 },
    ]);
    const before = { road: uris('Road Trip'), galore: uris('Duplicates Galore'), liked: liked() };

    const view = renderApp('/playlists');
    await screen.findByRole('list', { name: 'Your playlists' });
    await view.user.click(screen.getByRole('button', { name: 'Library tools' }));
    await view.user.click(
      await screen.findByRole('menuitem', { name: 'Find duplicates across playlists…' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Duplicates across your library' });
    const scope = within(dialog).getByRole('group', { name: 'Where to look' });
    for (const name of ['Liked Songs', 'Road Trip', 'Duplicates Galore'])
      await view.user.click(within(scope).getByRole('checkbox', { name }));
    await view.user.click(within(dialog).getByRole('button', { name: 'Find duplicates' }));
    await within(dialog).findByText(
      /are in more than one place in Liked Songs, Road Trip, Duplicates Galore\./,
    );

    // The song in Road Trip and Liked Songs: where each copy is, and why they match.
    const groups = within(dialog)
      .getAllByRole('group')
      .filter((g) => g.tagName === 'FIELDSET');
    const shared = groups.find(
      (g) =>
        within(g).queryByRole('radio', { name: /^Keep the one in Liked Songs/ }) &&
        within(g).queryByRole('radio', { name: /^Keep the one in Road Trip/ }),
    )!;
    expect(shared).toHaveTextContent('The same song (same Spotify link)');

    // Keep the copies in Road Trip where there are some.
    await view.user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Keep' }),
      'the copy in Road Trip',
    );
    const button = within(dialog).getByRole('button', { name: /^Remove \d+ cop/ });
    const count = Number(/\d+/.exec(button.textContent)![0]);
    await view.user.click(button);

    await waitFor(() => expect(liked()).not.toContain(roadFirst));
    await waitFor(() => expect(counts(uris('Duplicates Galore')).get(galore)).toBe(undefined));
    await waitFor(() =>
      expect(
        before.road.length +
          before.galore.length +
          before.liked.length -
          uris('Road Trip').length -
          uris('Duplicates Galore').length -
          liked().length,
      ).toBe(count),
    );
    // Road Trip lost nothing; every song still has a copy somewhere.
    expect(uris('Road Trip')).toEqual(before.road);
    const now = new Set([...uris('Road Trip'), ...uris('Duplicates Galore'), ...liked()]);
    for (const uri of [...before.road, ...before.galore]) expect(now.has(uri)).toBe(true);
  });
});
