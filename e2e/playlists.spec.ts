import { expectNoAxeViolations } from './axe';
import type { Page } from '@playwright/test';
import { expect, openSignedIn, test } from './fixtures';

async function openPlaylist(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Playlists' })
    .click();
  await page
    .getByRole('list', { name: 'Your playlists' })
    .getByRole('link', { name, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('Profile and Playlists pages show the account and every playlist, without axe violations', async ({
  page,
}) => {
  await openSignedIn(page, '/profile');
  const card = page.getByRole('region', { name: 'Your Spotify account' });
  await expect(card.getByRole('heading', { name: 'Demo Listener' })).toBeVisible();
  await expect(card.getByText('Playlists you own')).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Playlists' })
    .click();
  const list = page.getByRole('list', { name: 'Your playlists' });
  await expect(list.getByRole('listitem')).toHaveCount(61);
  await expectNoAxeViolations(page);
  await page.getByRole('searchbox', { name: 'Filter playlists' }).fill('local');
  await expect(list.getByRole('link')).toHaveText(['Local Files Mix']);
});

// Each kind of seeded playlist opens, with axe finding no violations: three journeys, so
// that each stays well inside the test timeout on a busy machine.
test('a playlist of songs and one of local files open, without axe violations', async ({
  page,
}) => {
  await openSignedIn(page);

  await openPlaylist(page, 'Road Trip');
  await expect(page.getByRole('link', { name: 'Road Trip Classics' })).toHaveAttribute(
    'href',
    /^https:\/\/open\.spotify\.com\//,
  );
  await expect(page.getByText('All 25 items loaded.')).toBeAttached();
  await expectNoAxeViolations(page);

  await openPlaylist(page, 'Local Files Mix');
  const local = page.getByRole('row').filter({ hasText: 'Stairway to Heaven' });
  await expect(local).toHaveAttribute('aria-disabled', 'true');
  await local.hover();
  await expect(page.getByRole('tooltip').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('unavailable songs, episodes and markup in a description are shown safely', async ({
  page,
}) => {
  await openSignedIn(page);

  await openPlaylist(page, 'Lost & Found');
  await expect(page.getByRole('row').filter({ hasText: 'Unavailable' }).first()).toHaveAttribute(
    'aria-disabled',
    'true',
  );

  await openPlaylist(page, 'Podcasts & Songs');
  await expect(page.getByRole('row').filter({ hasText: 'Episode' }).first()).toContainText(
    'The Demo Hour',
  );

  await openPlaylist(page, 'Late Night');
  await expect(page.getByText(/For 3 a\.m\. <3 click me/)).toBeVisible();
  await expect(page.locator('main a[href^="javascript:"]')).toHaveCount(0);
});

test('a playlist whose items are not shared, an empty one and a collaborative one open, without axe violations', async ({
  page,
}) => {
  await openSignedIn(page);

  await openPlaylist(page, "Editor's Picks");
  await expect(
    page.getByRole('heading', { name: "Spotify does not share this playlist's items" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await openPlaylist(page, 'Empty Shelf');
  await expect(page.getByRole('heading', { name: 'This playlist is empty' })).toBeVisible();

  await openPlaylist(page, 'Band Practice');
  await expect(page.getByText('Collaborative playlist')).toBeVisible();
});

test('the 10,000-item playlist keeps few rows in the DOM and is usable by keyboard', async ({
  page,
}) => {
  await openSignedIn(page);
  await openPlaylist(page, 'Ten Thousand Songs');
  await expect(page.getByText('All 10,000 items loaded.')).toBeAttached({ timeout: 30_000 });
  // Its pages were read off the main thread (page-reader.ts).
  expect(page.workers().some((worker) => worker.url().includes('page-reader-worker'))).toBe(true);
  const grid = page.getByRole('grid', { name: 'Items in Ten Thousand Songs' });
  await expect(grid).toHaveAttribute('aria-rowcount', '10001');
  await grid.getByRole('row').nth(1).focus();
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute('aria-rowindex', '10001');
  await expect(page.locator(':focus')).toContainText('10,000');
  expect(await grid.getByRole('row').count()).toBeLessThan(100);
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAttribute('aria-rowindex', '2');
});

test('a long list still loads every row when its page reader worker cannot load', async ({
  page,
}) => {
  await page.route(/page-reader-worker-[^/]*\.js$/, (route) => route.abort());
  await openSignedIn(page);
  await openPlaylist(page, 'Ten Thousand Songs');
  await expect(page.getByText('All 10,000 items loaded.')).toBeAttached({ timeout: 30_000 });
  const grid = page.getByRole('grid', { name: 'Items in Ten Thousand Songs' });
  await grid.getByRole('row').nth(1).focus();
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toContainText('10,000');
});

test('an unknown playlist address shows the not-found page', async ({ page }) => {
  await openSignedIn(page);
  await page.goto('/playlists/0000000000000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
