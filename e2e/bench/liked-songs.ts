/**
 * Liked Songs (12,000 songs) with 100 ms latency on every request: time to the first row
 * and to all songs, requests, the most rows in the DOM; against the bare transport floor
 * (the same 240 pages fetched by plain fetch, 6 at a time, in the same browser). Both are
 * timed over the same span, from the first songs request to the last song in, and are
 * medians of BENCH_RUNS runs (3) alternating which goes first. Then the heart state for
 * one screen of a playlist: lookups and time.
 */
import type { Browser, Page } from '@playwright/test';
import type { Emulator } from '../../emulator/index';
import {
  alternating,
  BENCH_EMULATOR_PORT,
  BENCH_RUNS,
  countRows,
  loginAsDemo,
  maxRows,
  median,
  playlistId,
  serveApp,
} from './harness';

const LATENCY_MS = 100;
const API = `http://127.0.0.1:${BENCH_EMULATOR_PORT}/v1`;

export interface LikedFigures {
  run: string;
  /** From navigation start. */
  'first row (ms)': number | null;
  /** From the first songs request (the app's start is the playlist bench's concern). */
  'all songs (ms)': number;
  requests: number;
  'max rows in DOM': number | null;
}

export interface HeartFigures {
  'rows on screen': number;
  'contains requests': number;
  'URIs asked': number;
  'hearts known after first row (ms)': number;
}

async function appLoad(page: Page, emulator: Emulator, appUrl: string): Promise<LikedFigures> {
  await countRows(page);
  emulator.store.requestLog.length = 0;
  emulator.store.faults.latencyMs = LATENCY_MS;
  await page.goto(`${appUrl}/liked`);
  await page.locator('[role=grid] [role=row][aria-rowindex="2"] .items-row__name').waitFor();
  const firstRow = await page.evaluate(() => performance.now());
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 4000);
  // Polled in the page, so the time is taken when the status appears, not when told.
  const all = await page.evaluate<number>(`new Promise((resolve) => {
    const check = () => {
      const done = [...document.querySelectorAll('[role=status]')].some((s) =>
        s.textContent.startsWith('All 12,000 songs loaded.'));
      if (!done) return void requestAnimationFrame(check);
      const first = performance.getEntriesByType('resource')
        .find((e) => new URL(e.name).pathname === '/v1/me/tracks');
      resolve(performance.now() - first.startTime);
    };
    check();
  })`);
  emulator.store.faults.latencyMs = 0;
  return {
    run: 'app (6 at once)',
    'first row (ms)': Math.round(firstRow),
    'all songs (ms)': Math.round(all),
    requests: emulator.store.requestLog.filter((r) => r.path === '/v1/me/tracks').length,
    'max rows in DOM': await maxRows(page),
  };
}

/** The same pages with nothing but fetch and JSON parsing: what the network allows. */
async function floor(page: Page, emulator: Emulator, token: string): Promise<LikedFigures> {
  emulator.store.requestLog.length = 0;
  emulator.store.faults.latencyMs = LATENCY_MS;
  // A string, not a function: the bench runs under tsx, whose helpers do not exist in the page.
  const elapsed = await page.evaluate<number>(`(async () => {
    const started = performance.now();
    const get = (offset) =>
      fetch('${API}/me/tracks?limit=50&offset=' + offset, {
        headers: { authorization: 'Bearer ${token}' },
      }).then((r) => r.json());
    const { total } = await get(0);
    const offsets = [];
    for (let offset = 50; offset < total; offset += 50) offsets.push(offset);
    const worker = async () => {
      for (let next = offsets.shift(); next !== undefined; next = offsets.shift()) await get(next);
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    return performance.now() - started;
  })()`);
  emulator.store.faults.latencyMs = 0;
  return {
    run: 'bare fetch floor (6 at once)',
    'first row (ms)': null,
    'all songs (ms)': Math.round(elapsed),
    requests: emulator.store.requestLog.filter((r) => r.path === '/v1/me/tracks').length,
    'max rows in DOM': null,
  };
}

/** One screen of a playlist: how many lookups, and how long until every heart is known. */
async function hearts(page: Page, emulator: Emulator, appUrl: string): Promise<HeartFigures> {
  const id = playlistId(emulator, 'Ten Thousand Songs');
  emulator.store.requestLog.length = 0;
  emulator.store.faults.latencyMs = LATENCY_MS;
  await page.goto(`${appUrl}/playlists/${id}`);
  await page.locator('[role=grid] [role=row][aria-rowindex="2"] .items-row__name').waitFor();
  const firstRow = Date.now();
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[role=grid] [role=row]')].slice(1);
    const visible = rows.filter((row) => {
      const box = row.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    return (
      visible.length > 0 &&
      visible.every((row) => {
        const heart = row.querySelector('button[aria-pressed]');
        return heart && heart.getAttribute('aria-disabled') !== 'true';
      })
    );
  });
  const known = Date.now() - firstRow;
  const onScreen = await page.evaluate(
    () =>
      [...document.querySelectorAll('[role=grid] [role=row]')].slice(1).filter((row) => {
        const box = row.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      }).length,
  );
  emulator.store.faults.latencyMs = 0;
  const lookups = emulator.store.requestLog.filter((r) => r.path === '/v1/me/library/contains');
  return {
    'rows on screen': onScreen,
    'contains requests': lookups.length,
    'URIs asked': lookups.reduce(
      (sum, r) => sum + (new URLSearchParams(r.query).get('uris') ?? '').split(',').length,
      0,
    ),
    'hearts known after first row (ms)': known,
  };
}

/** Each figure's median over the runs. */
function medianLoad(runs: LikedFigures[]): LikedFigures {
  const middle = (pick: (run: LikedFigures) => number | null) => {
    const values = runs.map(pick);
    return values.includes(null) ? null : median(values as number[]);
  };
  return {
    run: `${runs[0]!.run} (median of ${runs.length})`,
    'first row (ms)': middle((run) => run['first row (ms)']),
    'all songs (ms)': middle((run) => run['all songs (ms)'])!,
    requests: middle((run) => run.requests)!,
    'max rows in DOM': middle((run) => run['max rows in DOM']),
  };
}

async function newPage(browser: Browser, appUrl: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await loginAsDemo(page, appUrl);
  return { context, page };
}

export async function benchLikedSongs(browser: Browser, emulator: Emulator) {
  const app = await serveApp('liked');
  try {
    const { apps, floors } = await alternating(
      BENCH_RUNS,
      async () => {
        const load = await newPage(browser, app.url);
        const figures = await appLoad(load.page, emulator, app.url);
        await load.context.close();
        return figures;
      },
      async () => {
        const bare = await newPage(browser, app.url);
        const token = [...emulator.store.accessTokens.keys()].at(-1)!;
        const figures = await floor(bare.page, emulator, token);
        await bare.context.close();
        return figures;
      },
    );
    const appFigures = medianLoad(apps);
    const floorFigures = medianLoad(floors);

    const screen = await newPage(browser, app.url);
    const heartFigures = await hearts(screen.page, emulator, app.url);
    await screen.context.close();
    return { load: [appFigures, floorFigures], hearts: heartFigures };
  } finally {
    await app.close();
  }
}
