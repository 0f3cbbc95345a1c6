import { expect, openSignedIn, openPlaylist, test } from './fixtures';

test('offline: one notice, the page stays, a change is refused unsent, and all resumes', async ({
  page,
  context,
  emulator,
}) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Road Trip');
  await expect(page.getByText('All 25 items loaded.')).toBeAttached();
  const before = (await emulator.playlist('Road Trip')).uris;

  await context.setOffline(true);
  await expect(page.getByText('You are offline.')).toBeVisible();
  const firstRow = page.getByRole('grid').locator('[role=row][aria-rowindex="2"]');
  await firstRow.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Move down' }).click();
  await expect(page.getByText(/^You are offline, so nothing was changed\./)).toBeVisible();
  expect((await emulator.playlist('Road Trip')).uris).toEqual(before);

  await context.setOffline(false);
  await expect(page.getByText('You are offline.')).toBeHidden();
  await page.getByRole('button', { name: 'Move down' }).click();
  await expect.poll(async () => (await emulator.playlist('Road Trip')).uris[0]).toBe(before[1]);
});
