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
