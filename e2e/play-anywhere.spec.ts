import { expectNoAxeViolations } from './axe';
import type { Page } from '@playwright/test';
import { expect, openSignedIn, openPlaylist, test, type EmulatorControl } from './fixtures';

const bar = (page: Page) => page.getByRole('contentinfo', { name: 'Player' });
const BROWSER_DEVICE = 'Library Manager (this browser)';

interface Player {
  device: { id: string; name: string };
  context: { uri: string } | null;
  is_playing: boolean;
  item: { name: string; album: { name: string } } | null;
}

/** What the emulator's Web API says is playing, asked as another app would. */
async function playback(emulator: EmulatorControl): Promise<Player | null> {
  const { access_token } = await emulator.call<{ access_token: string }>('POST', 'tokens');
  const response = await fetch(`${emulator.url}/v1/me/player`, {
    headers: { authorization: `Bearer ${access_token}` },
  });
  return response.status === 204 ? null : ((await response.json()) as Player);
}

const openRoadTrip = (page: Page) => openPlaylist(page, 'Road Trip');

const roadTripUri = async (emulator: EmulatorControl) =>
  `spotify:playlist:${(await emulator.playlist('Road Trip')).id}`;

test('Play plays the playlist in this browser with one press, with the media session filled', async ({
  page,
  emulator,
}) => {
  await openSignedIn(page);
  expect(await playback(emulator)).toBeNull();
  const header = await openRoadTrip(page);
  await header.getByRole('button', { name: 'Play' }).click();
  await expect(bar(page).getByText('on This browser', { exact: true })).toBeVisible();
  await expect(bar(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const state = (await playback(emulator))!;
  expect(state.device.name).toBe(BROWSER_DEVICE);
  expect(state.context?.uri).toBe(await roadTripUri(emulator));
  expect(state.is_playing).toBe(true);

  // The system's media controls show what plays here.
  await expect
    .poll(() => page.evaluate(() => navigator.mediaSession.metadata?.title ?? null))
    .toBe(state.item!.name);
  expect(await page.evaluate(() => navigator.mediaSession.metadata?.album)).toBe(
    state.item!.album.name,
  );
  expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('playing');
  await page.screenshot({ path: 'test-results/screens/play-in-browser-desktop.png' });
});

test('with no device able to play here, the chooser keeps the request for the chosen device', async ({
  page,
  emulator,
}) => {
  await emulator.settings({ webPlaybackDrm: false });
  await openSignedIn(page);
  const header = await openRoadTrip(page);
  await header.getByRole('button', { name: 'Play' }).click();
  const chooser = page.getByRole('dialog', { name: 'Play Road Trip on…' });
  await expect(chooser.getByText(/This browser cannot play Spotify/)).toBeVisible();
  await expect(chooser.getByRole('button', { name: /Living Room Speaker/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/device-chooser-desktop.png' });
  await expectNoAxeViolations(page);

  await chooser.getByRole('button', { name: /Living Room Speaker/ }).click();
  await expect(bar(page).getByText('on Living Room Speaker', { exact: true })).toBeVisible();
  const state = (await playback(emulator))!;
  expect(state.device.name).toBe('Living Room Speaker');
  expect(state.context?.uri).toBe(await roadTripUri(emulator));
  // Tried as it was (no device active: 404), then sent, unchanged, to the chosen device.
  const plays = await emulator.requests('/v1/me/player/play');
  expect(plays.map((p) => p.status)).toEqual([404, 204]);
  expect(plays[1]!.query).toContain('device_id=');
  expect(plays[1]!.body).toBe(plays[0]!.body);
});

test('a non-Premium account is told once what needs Premium, and browsing still works', async ({
  page,
  emulator,
}) => {
  await emulator.settings({ premium: false });
  await openSignedIn(page);
  const header = await openRoadTrip(page);
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(header.getByRole('button', { name: 'Edit details' })).toBeEnabled();
  // This browser's player, what learns that the account is not Premium, starts once the
  // page has started or, as here, when the device list needs it (src/lib/after-start.ts).
  await bar(page).getByRole('button', { name: 'Devices' }).click();
  await expect(bar(page).getByText('Playing in this browser needs Spotify Premium.')).toBeVisible();
  await expect(bar(page).getByRole('alert')).toContainText(
    'Spotify lets apps control playback only for Premium accounts',
  );
});
