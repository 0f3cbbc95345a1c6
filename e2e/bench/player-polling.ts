/**
 * Player state requests per minute on a visible page while playing and while paused,
 * and on a hidden page. Each is counted over a window and scaled to a minute.
 */
import type { Browser } from '@playwright/test';
import type { Emulator } from '../../emulator/index';
import { loginAsDemo, playlistId, serveApp } from './harness';

const WINDOW_MS = 30_000;
const LAPTOP = '6f8c1d2e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d';

export async function benchPlayerPolling(browser: Browser, emulator: Emulator) {
  const app = await serveApp('polling');
  const page = await browser.newPage();
  try {
    await loginAsDemo(page, app.url);
    await page.goto(`${app.url}/profile`);
    const bar = page.getByRole('contentinfo', { name: 'Player' });
    // Start playback from the app.
    await page.goto(`${app.url}/playlists/${playlistId(emulator, 'Road Trip')}`);
    emulator.store.player.activeDeviceId = LAPTOP;
    await page.locator('header.playlist-header').getByRole('button', { name: 'Play' }).click();
    await bar.getByRole('button', { name: 'Pause' }).waitFor();
    await page.goto(`${app.url}/profile`);
    await bar.getByRole('button', { name: 'Pause' }).waitFor();

    const count = async () => {
      const since = emulator.clock.now();
      await page.waitForTimeout(WINDOW_MS);
      const requests = emulator.store.requestLog.filter(
        (r) => r.time >= since && r.path.startsWith('/v1/me/player') && r.method === 'GET',
      );
      return Math.round((requests.length * 60_000) / WINDOW_MS);
    };
    const playing = await count();
    await bar.getByRole('button', { name: 'Pause' }).click();
    await bar.getByRole('button', { name: 'Play' }).waitFor();
    await page.waitForTimeout(1000);
    const paused = await count();
    // What the browser reports for a background tab.
    // (A string: functions compiled by tsx carry helpers the page does not have.)
    await page.evaluate(`
      Object.defineProperty(document, 'visibilityState', { configurable: true, get() { return 'hidden'; } });
      Object.defineProperty(document, 'hidden', { configurable: true, get() { return true; } });
      document.dispatchEvent(new Event('visibilitychange'));
    `);
    await page.waitForTimeout(1000);
    const hidden = await count();
    return [
      { page: 'visible, playing', 'player requests per minute': playing, target: '<= 15' },
      { page: 'visible, paused', 'player requests per minute': paused, target: '<= 4' },
      { page: 'hidden', 'player requests per minute': hidden, target: '0' },
    ];
  } finally {
    await page.close();
    await app.close();
  }
}
