/**
 * Waits you can see: when Spotify's Retry-After holds requests for more than 2 s, one
 * notice counts down instead of a spinner that says nothing, and the page carries on by
 * itself when the wait is over.
 */
import { expect, openSignedIn, test } from './fixtures';

test('a rate-limit wait shows one countdown, then the page loads by itself', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  await emulator.faults({ rateLimit: { mode: 'retry-after', retryAfterSeconds: 5 } });
  await page
    .getByRole('list', { name: 'Your playlists' })
    .getByRole('link', { name: 'Band Practice', exact: true })
    .click();

  const countdown = page.getByText(/^Spotify asked us to wait — trying again in \d+ s$/);
  await expect(countdown).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Spotify asked us to wait.' }),
  ).toHaveCount(1);
  const first = Number(/in (\d+) s/.exec((await countdown.textContent())!)![1]);
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThanOrEqual(5);
  // It counts down.
  await expect(countdown).not.toHaveText(new RegExp(`in ${first} s$`));

  await expect(page.getByRole('heading', { level: 1, name: 'Band Practice' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(countdown).toBeHidden();
});
