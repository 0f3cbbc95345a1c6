/**
 * What reading the whole library costs in requests, with 100 ms latency per request:
 * opening every playlist in turn, and Export everything, first in a new session and
 * again after a reload (the persisted cache and conditional requests at work). Counts
 * every Web API request the emulator answered, by status (304 = "unchanged").
 */
import type { Browser, Page } from '@playwright/test';
import type { Emulator } from '../../emulator/index';
import { persistedKeys } from '../persisted-cache';
import { loginAsDemo, serveApp } from './harness';

const LATENCY_MS = 100;

export interface LibraryRequestFigures {
  step: string;
  requests: number;
  'full (200)': number;
  'unchanged (304)': number;
  'item pages': number;
  'playlist details': number;
  'Liked Songs pages': number;
  'time (ms)': number;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('the persisted copy was not written in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const toPlaylists = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Playlists' }).click();

/** Opens each playlist from the list of playlists and waits until it has shown all it will. */
async function openEveryPlaylist(page: Page) {
  const links = page.getByRole('list', { name: 'Your playlists' }).getByRole('link');
  await links.first().waitFor();
  const names = await links.allTextContents();
  for (const [i, name] of names.entries()) {
    await toPlaylists(page);
    await links.nth(i).click();
    await page
      .locator('header.playlist-header')
      .getByRole('heading', { level: 1, name, exact: true })
      .waitFor();
    await page
      .getByRole('checkbox', { name: 'Select all' })
      .and(page.locator(':enabled'))
      .or(
        page.getByRole('heading', { name: /does not share this playlist|This playlist is empty/ }),
      )
      .first()
      .waitFor({ timeout: 120_000 });
  }
  return names.length;
}

async function exportEverything(page: Page) {
  await toPlaylists(page);
  const download = page.waitForEvent('download', { timeout: 300_000 });
  await page.getByRole('button', { name: 'Export everything' }).click();
  await download;
}

export async function benchLibraryRequests(
  browser: Browser,
  emulator: Emulator,
): Promise<LibraryRequestFigures[]> {
  const app = await serveApp('library-requests');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const figures: LibraryRequestFigures[] = [];
  const measure = async (step: string, run: () => Promise<unknown>) => {
    emulator.store.requestLog.length = 0;
    const started = Date.now();
    await run();
    const ms = Date.now() - started;
    const log = emulator.store.requestLog.filter((r) => r.path.startsWith('/v1/'));
    figures.push({
      step,
      requests: log.length,
      'full (200)': log.filter((r) => r.status === 200).length,
      'unchanged (304)': log.filter((r) => r.status === 304).length,
      'item pages': log.filter((r) => /^\/v1\/playlists\/[^/]+\/items$/.test(r.path)).length,
      'playlist details': log.filter((r) => /^\/v1\/playlists\/[^/]+$/.test(r.path)).length,
      'Liked Songs pages': log.filter((r) => r.path === '/v1/me/tracks').length,
      'time (ms)': ms,
    });
  };
  try {
    const page = await context.newPage();
    await loginAsDemo(page, app.url);
    emulator.store.faults.latencyMs = LATENCY_MS;
    await page.goto(`${app.url}/playlists`);
    await page.getByRole('list', { name: 'Your playlists' }).getByRole('link').first().waitFor();
    let count = 0;
    await measure('open every playlist, new session', async () => {
      count = await openEveryPlaylist(page);
    });
    await measure('Export everything, same session', () => exportEverything(page));
    // A person does not reload within milliseconds: let the persisted copy of what the
    // export read (Liked Songs, 12,000 rows) be written first.
    await waitUntil(async () =>
      (await persistedKeys(page)).some((key) => key.includes('"liked-songs"')),
    );
    await page.goto(`${app.url}/playlists`);
    await page.getByRole('list', { name: 'Your playlists' }).getByRole('link').first().waitFor();
    await measure('open every playlist, after a reload', () => openEveryPlaylist(page));
    await page.reload();
    await measure('Export everything, after a reload', () => exportEverything(page));
    console.log(`(${count} playlists in the demo library)`);
    return figures;
  } finally {
    emulator.store.faults.latencyMs = 0;
    await context.close();
    await app.close();
  }
}
