/**
 * Opening an artist's and an album's page from a playlist row, at 100 ms latency per
 * request: the time from the click to the page's first content (its heading) and to all
 * of it (every release section, every track), the Web API requests it made, and how many
 * round trips they took (answers more than 80 ms apart start a new one). The first visit
 * loads the page's code too; the second (another artist or album) has it.
 */
import type { Browser, Locator } from '@playwright/test';
import type { Emulator } from '../../emulator/index';
import { loginAsDemo, playlistId, serveApp } from './harness';

const LATENCY_MS = 100;

export interface CatalogPageFigures {
  page: string;
  visit: string;
  'first content (ms)': number;
  'all of it (ms)': number;
  requests: number;
  'round trips': number;
}

/** Answers grouped into round trips: one that ends over 80 ms after a trip began starts the next. */
function roundTrips(times: number[]): number {
  let trips = 0;
  let start = -Infinity;
  for (const time of [...times].sort((a, b) => a - b)) {
    if (time - start > 80) {
      trips += 1;
      start = time;
    }
  }
  return trips;
}

/** Until no request has been answered for 300 ms: the page left behind has finished its reads. */
async function settle(emulator: Emulator) {
  let count = -1;
  while (count !== emulator.store.requestLog.length) {
    count = emulator.store.requestLog.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function measure(
  emulator: Emulator,
  what: { page: string; visit: string },
  open: () => Promise<void>,
  first: Locator,
  all: Locator,
): Promise<CatalogPageFigures> {
  await settle(emulator);
  emulator.store.requestLog.length = 0;
  const started = Date.now();
  await open();
  await first.waitFor();
  const firstMs = Date.now() - started;
  await all.waitFor({ timeout: 60_000 });
  const allMs = Date.now() - started;
  const log = emulator.store.requestLog.filter(
    (r) => r.path.startsWith('/v1/') && !r.path.startsWith('/v1/me/player'),
  );
  return {
    ...what,
    'first content (ms)': firstMs,
    'all of it (ms)': allMs,
    requests: log.length,
    'round trips': roundTrips(log.map((r) => r.time)),
  };
}

export async function benchCatalogPages(
  browser: Browser,
  emulator: Emulator,
): Promise<CatalogPageFigures[]> {
  const app = await serveApp('catalog-pages');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const figures: CatalogPageFigures[] = [];
  try {
    await loginAsDemo(page, app.url);
    await page.goto(`${app.url}/playlists/${playlistId(emulator, 'Road Trip')}`);
    const rows = page.getByRole('grid').locator('[role="row"][aria-rowindex]');
    await rows.nth(2).waitFor();
    // The player's polling is left out of the counts; the page's own reads are measured.
    emulator.store.faults.latencyMs = LATENCY_MS;
    for (const [visit, index] of [
      ['first (code loads)', 1],
      ['second (code cached)', 2],
    ] as const) {
      const row = rows.nth(index);
      const artistLink = row.locator('a[href^="/artist/"]').first();
      const artistName = (await artistLink.textContent())!;
      figures.push(
        await measure(
          emulator,
          { page: 'artist', visit },
          () => artistLink.click(),
          page.getByRole('heading', { level: 1, name: artistName, exact: true }),
          page.getByRole('region', { name: 'Albums' }).or(page.getByText('No releases')).first(),
        ),
      );
      await page.goBack();
      await rows.nth(2).waitFor();
      const albumLink = row.locator('a[href^="/album/"]').first();
      const albumName = (await albumLink.textContent())!;
      figures.push(
        await measure(
          emulator,
          { page: 'album', visit },
          () => albumLink.click(),
          page.getByRole('heading', { level: 1, name: albumName, exact: true }),
          page.getByRole('grid', { name: /^Tracks of / }),
        ),
      );
      await page.goBack();
      await rows.nth(2).waitFor();
    }
  } finally {
    emulator.store.faults.latencyMs = 0;
    await context.close();
    await app.close();
  }
  return figures;
}
