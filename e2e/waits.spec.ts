/**
 * Waits you can see. A Retry-After that holds requests for more than 2 s shows one
 * countdown instead of a spinner that says nothing, and the page carries on by itself. A
 * quota block is kept across reloads and tabs (no request goes out before its time),
 * says when the app tries again, and offers "Try now". The browser's clock is driven
 * (page.clock), so nothing here waits out a real Retry-After.
 */
import { expect, openSignedIn, test } from './fixtures';

const secondsIn = async (text: Promise<string | null>) =>
  Number(/in (\d+) s$/.exec((await text) ?? '')?.[1]);

test('a rate-limit wait shows one countdown, then the page loads by itself', async ({
  page,
  emulator,
}) => {
  await page.clock.install();
  await openSignedIn(page);
  // The person sees their playlists, then Spotify starts asking the app to wait.
  const link = page
    .getByRole('list', { name: 'Your playlists' })
    .getByRole('link', { name: 'Band Practice', exact: true });
  await expect(link).toBeVisible();
  await emulator.faults({ rateLimit: { mode: 'retry-after', retryAfterSeconds: 30 } });
  await link.click();

  const countdown = page.getByText(/^Spotify asked us to wait — trying again in \d+ s$/);
  await expect(countdown).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Spotify asked us to wait.' }),
  ).toHaveCount(1);
  const first = await secondsIn(countdown.textContent());
  expect(first).toBeGreaterThan(20);
  expect(first).toBeLessThanOrEqual(30);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screens/rate-limit-wait-phone.png' });
  // It counts down with the clock.
  await page.clock.fastForward(10_000);
  await expect.poll(() => secondsIn(countdown.textContent())).toBeLessThanOrEqual(first - 10);

  await emulator.faults({ rateLimit: null });
  await page.clock.fastForward(30_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Band Practice' })).toBeVisible();
  await expect(countdown).toBeHidden();
});

test('a quota block holds across a reload and another tab, says when, and Try now ends it', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  const { id } = await emulator.playlist('Band Practice');
  await emulator.faults({ quotaExceeded: true });
  await page.goto(`/playlists/${id}`);
  await expect(
    page
      .getByRole('main')
      .getByRole('alert')
      .filter({ hasText: 'This playlist could not be loaded' }),
  ).toBeVisible();
  const notice = page.getByRole('status').filter({
    hasText:
      /^This app has used up its Spotify quota for now\. The app tries again by itself after /,
  });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try now' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/quota-block-desktop.png' });

  // A reload and a second tab ask Spotify nothing until the block's time.
  await emulator.call('DELETE', 'requests');
  await page.reload();
  await expect(notice).toBeVisible();
  const other = await page.context().newPage();
  await other.goto('/playlists');
  const otherNotice = other.getByRole('status').filter({ hasText: /^This app has used up/ });
  await expect(otherNotice).toBeVisible();
  // (What it shows comes from the persisted copy, or says it could not be loaded.)
  expect(await emulator.requests('/v1/')).toEqual([]);

  // Spotify lets the app in again; Try now in one tab ends the block in both.
  await emulator.faults({ quotaExceeded: false });
  await page.getByRole('button', { name: 'Try now' }).click();
  await expect(notice).toBeHidden();
  await expect(otherNotice).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Band Practice' })).toBeVisible();
  await expect(
    other
      .getByRole('list', { name: 'Your playlists' })
      .getByRole('link', { name: 'Band Practice', exact: true }),
  ).toBeVisible();
  await other.close();
});
