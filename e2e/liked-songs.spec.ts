/**
 * Liked Songs and the heart, from a fresh emulator (12,000 Liked Songs, nothing playing,
 * no device), at desktop and phone sizes: like from a playlist row and find it on
 * top of Liked Songs, unlike it from the player bar, bulk-save a selection and undo it.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openSignedIn, openForEditing, openPlaylist, test } from './fixtures';
import { checkScreen } from './screens';

const grid = (page: Page) => page.getByRole('grid');
const row = (page: Page, position: number) =>
  grid(page).locator(`[role="row"][aria-rowindex="${position + 1}"]`);
const heart = (scope: Locator) => scope.getByRole('button', { name: 'Save to Liked Songs' });
const bar = (page: Page) => page.getByRole('contentinfo', { name: 'Player' });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** A heart whose state is known (looked up, not still asking). */
async function settledHeart(scope: Locator) {
  const button = heart(scope);
  await expect(button).toBeVisible();
  await expect(button).not.toHaveAttribute('aria-disabled', 'true');
  return button;
}

test('likes a song from a playlist row, finds it on top of Liked Songs, unlikes it from the player bar', async ({
  page,
  emulator,
}, info) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Road Trip');
  const first = row(page, 1);
  const title = (await first.locator('.items-row__name').textContent())!;
  const rowHeart = await settledHeart(first);
  await expect(rowHeart).toHaveAttribute('aria-pressed', 'false');
  // The hearts on screen were looked up together: one request per 40 rows.
  const lookups = await emulator.requests('/v1/me/library/contains');
  const rowsShown = await grid(page).locator('.items-row:not(.items-row--head)').count();
  expect(lookups.length).toBeLessThanOrEqual(Math.ceil(rowsShown / 40));

  await rowHeart.click();
  await expect(rowHeart).toHaveAttribute('aria-pressed', 'true');
  await expect(
    page.getByRole('status').filter({ hasText: `Saved “${title}” to Liked Songs.` }),
  ).toBeVisible();

  await nav(page).getByRole('link', { name: 'Liked Songs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Liked Songs' })).toBeVisible();
  await expect(page.locator('.playlist-header__meta')).toContainText('12,001 songs');
  await expect(row(page, 1).locator('.items-row__name')).toHaveText(title);
  await expect(heart(row(page, 1))).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('All 12,001 songs loaded.')).toBeAttached({ timeout: 20_000 });
  await checkScreen(page, info, 'liked-songs');

  // Play from that row: nothing is playing and no device is active, so it plays here.
  const playRow =
    info.project.name === 'phone'
      ? async () => {
          await row(page, 1)
            .getByRole('button', { name: `More for ${title}` })
            .click();
          await page.getByRole('menuitem', { name: 'Play', exact: true }).click();
        }
      : () =>
          row(page, 1)
            .getByRole('button', { name: `Play ${title}` })
            .click();
  await playRow();
  await expect(bar(page)).toContainText(title);
  const played = await emulator.requests('/v1/me/player/play');
  expect((JSON.parse(played.at(-1)!.body!) as { uris: string[] }).uris).toHaveLength(200);

  // Unlike from the player bar: the row leaves Liked Songs and the count drops, no reload.
  const barHeart = await settledHeart(bar(page));
  await expect(barHeart).toHaveAttribute('aria-pressed', 'true');
  const pagesBefore = (await emulator.requests('/v1/me/tracks')).length;
  await barHeart.click();
  await expect(barHeart).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.playlist-header__meta')).toContainText('12,000 songs');
  await expect(row(page, 1).locator('.items-row__name')).not.toHaveText(title);
  expect((await emulator.requests('/v1/me/tracks')).length).toBe(pagesBefore);
});

test('saves a selection to Liked Songs in one go and undoes it', async ({
  page,
  emulator,
}, info) => {
  await openSignedIn(page);
  await openForEditing(page, 'Road Trip');
  for (const position of [1, 2, 3]) {
    await expect(await settledHeart(row(page, position))).toHaveAttribute('aria-pressed', 'false');
    await row(page, position).getByRole('checkbox').check();
  }
  const toolbar = page.getByRole('toolbar', { name: 'Selected items' });
  await toolbar.getByRole('button', { name: 'Save to Liked Songs' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved 3 songs to Liked Songs.' }),
  ).toBeVisible();
  for (const position of [1, 2, 3])
    await expect(heart(row(page, position))).toHaveAttribute('aria-pressed', 'true');
  const saves = await emulator.requests('/v1/me/library');
  expect(saves.filter((r) => r.method === 'PUT')).toHaveLength(1);
  // Focus on its Undo holds the toast (it would leave after 10 s) while the screen is checked.
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.focus();
  await checkScreen(page, info, 'liked-bulk-saved');
  await undo.click();
  for (const position of [1, 2, 3])
    await expect(heart(row(page, position))).toHaveAttribute('aria-pressed', 'false');
  await expect(
    page.getByRole('status').filter({ hasText: 'Undone. Removed 3 songs from Liked Songs.' }),
  ).toBeVisible();
  const writes = await emulator.requests('/v1/me/library');
  expect(writes.map((r) => r.method).filter((m) => m !== 'GET')).toEqual(['PUT', 'DELETE']);
});
