import { expectNoAxeViolations } from './axe';
import type { Locator, Page } from '@playwright/test';
import { expect, openSignedIn, test, type EmulatorControl } from './fixtures';

async function openPlaylist(page: Page, name: string) {
  await openSignedIn(page);
  await page.getByRole('list', { name: 'Your playlists' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // Editing starts once every item has loaded.
  await expect(page.getByRole('checkbox', { name: 'Select all' })).toBeEnabled();
}

/** The data row at a 1-based position (rows are virtualized: it must be on screen). */
const row = (page: Page, position: number) =>
  page.getByRole('grid').locator(`[role="row"][aria-rowindex="${position + 1}"]`);

/** Searches and returns the title of the first song found, and its Add button. */
async function firstSong(page: Page, q: string) {
  const panel = page.getByRole('region', { name: /^Add to / });
  if (!(await panel.isVisible()))
    await page.getByRole('button', { name: 'Add songs or episodes' }).click();
  await panel.getByLabel('Search songs and episodes').fill(q);
  await panel.getByRole('button', { name: 'Search' }).click();
  const result = panel.getByRole('region', { name: 'Songs' }).getByRole('listitem').first();
  const title = (await result.locator('.search-result__title').textContent())!;
  return { panel, title, add: result.getByRole('button', { name: `Add ${title}` }) };
}

/**
 * Waits for a change's message; when Spotify failed instead, retries once the playlist
 * has been re-read, as a person would. An add's retry may ask first whether to add a song
 * the playlist already has (it may have been added before the failure): `ask` is that
 * question, answered "Add anyway".
 */
async function settle(page: Page, message: string | RegExp, ask?: Locator) {
  const done = page.getByText(message);
  const retry = page.getByRole('alert').getByRole('button', { name: /Try again|Re-reading/ });
  for (let attempt = 0; attempt < 10; attempt++) {
    const asked = ask ?? done;
    await expect(done.or(retry).or(asked).first()).toBeVisible({ timeout: 15_000 });
    if (await done.isVisible()) return;
    if (ask && (await ask.isVisible())) {
      await ask.getByRole('button', { name: 'Add anyway' }).click();
      continue;
    }
    const button = page.getByRole('alert').getByRole('button', { name: 'Try again' });
    await expect(button).toBeEnabled({ timeout: 15_000 });
    await button.click();
  }
  throw new Error(`never got "${String(message)}"`);
}

async function dragRow(page: Page, handle: Locator, target: Locator) {
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  // Past the 5 px activation distance, then to the target's centre in steps.
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 3 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height / 2 + 4, { steps: 12 });
  await page.mouse.up();
}

const uris = async (emulator: EmulatorControl, name: string) =>
  (await emulator.playlist(name)).uris;

test('add by search, reorder by drag and by keyboard, remove with undo; accessible throughout', async ({
  page,
  emulator,
}) => {
  await openPlaylist(page, 'Road Trip');
  const start = await uris(emulator, 'Road Trip');

  // Add by search (asking first if the song is already there).
  const { panel, title, add } = await firstSong(page, 'Harbor');
  await expectNoAxeViolations(page, { include: '.add-panel' });
  await add.click();
  const duplicate = page.getByRole('dialog', { name: /is already in Road Trip/ });
  const addedMessage = page.getByText(`Added “${title}” to Road Trip.`);
  // Either it is added at once, or the app asks first (the song may already be there).
  await expect(addedMessage.or(duplicate).first()).toBeVisible();
  if (await duplicate.isVisible())
    await duplicate.getByRole('button', { name: 'Add anyway' }).click();
  await expect(addedMessage).toBeVisible();
  await expect.poll(async () => (await uris(emulator, 'Road Trip')).length).toBe(26);
  await panel.getByRole('button', { name: 'Close' }).click();
  const added = await uris(emulator, 'Road Trip');

  // Drag the first row onto the third.
  await dragRow(page, row(page, 1).getByRole('button', { name: /^Move / }), row(page, 3));
  await expect
    .poll(async () => (await uris(emulator, 'Road Trip')).slice(0, 3))
    .toEqual([added[1], added[2], added[0]]);

  // Keyboard drag: pick up the first row, one place down, drop.
  await row(page, 1)
    .getByRole('button', { name: /^Move / })
    .focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(/ is over position 1\.$/)).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText(/ is over position 2\.$/)).toBeAttached();
  await page.keyboard.press('Space');
  await expect
    .poll(async () => (await uris(emulator, 'Road Trip')).slice(0, 3))
    .toEqual([added[2], added[1], added[0]]);
  const moved = await uris(emulator, 'Road Trip');

  // Select, check the toolbar and dialogs, then remove and undo.
  await row(page, 2).getByRole('checkbox').check();
  const toolbar = page.getByRole('toolbar', { name: 'Selected items' });
  await expect(toolbar).toContainText('1 item selected');
  await expectNoAxeViolations(page, { include: '.selection-toolbar' });
  await toolbar.getByRole('button', { name: 'Move to position…' }).click();
  await expectNoAxeViolations(page, { include: 'dialog' });
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await toolbar.getByRole('button', { name: 'Remove…' }).click();
  const confirm = page.getByRole('dialog', { name: /^Remove “.*” from Road Trip\?$/ });
  await expectNoAxeViolations(page, { include: 'dialog' });
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText(/^Removed “.*” from Road Trip\.$/)).toBeVisible();
  await expect
    .poll(async () => uris(emulator, 'Road Trip'))
    .toEqual(moved.filter((_, i) => i !== 1));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => uris(emulator, 'Road Trip')).toEqual(moved);
  await expect(page.getByText(/^Undone: Removed/)).toBeVisible();
  expect(start).toHaveLength(25);
});

test('an add over a dropped connection leaves exactly one copy', async ({ page, emulator }) => {
  await openPlaylist(page, 'Late Night');
  const before = await uris(emulator, 'Late Night');
  const { add } = await firstSong(page, 'Echo');
  await emulator.faults({ dropAfterCommit: 1 });
  await add.click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('may or may not have been made');
  await expect
    .poll(async () => (await uris(emulator, 'Late Night')).length)
    .toBe(before.length + 1);
  const uri = (await uris(emulator, 'Late Night')).at(-1)!;

  // The retry is offered only after the playlist was re-read, so it sees the copy.
  await alert.getByRole('button', { name: 'Try again' }).click();
  const duplicate = page.getByRole('dialog', { name: /is already in Late Night/ });
  await expectNoAxeViolations(page, { include: 'dialog' });
  await duplicate.getByRole('button', { name: "Don't add" }).click();
  const after = await uris(emulator, 'Late Night');
  expect(after.filter((u) => u === uri)).toHaveLength(before.filter((u) => u === uri).length + 1);
});

test('with 10% of requests failing, the journey still ends with the intended playlist', async ({
  page,
  emulator,
}) => {
  await openPlaylist(page, 'Road Trip');
  const start = await uris(emulator, 'Road Trip');
  await emulator.faults({ errorRate: 0.1 });

  const { panel, title, add } = await firstSong(page, 'Lantern');
  await add.click();
  const duplicate = page.getByRole('dialog', { name: /is already in Road Trip/ });
  await expect(
    page
      .getByText(`Added “${title}” to Road Trip.`)
      .or(duplicate)
      .or(page.getByRole('alert'))
      .first(),
  ).toBeVisible();
  await settle(page, `Added “${title}” to Road Trip.`, duplicate);
  await panel.getByRole('button', { name: 'Close' }).click();
  const withAdd = await uris(emulator, 'Road Trip');
  expect(withAdd.slice(0, 25)).toEqual(start);

  await expect(page.getByRole('checkbox', { name: 'Select all' })).toBeEnabled();
  await row(page, 1).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Move down' }).click();
  await settle(page, /^Moved “.*” to position 2 in Road Trip\.$/);
  await page.getByRole('button', { name: 'Clear selection' }).click();

  await expect(page.getByRole('checkbox', { name: 'Select all' })).toBeEnabled();
  await row(page, 3).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Remove…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await settle(page, /^Removed “.*” from Road Trip\.$/);

  await emulator.faults({ errorRate: 0 });
  const intended = [withAdd[1], withAdd[0], ...withAdd.slice(3)];
  expect(await uris(emulator, 'Road Trip')).toEqual(intended);
  // And the page shows what Spotify has.
  await page.reload();
  await expect(page.getByRole('grid')).toHaveAttribute(
    'aria-rowcount',
    String(intended.length + 1),
  );
});

test('a local file moves by keyboard, though it cannot be removed', async ({ page, emulator }) => {
  await openPlaylist(page, 'Local Files Mix');
  const before = await uris(emulator, 'Local Files Mix');
  expect(before[0]).toMatch(/^spotify:local:/);
  await expect(row(page, 1).getByRole('checkbox')).toBeDisabled();
  await row(page, 1)
    .getByRole('button', { name: /^Move / })
    .focus();
  // Each step waits for dnd-kit's announcement, as a screen reader user would hear it.
  await page.keyboard.press('Space');
  await expect(page.getByText('Stairway to Heaven is over position 1.')).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Stairway to Heaven is over position 2.')).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Stairway to Heaven is over position 3.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect
    .poll(async () => (await uris(emulator, 'Local Files Mix')).slice(0, 3))
    .toEqual([before[1], before[2], before[0]]);
  await expect(page.getByText(/^Moved “.*” to position 3 in Local Files Mix\.$/)).toBeVisible();
});

test('a right-click opens the row menu; its "Add to playlist…" adds the row to another playlist', async ({
  page,
  emulator,
}) => {
  await openPlaylist(page, 'Road Trip');
  const uri = (await uris(emulator, 'Road Trip'))[0]!;
  await row(page, 1).click({ button: 'right', position: { x: 200, y: 20 } });
  const menu = page.getByRole('menu', { name: /^More for / });
  await expect(menu.getByRole('menuitem', { name: 'Play', exact: true })).toBeFocused();
  await expectNoAxeViolations(page, { include: '[role="menu"]' });
  await menu.getByRole('menuitem', { name: 'Add to playlist…' }).click();
  const dialog = page.getByRole('dialog', { name: /to a playlist$/ });
  await expect(dialog.getByRole('button', { name: /^Band Practice/ })).toBeVisible();
  await expectNoAxeViolations(page, { include: 'dialog' });
  await dialog.getByLabel('Find a playlist').fill('band');
  await dialog.getByRole('button', { name: /^Band Practice/ }).click();
  await expect(page.getByText(/^Added “.*” to Band Practice\.$/)).toBeVisible();
  await expect.poll(async () => (await uris(emulator, 'Band Practice')).at(-1)).toBe(uri);
});
