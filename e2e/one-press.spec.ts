/**
 * One press, one change: a double click or a double Enter on a button that creates or
 * adds sends exactly one request (counted in the emulator's request log), and the button
 * says it is busy meanwhile instead of going away.
 */
import type { Page } from '@playwright/test';
import { expect, openPlaylist, openSignedIn, test, type EmulatorControl } from './fixtures';

const posts = async (emulator: EmulatorControl, path: string) =>
  (await emulator.requests(path)).filter((r) => r.method === 'POST' && r.path === path).length;

async function newPlaylist(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Playlists' })
    .click();
  await page.getByRole('button', { name: 'New playlist' }).click();
  const dialog = page.getByRole('dialog', { name: 'New playlist' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Description').fill('Pressed twice');
  return dialog;
}

test('a double click or double Enter on Create, Add and Add to playlist sends one request each', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  const created = () => posts(emulator, '/v1/me/playlists');
  // While the presses land, Spotify answers slowly: however busy the machine, the second
  // press comes while the first one's request is still on its way.
  const slow = () => emulator.faults({ latencyMs: 800 });
  const fast = () => emulator.faults({ latencyMs: 0 });
  // A new playlist's page reads it (and its items) after the create: three slow answers.
  const SLOW = { timeout: 15_000 };

  const first = await newPlaylist(page, 'Dbl 0');
  await slow();
  await first.getByRole('button', { name: 'Create' }).dblclick();
  await expect(first.getByRole('button', { name: 'Saving…' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Dbl 0' })).toBeVisible(SLOW);
  await fast();
  expect(await created()).toBe(1);

  const second = await newPlaylist(page, 'Dbl 1');
  await slow();
  await second.getByLabel('Name').press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dbl 1' })).toBeVisible(SLOW);
  await fast();
  expect(await created()).toBe(2);

  // Adding by search to the new (empty) playlist: no song is there yet, so nothing asks.
  const target = await emulator.playlist('Dbl 1');
  const added = () => posts(emulator, `/v1/playlists/${target.id}/items`);
  await page.getByRole('button', { name: 'Add songs or episodes' }).click();
  const panel = page.getByRole('region', { name: /^Add to / });
  await panel.getByLabel('Search songs and episodes').fill('Harbor');
  await panel.getByRole('button', { name: 'Search' }).click();
  const songs = panel.getByRole('region', { name: 'Songs' }).getByRole('listitem');
  await expect(songs.nth(1)).toBeVisible();
  await slow();
  await songs.nth(0).getByRole('button', { name: /^Add / }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: /^Added “/ })).toBeVisible(SLOW);
  expect(await added()).toBe(1);
  const addSecond = songs.nth(1).getByRole('button', { name: /^Add / });
  const secondTitle = (await addSecond.getAttribute('aria-label'))!.replace(/^Add /, '');
  await addSecond.press('Enter');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await emulator.playlist('Dbl 1')).uris.length).toBe(2);
  // One add, one toast (the first add's may still be in the stack above it).
  await expect(page.getByText(`Added “${secondTitle}” to Dbl 1.`)).toHaveCount(1);
  await fast();
  expect(await added()).toBe(2);
  await panel.getByRole('button', { name: 'Close' }).click();

  // Add to playlist: the chooser reads the target first, then adds; a double click, once.
  const other = await emulator.playlist('Dbl 0');
  await page
    .getByRole('grid')
    .locator('[role="row"][aria-rowindex="2"]')
    .getByRole('button', { name: /^More for / })
    .click();
  await page.getByRole('menuitem', { name: 'Add to playlist…' }).click();
  const chooser = page.getByRole('dialog', { name: /to a playlist$/ });
  await expect(chooser.getByRole('button', { name: /^Dbl 0/ })).toBeVisible();
  await slow();
  await chooser.getByRole('button', { name: /^Dbl 0/ }).dblclick();
  await expect(page.getByText(/^Added “.*” to Dbl 0\.$/)).toBeVisible(SLOW);
  await expect.poll(async () => (await emulator.playlist('Dbl 0')).uris.length).toBe(1);
  expect(await posts(emulator, `/v1/playlists/${other.id}/items`)).toBe(1);
});

test('Edit details and Change cover take no second press until Spotify has answered the first', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  const header = await openPlaylist(page, 'Empty Shelf');
  const { id } = await emulator.playlist('Empty Shelf');
  const puts = async (path: string) =>
    (await emulator.requests(path)).filter((r) => r.method === 'PUT' && r.path === path).length;

  await header.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit details' });
  await dialog.getByLabel('Name').fill('Shelf Twice');
  await emulator.faults({ latencyMs: 800 });
  // Enter saves and closes; the second Enter lands on Edit details, which waits.
  await dialog.getByLabel('Name').press('Enter');
  const edit = header.getByRole('button', { name: 'Edit details' });
  await expect(edit).toBeFocused();
  await expect(edit).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(edit).not.toHaveAttribute('aria-disabled', { timeout: 15_000 });
  await emulator.faults({ latencyMs: 0 });
  expect(await puts(`/v1/playlists/${id}`)).toBe(1);
  await expect.poll(async () => (await emulator.playlist('Shelf Twice')).id).toBe(id);

  const picture = await page.screenshot();
  await emulator.faults({ latencyMs: 800 });
  const cover = page.getByLabel('Cover picture');
  await cover.setInputFiles({ name: 'one.png', mimeType: 'image/png', buffer: picture });
  await expect(header.getByRole('button', { name: 'Change cover' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await cover.setInputFiles({ name: 'two.png', mimeType: 'image/png', buffer: picture });
  await expect(page.getByText('Cover updated.')).toBeVisible({ timeout: 20_000 });
  await emulator.faults({ latencyMs: 0 });
  expect(await puts(`/v1/playlists/${id}/images`)).toBe(1);
});
