import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { testEmulator } from '../../testing/test-emulator';

// Two apps in one page talk over BroadcastChannel exactly as two tabs do.
const store = () => testEmulator().store;
const playlist = (name: string) => [...store().playlists.values()].find((p) => p.name === name)!;
const trackName = (uri: string) => store().tracks.get(uri.split(':')[2]!)!.name;
const rowsOf = (view: ReturnType<typeof renderApp>) =>
  within(within(view.container).getByRole('grid')).getAllByRole('row').slice(1);
const titleOf = (row: HTMLElement) =>
  within(row).getByText(/./, { selector: '.items-row__name' }).textContent;

async function twoTabs(path: string, loaded: string) {
  await signIn();
  const first = renderApp(path);
  const second = renderApp(path);
  for (const view of [first, second]) await within(view.container).findByText(loaded);
  return [first, second] as const;
}

describe('Other tabs', () => {
  it('see an edit at once, taking the new version from the tab that made it', async () => {
    const road = playlist('Road Trip');
    const [first, second] = await twoTabs(`/playlists/${road.id}`, 'All 25 items loaded.');
    const before = road.entries.map((e) => e.uri);
    store().requestLog.length = 0;
    await first.user.click(within(rowsOf(first)[0]!).getByRole('checkbox'));
    await first.user.click(within(first.container).getByRole('button', { name: 'Move down' }));
    await waitFor(() => expect(titleOf(rowsOf(second)[0]!)).toBe(trackName(before[1]!)));
    expect(titleOf(rowsOf(second)[1]!)).toBe(trackName(before[0]!));
    // The second tab asked Spotify for no items: the first told it what they are.
    expect(
      store().requestLog.filter(
        (r) => r.path === `/v1/playlists/${road.id}/items` && r.method === 'GET',
      ),
    ).toEqual([]);
  });

  it('see new details', async () => {
    const road = playlist('Road Trip');
    const [first, second] = await twoTabs(`/playlists/${road.id}`, 'All 25 items loaded.');
    await first.user.click(within(first.container).getByRole('button', { name: 'Edit details' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit details' });
    await first.user.clear(within(dialog).getByLabelText('Name'));
    await first.user.type(within(dialog).getByLabelText('Name'), 'Road Trip 2026');
    await first.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(second.container).findByRole('heading', { level: 1, name: 'Road Trip 2026' }),
    ).toBeInTheDocument();
  });

  it('see a like, in the heart and in Liked Songs', async () => {
    await signIn();
    const road = playlist('Road Trip');
    const first = renderApp(`/playlists/${road.id}`);
    const second = renderApp('/liked');
    await within(first.container).findByText('All 25 items loaded.');
    const count = async () =>
      Number(
        (
          await within(second.container).findByText(/^All [\d,]+ songs loaded\.$/, undefined, {
            timeout: 15_000,
          })
        ).textContent.replace(/\D/g, ''),
      );
    const likedBefore = await count();
    const hearts = () =>
      within(first.container).getAllByRole('button', { name: 'Save to Liked Songs' });
    await waitFor(() => expect(hearts()[0]).not.toHaveAttribute('aria-disabled'));
    const index = hearts().findIndex((heart) => heart.getAttribute('aria-pressed') === 'false');
    const song = titleOf(rowsOf(first)[index]!);
    await first.user.click(hearts()[index]!);
    await waitFor(() => expect(titleOf(rowsOf(second)[0]!)).toBe(song));
    expect(await count()).toBe(likedBefore + 1);
  });
});
