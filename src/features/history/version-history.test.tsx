import { screen, waitFor, within } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { endSession } from '../../auth/token-store';
import { renderApp } from '../../testing/render-app';
import { signIn } from '../../testing/sign-in';
import { changePlaylistElsewhere, testEmulator } from '../../testing/test-emulator';
import { historyName } from './history-store';
import { openVersionStore } from './version-store';

// jsdom has no IndexedDB; this file runs against an in-memory one (fake-indexeddb).
vi.stubGlobal('indexedDB', new IDBFactory());
vi.stubGlobal('IDBKeyRange', IDBKeyRange);

const store = () => testEmulator().store;
const roadTrip = () => [...store().playlists.values()].find((p) => p.name === 'Road Trip')!;
const trackName = (uri: string) => store().tracks.get(uri.split(':')[2]!)!.name;

async function openRoadTrip() {
  const view = renderApp(`/playlists/${roadTrip().id}`);
  await screen.findByText(`All ${roadTrip().entries.length} items loaded.`);
  return view;
}

async function openHistory(view: ReturnType<typeof renderApp>) {
  await view.user.click(screen.getAllByRole('button', { name: 'Version history…' })[0]!);
  return screen.findByRole('dialog', { name: 'Version history of Road Trip' });
}

describe('Version history', () => {
  it('keeps each version seen, names what changed elsewhere, restores the first (dates kept) and undoes it', async () => {
    await signIn();
    const first = roadTrip().entries.map((e) => ({ ...e }));
    let view = await openRoadTrip();
    // Elsewhere: two songs removed, the last moved to the front.
    const [gone1, gone2, moved] = [first[3]!, first[7]!, first.at(-1)!];
    changePlaylistElsewhere(roadTrip().id, (entries) => {
      const kept = entries.filter((e) => e.key !== gone1.key && e.key !== gone2.key);
      return [kept.at(-1)!, ...kept.slice(0, -1)];
    });
    view.unmount();
    view.disconnect();
    view.queryClient.clear();
    view = await openRoadTrip();

    const dialog = await openHistory(view);
    // Read from IndexedDB: a moment.
    const versions = await within(dialog).findByRole('group', { name: 'Versions, newest first' });
    const choices = await within(versions).findAllByRole('radio');
    expect(choices).toHaveLength(2);
    expect(choices[0]).toBeChecked();
    expect(choices[0]!.closest('label')).toHaveTextContent('(the playlist now)');
    expect(choices[0]!.closest('label')).toHaveTextContent('−2, 1 moved');
    const removed = await within(dialog).findByRole('list', { name: 'Removed' });
    expect(
      within(removed)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual([trackName(gone1.uri), trackName(gone2.uri)]);
    expect(within(dialog).getByRole('list', { name: 'Moved' })).toHaveTextContent(
      trackName(moved.uri),
    );
    expect(within(dialog).getByRole('button', { name: 'Restore this version' })).toBeDisabled();

    // The first version: restoring it makes Spotify's playlist equal to it.
    await view.user.click(choices[1]!);
    await view.user.click(within(dialog).getByRole('button', { name: 'Restore this version' }));
    await screen.findByText(/^Restored Road Trip to its version of /);
    const restored = roadTrip().entries;
    expect(restored.map((e) => e.uri)).toEqual(first.map((e) => e.uri));
    // The songs that stayed keep their dates; the two put back are dated now.
    restored.forEach((entry, i) => {
      if (i !== 3 && i !== 7) expect(entry.addedAt).toBe(first[i]!.addedAt);
    });

    await view.user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(roadTrip().entries.map((e) => e.uri)).toEqual([
        moved.uri,
        ...first.filter((e) => e !== gone1 && e !== gone2 && e !== moved).map((e) => e.uri),
      ]),
    );
  });

  it('is cleared with the account on logout', async () => {
    await signIn();
    const view = await openRoadTrip();
    const name = await waitFor(() => {
      const n = historyName();
      expect(n).toBeTruthy();
      return n!;
    });
    const history = openVersionStore(name);
    // (The versions of the test before are there too: the same account.)
    await waitFor(async () =>
      expect((await history.versions(roadTrip().id)).length).toBeGreaterThan(0),
    );
    endSession('logout');
    await waitFor(async () => expect(await history.versions(roadTrip().id)).toHaveLength(0));
    view.unmount();
  });
});
