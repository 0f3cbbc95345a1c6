/**
 * Opening the 10,000-item playlist with 100 ms latency on every request (and once with
 * every CORS preflight delayed as well, as on the real network): time to the
 * first row, time to all rows, item requests and the most rows in the DOM at once, for
 * the app's parallel loading and for loading pages one after another.
 */
import type { Browser } from '@playwright/test';
import type { Emulator } from '../../emulator/index';
import { countRows, loginAsDemo, maxRows, playlistId, serveApp } from './harness';

const LATENCY_MS = 100;

interface Figures {
  strategy: string;
  'first row (ms)': number;
  'all rows (ms)': number;
  'item requests': number;
  'max rows in DOM': number;
}

async function measure(
  browser: Browser,
  emulator: Emulator,
  appUrl: string,
  strategy: string,
  preflights = false,
): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await loginAsDemo(page, appUrl);
  await countRows(page);
  const id = playlistId(emulator, 'Ten Thousand Songs');
  emulator.store.requestLog.length = 0;
  emulator.store.faults.latencyMs = LATENCY_MS;
  emulator.store.faults.preflightLatency = preflights;

  const started = Date.now();
  await page.goto(`${appUrl}/playlists/${id}`);
  await page.locator('[role=grid] [role=row][aria-rowindex="2"]').waitFor();
  const firstRow = Date.now() - started;
  // Scroll while it loads, as a person would, so virtualization is exercised.
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 4000);
  await page.getByText('All 10,000 items loaded.').waitFor({ state: 'attached', timeout: 120_000 });
  const allRows = Date.now() - started;
  await page.keyboard.press('End');
  await page.mouse.wheel(0, 1_000_000);
  const mostRows = await maxRows(page);

  emulator.store.faults.latencyMs = 0;
  emulator.store.faults.preflightLatency = false;
  await context.close();
  return {
    strategy,
    'first row (ms)': firstRow,
    'all rows (ms)': allRows,
    'item requests': emulator.store.requestLog.filter((r) => r.path === `/v1/playlists/${id}/items`)
      .length,
    'max rows in DOM': mostRows,
  };
}

export async function benchPlaylistLoad(browser: Browser, emulator: Emulator): Promise<Figures[]> {
  const results: Figures[] = [];
  for (const [strategy, concurrency] of [
    ['parallel (app, 6 at once)', '6'],
    ['one after another', '1'],
  ] as const) {
    const app = await serveApp(`concurrency-${concurrency}`, {
      VITE_ITEM_PAGE_CONCURRENCY: concurrency,
    });
    try {
      results.push(await measure(browser, emulator, app.url, strategy));
      // On the real network each new page URL also costs a CORS preflight round trip.
      if (concurrency === '6')
        results.push(
          await measure(browser, emulator, app.url, `${strategy}, preflights delayed too`, true),
        );
    } finally {
      await app.close();
    }
  }
  return results;
}
