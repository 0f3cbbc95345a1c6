/**
 * The playlist tools from a fresh emulator: find in the 10,000-item playlist, sort by
 * title and save that order (reorders only: local files and dates kept), shuffle and
 * undo, and remove duplicates keeping a chosen later copy.
 */
import { expectNoAxeViolations } from './axe';
import type { Page } from '@playwright/test';
import { expect, openSignedIn, openPlaylist, test, type EmulatorControl } from './fixtures';

const grid = (page: Page) => page.getByRole('grid');
const names = (page: Page) => grid(page).locator('.items-row__name').allTextContents();
const toast = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });

async function openLoaded(page: Page, name: string) {
  await openSignedIn(page);
  await openPlaylist(page, name);
  await expect(page.getByRole('checkbox', { name: 'Select all' })).toBeEnabled({
    timeout: 20_000,
  });
}

/** Writes to the playlist's items since the start, by method. */
async function itemWrites(emulator: EmulatorControl, id: string) {
  const log = await emulator.requests(`/v1/playlists/${id}/items`);
  return log.filter((r) => r.method !== 'GET').map((r) => r.method);
}

test('finds a song in the 10,000-item playlist as you type; Escape clears', async ({ page }) => {
  await openLoaded(page, 'Ten Thousand Songs');
  // A song near the end, by its title and artists.
  // Its number: the row takes focus (its title, artists and album are links).
  await grid(page).getByRole('row').nth(1).locator('.items-row__position').click();
  await page.keyboard.press('End');
  const last = grid(page).locator('[role="row"][aria-rowindex="10001"]');
  await expect(last).toBeVisible();
  const title = (await last.locator('.items-row__name').textContent())!;
  const artists = (await last.locator('.items-row__byline').textContent())!;
  const field = page.getByRole('searchbox', { name: 'Find in Ten Thousand Songs' });
  await page.keyboard.press('Control+f');
  await expect(field).toBeFocused();
  await field.pressSequentially(`${title} ${artists}`);
  const count = page.getByRole('search').getByRole('status');
  await expect(count).toHaveText(/^\d+ match(es)?$/);
  // Seen inside the field: the number alone, where nothing beside the field moves.
  await expect(page.locator('.find-field__count')).toHaveText(/^\d+$/);
  const shown = await names(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown).toContain(title);
  // Every row shown has every word somewhere in its title, artists or album.
  const words = `${title} ${artists}`.toLowerCase().split(/\s+/).filter(Boolean);
  const rowTexts = await grid(page)
    .locator('.items-table__body [role="row"]')
    .evaluateAll((rows) => rows.map((row) => (row.textContent ?? '').toLowerCase()));
  for (const text of rowTexts) for (const word of words) expect(text).toContain(word);
  await expectNoAxeViolations(page);
  await field.press('Escape');
  await expect(field).toHaveValue('');
  await expect(count).toHaveText('');
});

test('sorts by title and saves that order with moves only: local files and dates stay', async ({
  page,
  emulator,
}) => {
  await openLoaded(page, 'Local Files Mix');
  const before = await emulator.playlist('Local Files Mix');
  const header = page.getByRole('columnheader', { name: /Title/ });
  await page.getByRole('button', { name: 'Title', exact: true }).click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const sorted = await names(page);
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  expect([...sorted].sort(collator.compare)).toEqual(sorted);
  // Moving rows is off while sorted.
  await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0);
  await expect(page.getByText(/moving rows is off/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/tools-sorted-desktop.png' });

  await page.getByRole('button', { name: 'Save this order' }).click();
  await expect(toast(page, 'Saved Local Files Mix in title order.')).toBeVisible();
  await expect(header).not.toHaveAttribute('aria-sort', /.+/);
  expect(await names(page)).toEqual(sorted);

  const after = await emulator.playlist('Local Files Mix');
  expect([...after.uris].sort()).toEqual([...before.uris].sort());
  expect(after.uris.filter((u) => u.startsWith('spotify:local:'))).toHaveLength(
    before.uris.filter((u) => u.startsWith('spotify:local:')).length,
  );
  // Every entry kept its date added: moves, never remove and add.
  const dated = (p: typeof before) => p.uris.map((u, i) => `${u} ${p.addedAt[i]}`).sort();
  expect(dated(after)).toEqual(dated(before));
  expect(new Set(await itemWrites(emulator, before.id))).toEqual(new Set(['PUT']));
});

test('shuffles the order and undoes it in one step', async ({ page, emulator }) => {
  await openLoaded(page, 'Road Trip');
  const before = (await emulator.playlist('Road Trip')).uris;
  await page.getByRole('button', { name: 'Shuffle order' }).click();
  await expect(toast(page, 'Shuffled the order of Road Trip.')).toBeVisible();
  const shuffled = (await emulator.playlist('Road Trip')).uris;
  expect([...shuffled].sort()).toEqual([...before].sort());
  expect(shuffled).not.toEqual(before);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, /^Undone: Shuffled the order of Road Trip\./)).toBeVisible();
  await expect.poll(async () => (await emulator.playlist('Road Trip')).uris).toEqual(before);
  expect(new Set(await itemWrites(emulator, (await emulator.playlist('Road Trip')).id))).toEqual(
    new Set(['PUT']),
  );
});

test('removes duplicates keeping a chosen later copy', async ({ page, emulator }) => {
  await openLoaded(page, 'Duplicates Galore');
  const before = (await emulator.playlist('Duplicates Galore')).uris;
  await page.getByRole('button', { name: 'Find duplicates…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Duplicates in Duplicates Galore' });
  await expect(dialog).toBeVisible();
  const first = dialog.getByRole('group').first();
  // The first song is at positions 1, 4 and 8: keep the copy at 4 instead of the earliest.
  await expect(first.getByRole('radio').first()).toBeChecked();
  await first.getByRole('radio', { name: /^Keep position 4:/ }).check();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/tools-duplicates-desktop.png' });
  await dialog.getByRole('button', { name: /^Remove \d+ duplicates$/ }).click();
  await expect(toast(page, /^Removed \d+ duplicates from Duplicates Galore\./)).toBeVisible();

  const keptFirst = before.filter((uri, i) => uri !== before[0] || i === 3);
  const expected = keptFirst.filter((uri, i) => keptFirst.indexOf(uri) === i);
  await expect
    .poll(async () => (await emulator.playlist('Duplicates Galore')).uris)
    .toEqual(expected);
});
