import { expect, openSignedIn, test } from './fixtures';

test('the app loads in Chromium and routes between pages', async ({ page }) => {
  await openSignedIn(page, '/');
  await expect(page).toHaveURL(/\/playlists$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Playlists' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Profile' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
});

test('an unknown address shows the not-found page, inside the app’s frame', async ({ page }) => {
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
