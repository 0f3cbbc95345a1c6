/**
 * No song is lost when a tab dies mid-change. Removing duplicates (or a selected copy of a
 * song with other copies) is "remove every copy, put the kept ones back"; here the put-back
 * fails, then the page is reloaded or the tab closed. The next open of the playlist finishes
 * the change from the journal: every distinct song present once, in its place.
 */
import type { Page } from '@playwright/test';
import { expect, openSignedIn, openForEditing, test, type EmulatorControl } from './fixtures';

const toast = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });
const firstCopies = (list: string[]) => list.filter((uri, i) => list.indexOf(uri) === i);

/** Removes the duplicates of Duplicates Galore with the put-back failing; returns the URIs before. */
async function removeDuplicatesFailing(page: Page, emulator: EmulatorControl) {
  await openSignedIn(page);
  await openForEditing(page, 'Duplicates Galore');
  const before = (await emulator.playlist('Duplicates Galore')).uris;
  await page.getByRole('button', { name: 'Find duplicates…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Duplicates in Duplicates Galore' });
  await emulator.faults({ failNextPosts: 1 });
  await dialog.getByRole('button', { name: 'Remove 4 duplicates' }).click();
  await expect(page.getByRole('alert')).toContainText('Only part of the change was made');
  expect((await emulator.playlist('Duplicates Galore')).uris).toHaveLength(3);
  return before;
}

const finished = (page: Page) =>
  toast(page, 'Finished the interrupted change: Removed 4 duplicates from Duplicates Galore.');

test('removing duplicates, interrupted, then reload: finished, nothing lost', async ({
  page,
  emulator,
}) => {
  const before = await removeDuplicatesFailing(page, emulator);
  await page.reload();
  await expect(finished(page)).toBeVisible();
  expect((await emulator.playlist('Duplicates Galore')).uris).toEqual(firstCopies(before));
  await expect(page.getByRole('grid').locator('.items-row__name')).toHaveCount(6);
});

test('removing duplicates, interrupted, then the tab closed: the next tab finishes it', async ({
  page,
  context,
  emulator,
}) => {
  const before = await removeDuplicatesFailing(page, emulator);
  const url = page.url();
  await page.close();
  const next = await context.newPage();
  await next.goto(url);
  await expect(finished(next)).toBeVisible();
  expect((await emulator.playlist('Duplicates Galore')).uris).toEqual(firstCopies(before));
  // Once: a second open sends nothing more.
  await next.reload();
  await expect(next.getByRole('checkbox', { name: 'Select all' })).toBeEnabled();
  expect((await emulator.playlist('Duplicates Galore')).uris).toEqual(firstCopies(before));
});

test('removing a selected copy, interrupted, then reload: the other copies go back', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  await openForEditing(page, 'Duplicates Galore');
  const before = (await emulator.playlist('Duplicates Galore')).uris;
  await page.getByRole('grid').getByRole('row').nth(4).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Remove…' }).click();
  await emulator.faults({ failNextPosts: 1 });
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Only part of the change was made');
  await page.reload();
  await expect(toast(page, /^Finished the interrupted change: Removed “/)).toBeVisible();
  expect((await emulator.playlist('Duplicates Galore')).uris).toEqual(
    before.filter((_, i) => i !== 3),
  );
});
