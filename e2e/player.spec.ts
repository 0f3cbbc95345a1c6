import { expectNoAxeViolations } from './axe';
import type { Locator, Page } from '@playwright/test';
import { expect, openSignedIn, openPlaylist, test } from './fixtures';

const bar = (page: Page) => page.getByRole('contentinfo', { name: 'Player' });
const nowPlaying = (page: Page) => bar(page).locator('.player__title');
const row = (page: Page, position: number): Locator =>
  page.locator(`[role=row][aria-rowindex="${position + 1}"]`);
const rowTitle = async (page: Page, position: number) =>
  (await row(page, position).locator('.items-row__name').textContent()) ?? '';

test('plays, pauses, skips, seeks, sets volume, shuffles, repeats, transfers and queues', async ({
  page,
  emulator,
}) => {
  // A long journey through every control, from a browser that cannot play Spotify itself
  // (no DRM, like Debian's Chromium), so the app is a remote control for other devices.
  test.setTimeout(90_000);
  await emulator.settings({ webPlaybackDrm: false });
  await openSignedIn(page);
  const header = await openPlaylist(page, 'Road Trip');
  await expect(bar(page).getByText('Nothing playing.')).toBeVisible();
  // Rows are virtualized: read the titles needed later while they are on screen (the tenth
  // is below the first screen at 720 px).
  const [first, fifth, sixth] = [
    await rowTitle(page, 1),
    await rowTitle(page, 5),
    await rowTitle(page, 6),
  ];
  await page.evaluate(() => window.scrollBy(0, 400));
  const tenth = await rowTitle(page, 10);
  await page.evaluate(() => window.scrollTo(0, 0));

  // No device is active yet: the chooser asks where, and Road Trip plays there.
  await header.getByRole('button', { name: 'Play' }).click();
  const chooser = page.getByRole('dialog', { name: 'Play Road Trip on…' });
  await chooser.getByRole('button', { name: /Demo Laptop/ }).click();
  await expect(nowPlaying(page)).toHaveText(first);
  const devices = bar(page).getByRole('region', { name: 'Devices' });
  await expect(bar(page).getByRole('button', { name: 'Pause' })).toBeVisible();

  // From a row: the playlist continues from there.
  await row(page, 5)
    .getByRole('button', { name: `Play ${fifth}` })
    .click();
  await expect(nowPlaying(page)).toHaveText(fifth);

  await bar(page).getByRole('button', { name: 'Pause' }).click();
  await expect(bar(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await bar(page).getByRole('button', { name: 'Play' }).click();
  await bar(page).getByRole('button', { name: 'Next' }).click();
  await expect(nowPlaying(page)).toHaveText(sixth);
  await bar(page).getByRole('button', { name: 'Previous' }).click();
  await expect(nowPlaying(page)).toHaveText(fifth);

  const seek = bar(page).getByRole('slider', { name: 'Seek' });
  await seek.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(seek).toHaveAttribute('aria-valuetext', /^0:(3\d|4\d) of /);

  const volume = bar(page).getByRole('slider', { name: 'Volume' });
  await volume.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(volume).toHaveValue('55');

  const shuffle = bar(page).getByRole('button', { name: 'Shuffle' });
  await shuffle.click();
  await expect(shuffle).toHaveAttribute('aria-pressed', 'true');
  const repeat = bar(page).getByRole('button', { name: 'Repeat' });
  await repeat.click();
  await expect(repeat).toHaveAccessibleDescription('Repeat all');
  await repeat.click();
  await expect(repeat).toHaveAccessibleDescription('Repeat one');

  // Transfer, keeping it playing.
  await bar(page).getByRole('button', { name: 'Devices' }).click();
  await devices.getByRole('button', { name: /Living Room Speaker/ }).click();
  await expect(bar(page).getByText('on Living Room Speaker', { exact: true })).toBeVisible();
  await expect(bar(page).getByRole('button', { name: 'Pause' })).toBeVisible();

  // Queue a track and see it next, then in Recently played once skipped past.
  await page.evaluate(() => window.scrollBy(0, 400));
  await row(page, 10)
    .getByRole('button', { name: `Add ${tenth} to queue` })
    .click();
  // With shuffle on, the song may be next in the queue already: wait for Spotify's yes.
  await expect(page.getByText(`Added ${tenth} to the queue.`, { exact: true })).toBeVisible();
  await bar(page).getByRole('button', { name: 'Queue' }).click();
  const queue = bar(page).getByRole('region', { name: 'Queue' });
  await expect(
    queue.getByRole('list', { name: 'Next up' }).getByRole('listitem').first(),
  ).toContainText(tenth);

  await bar(page).getByRole('button', { name: 'Devices' }).click();
  await expect(devices).toBeVisible();
  await expectNoAxeViolations(page);

  await bar(page).getByRole('button', { name: 'Next' }).click();
  await expect(nowPlaying(page)).toHaveText(tenth);
  await bar(page).getByRole('button', { name: 'Next' }).click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Recently played' })
    .click();
  const history = page.getByRole('list', { name: 'Recently played tracks' });
  await expect(history.getByRole('listitem').first()).toContainText(tenth);
});

test('Space toggles play and pause outside text fields', async ({ page, emulator }) => {
  await openSignedIn(page, '/profile');
  const tokens = await emulator.call<{ access_token: string }>('POST', 'tokens');
  const { id } = await (
    await fetch(`${emulator.url}/v1/me/playlists?limit=1`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    })
  )
    .json()
    .then((p: { items: { id: string }[] }) => p.items[0]!);
  await fetch(
    `${emulator.url}/v1/me/player/play?device_id=6f8c1d2e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d`,
    {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${tokens.access_token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ context_uri: `spotify:playlist:${id}` }),
    },
  );
  await page.reload();
  await expect(bar(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.locator('body').press('Space');
  await expect(bar(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await page.locator('body').press('Space');
  await expect(bar(page).getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('at 1280 px the player bar is one line: what plays, the transport over the seek bar, and queue, devices and volume', async ({
  page,
  emulator,
}) => {
  await emulator.settings({ webPlaybackDrm: false });
  await page.setViewportSize({ width: 1280, height: 720 });
  await openSignedIn(page);
  const header = await openPlaylist(page, 'Road Trip');
  await header.getByRole('button', { name: 'Play' }).click();
  await page
    .getByRole('dialog', { name: 'Play Road Trip on…' })
    .getByRole('button', { name: /Demo Laptop/ })
    .click();
  const pause = bar(page).getByRole('button', { name: 'Pause' });
  await expect(pause).toBeVisible();

  const box = async (locator: Locator) => (await locator.boundingBox())!;
  const middle = async (locator: Locator) => {
    const b = await box(locator);
    return b.y + b.height / 2;
  };
  // The transport is one row, centred on the one play/pause button.
  const transport = ['Shuffle', 'Previous', 'Pause', 'Next', 'Repeat'].map((name) =>
    bar(page).getByRole('button', { name, exact: true }),
  );
  const centre = await middle(pause);
  for (const button of transport) expect(Math.abs((await middle(button)) - centre)).toBeLessThan(2);
  // Queue, Devices and the volume share a line beside it, and the seek bar lies under it.
  for (const control of [
    bar(page).getByRole('button', { name: 'Queue' }),
    bar(page).getByRole('button', { name: 'Devices' }),
    bar(page).getByRole('slider', { name: 'Volume' }),
  ])
    expect((await box(control)).x).toBeGreaterThan((await box(transport[4]!)).x);
  const seek = await box(bar(page).getByRole('slider', { name: 'Seek' }));
  expect(seek.y).toBeGreaterThan(centre);
  // One line of controls: the whole bar is no taller than the cover beside the title.
  expect((await box(bar(page))).height).toBeLessThan(90);
  await expect(nowPlaying(page)).toBeVisible();
  await expectNoAxeViolations(page);
});
