import type { Page } from '@playwright/test';
import { expect, openSignedIn, openPlaylist, test } from './fixtures';

const titles = (page: Page) => page.getByRole('grid').locator('.items-row__name');

test('two tabs see each other’s edits and likes', async ({ page, context }) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Road Trip');
  await expect(page.getByText('All 25 items loaded.')).toBeAttached();
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByText('All 25 items loaded.')).toBeAttached();
  const [first, second] = await titles(page).allTextContents();

  // A move in one tab shows in the other without a reload.
  await page.getByRole('checkbox', { name: `Select ${first}` }).check();
  await page.getByRole('button', { name: 'Move down' }).click();
  await expect(titles(other).first()).toHaveText(second!);
  await expect(titles(other).nth(1)).toHaveText(first!);

  // Undone in the first tab: the second follows again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(titles(other).first()).toHaveText(first!);

  // A like in the second tab fills the heart in the first.
  const heart = (p: Page) =>
    p
      .getByRole('row')
      .filter({ hasText: second! })
      .getByRole('button', { name: 'Save to Liked Songs' });
  const pressed = (await heart(page).getAttribute('aria-pressed')) === 'true';
  await heart(other).click();
  await expect(heart(page)).toHaveAttribute('aria-pressed', String(!pressed));
});
