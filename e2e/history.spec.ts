import { expectNoAxeViolations } from './axe';
import type { Page } from '@playwright/test';
import { expect, openSignedIn, test } from './fixtures';

async function openRoadTrip(page: Page) {
  await page
    .getByRole('list', { name: 'Your playlists' })
    .getByRole('link', { name: 'Road Trip' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Road Trip' })).toBeVisible();
  // Editing (and so restoring) starts once every item has loaded.
  await expect(page.getByRole('checkbox', { name: 'Select all' })).toBeEnabled();
}

/** Tools → Version history… (a button on wide screens, in the Tools menu on phones). */
async function openVersionHistory(page: Page) {
  const tools = page.getByRole('group', { name: 'Playlist tools' });
  const button = tools.getByRole('button', { name: 'Version history…' });
  if (await button.isVisible()) await button.click();
  else {
    await tools.getByRole('button', { name: 'Playlist tools' }).click();
    await page.getByRole('menuitem', { name: 'Version history…' }).click();
  }
  return page.getByRole('dialog', { name: 'Version history of Road Trip' });
}

test('Version history: a change made elsewhere is named, the version before it restored and the restore undone', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page, '/playlists');
  await openRoadTrip(page);
  const first = await emulator.playlist('Road Trip');
  const title = (uri: string) => first.titles[first.uris.indexOf(uri)]!;
  // The version on screen is kept.
  const kept = await openVersionHistory(page);
  const only = kept.getByRole('group', { name: 'Versions, newest first' }).getByRole('radio');
  await expect(only).toHaveCount(1);
  await expect(only).toHaveAccessibleName(/\(the playlist now\) · first version kept · 25 items/);
  await kept.getByRole('button', { name: 'Close' }).click();

  // Elsewhere (another app): two songs removed, the last moved to the front.
  const [gone1, gone2] = [first.uris[3]!, first.uris[7]!];
  const moved = first.uris.at(-1)!;
  await emulator.webApi('DELETE', `playlists/${first.id}/items`, {
    items: [{ uri: gone1 }, { uri: gone2 }],
  });
  await emulator.webApi('PUT', `playlists/${first.id}/items`, {
    range_start: first.uris.length - 3,
    insert_before: 0,
  });
  const changed = await emulator.playlist('Road Trip');
  expect(changed.uris[0]).toBe(moved);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Select all' })).toBeEnabled();
  const dialog = await openVersionHistory(page);
  const versions = dialog.getByRole('group', { name: 'Versions, newest first' });
  await expect(versions.getByRole('radio')).toHaveCount(2);
  await expect(versions.getByRole('radio').first()).toBeChecked();
  await expect(versions.locator('label').first()).toContainText('(the playlist now)');
  await expect(versions.locator('label').first()).toContainText('−2, 1 moved');
  const removed = dialog.getByRole('list', { name: 'Removed', exact: true }).getByRole('listitem');
  await expect(removed).toHaveCount(2);
  await expect(removed.first()).toContainText(title(gone1));
  await expect(removed.last()).toContainText(title(gone2));
  await expect(dialog.getByRole('list', { name: 'Moved', exact: true })).toContainText(
    title(moved),
  );
  await expectNoAxeViolations(page);

  // Back to the first version: Spotify's playlist equals it; the songs that stayed keep their dates.
  await versions.getByRole('radio').last().check();
  await dialog.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByText(/^Restored Road Trip to its version of /)).toBeVisible();
  const restored = await emulator.playlist('Road Trip');
  expect(restored.uris).toEqual(first.uris);
  restored.addedAt.forEach((addedAt, i) => {
    if (i !== 3 && i !== 7) expect(addedAt).toBe(first.addedAt[i]);
  });

  // Undo puts back the playlist as it was before the restore.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/^Undone/)).toBeVisible();
  expect((await emulator.playlist('Road Trip')).uris).toEqual(changed.uris);
});

/** A library tool of the Playlists page: in the Library tools menu, or in More on phones. */
async function playlistsAction(page: Page, name: string) {
  const tools = page.getByRole('button', { name: 'Library tools' });
  if (await tools.isVisible()) await tools.click();
  else await page.getByRole('button', { name: 'More playlist actions' }).click();
  await page.getByRole('menuitem', { name }).click();
}

test('a playlist removed from your library is recovered, and duplicates across playlists and Liked Songs go with nothing else lost', async ({
  page,
  emulator,
}) => {
  const { access_token } = await emulator.call<{ access_token: string }>('POST', 'tokens');
  const webApi = (path: string) =>
    fetch(`${emulator.url}/v1/${path}`, {
      headers: { authorization: `Bearer ${access_token}` },
    }).then((r) => r.json() as Promise<unknown>);
  const inLibrary = async (id: string) =>
    ((await webApi('me/playlists?limit=50')) as { items: ({ id: string } | null)[] }).items.some(
      (p) => p?.id === id,
    );

  // Late Night, seen by the app, then removed from Your Library in it.
  await openSignedIn(page, '/playlists');
  await page
    .getByRole('list', { name: 'Your playlists' })
    .getByRole('link', { name: 'Late Night' })
    .click();
  await expect(page.getByRole('checkbox', { name: 'Select all' })).toBeEnabled();
  const late = await emulator.playlist('Late Night');
  await page.getByRole('button', { name: 'More for Late Night' }).click();
  await page.getByRole('menuitem', { name: 'Remove from Your Library' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Playlists' })).toBeVisible();
  expect(await inLibrary(late.id)).toBe(false);

  await playlistsAction(page, 'Recently removed…');
  const removed = page.getByRole('dialog', { name: 'Recently removed playlists' });
  const item = removed.getByRole('listitem').filter({ hasText: 'Late Night' });
  await expect(item).toContainText(`${late.uris.length} items when last seen`);
  await expectNoAxeViolations(page);
  await item.getByRole('button', { name: 'Recover Late Night' }).click();
  await expect(removed.getByText(/^No playlist of yours has left/)).toBeVisible();
  expect(await inLibrary(late.id)).toBe(true);
  await removed.getByRole('button', { name: 'Close' }).click();
  await expect(
    page.getByRole('list', { name: 'Your playlists' }).getByRole('link', { name: /^Late Night/ }),
  ).toBeVisible();

  // Elsewhere: a Road Trip song liked, a Duplicates Galore song added to Road Trip.
  const road = await emulator.playlist('Road Trip');
  const galore = await emulator.playlist('Duplicates Galore');
  await emulator.webApi('PUT', `me/library?uris=${road.uris[0]}`, {});
  await emulator.webApi('POST', `playlists/${road.id}/items`, { uris: [galore.uris[0]] });
  const roadNow = (await emulator.playlist('Road Trip')).uris;

  await playlistsAction(page, 'Find duplicates across playlists…');
  const dialog = page.getByRole('dialog', { name: 'Duplicates across your library' });
  const scope = dialog.getByRole('group', { name: 'Where to look' });
  for (const name of ['Liked Songs', 'Road Trip', 'Duplicates Galore'])
    await scope.getByRole('checkbox', { name, exact: true }).check();
  await dialog.getByRole('button', { name: 'Find duplicates' }).click();
  await expect(
    dialog.getByText(/in more than one place in Liked Songs, Road Trip, Duplicates Galore/),
  ).toBeVisible({
    timeout: 15_000,
  });
  await dialog
    .getByRole('combobox', { name: 'Keep' })
    .selectOption({ label: 'the copy in Road Trip' });
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: /^Remove \d+ cop/ }).click();
  await expect(page.getByText(/^Removed \d+ duplicates? from Duplicates Galore\./)).toBeVisible();

  // Road Trip kept every song; Duplicates Galore lost only copies; the like of the song in Road Trip went.
  expect((await emulator.playlist('Road Trip')).uris).toEqual(roadNow);
  const galoreNow = (await emulator.playlist('Duplicates Galore')).uris;
  expect(galoreNow).not.toContain(galore.uris[0]);
  for (const uri of galore.uris) if (uri !== galore.uris[0]) expect(galoreNow).toContain(uri);
  await expect
    .poll(async () => (await webApi(`me/library/contains?uris=${road.uris[0]}`)) as boolean[])
    .toEqual([false]);
});
