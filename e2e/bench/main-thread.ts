/**
 * The main thread's tasks as a page loads, on the production build at a phone's size,
 * traced with the categories Lighthouse records (their cost is part of what it measures:
 * a stack for every timer set, for one) but with no throttling and no simulation. One
 * Lighthouse run here moves by half its TBT from run to run; these figures move less
 * within one sitting (a busier machine moves them too: compare builds measured one after
 * the other), so they tell whether a change made the app's tasks shorter. TBT-like: each
 * task's time times 4 (Lighthouse's CPU slowdown) less 50 ms, summed, from navigation
 * start until the page has been open 4 s; a task counts from 12.5 ms (50 ms at 4x).
 */
import type { Browser, Page } from '@playwright/test';
import type { Emulator } from '../../emulator/index';
import { BENCH_RUNS, loginAsDemo, median, serveApp } from './harness';
import { EMPTY_PERSISTED_CACHE, scoredPages } from './lighthouse';

export interface MainThreadFigures {
  page: string;
  'TBT-like (ms)': number;
  'tasks >= 12.5 ms': number;
  'longest task (ms)': number;
}

/** Lighthouse 12's default trace categories, less screenshots. */
const CATEGORIES = [
  '-*',
  'loading',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'blink.console',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack',
  'latencyInfo',
  'toplevel',
];
const OPEN_MS = 4000;
const SLOWDOWN = 4;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean } };
}

/** The tasks of the renderer that loaded `url`, from its navigation start. */
export function taskFigures(trace: Buffer, url: string): Omit<MainThreadFigures, 'page'> {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const start = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isLoadingMainFrame &&
      e.args.data.documentLoaderURL === url,
  );
  if (!start) throw new Error(`The trace has no navigation to ${url}.`);
  const main = events.find(
    (e) => e.name === 'thread_name' && e.pid === start.pid && e.args?.name === 'CrRendererMain',
  );
  const tasks = events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.pid === start.pid &&
        e.tid === main?.tid &&
        e.ts >= start.ts &&
        e.ts <= start.ts + OPEN_MS * 1000,
    )
    .map((e) => (e.dur ?? 0) / 1000);
  return {
    'TBT-like (ms)': Math.round(tasks.reduce((sum, d) => sum + Math.max(0, SLOWDOWN * d - 50), 0)),
    'tasks >= 12.5 ms': tasks.filter((d) => d * SLOWDOWN >= 50).length,
    'longest task (ms)': Math.round(Math.max(0, ...tasks)),
  };
}

async function traceLoad(browser: Browser, page: Page, url: string) {
  await page.goto('about:blank');
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url);
  await page.waitForTimeout(OPEN_MS);
  return taskFigures(await browser.stopTracing(), url);
}

export async function benchMainThread(
  browser: Browser,
  emulator: Emulator,
): Promise<MainThreadFigures[]> {
  const app = await serveApp('main-thread');
  // Lighthouse's phone: Moto G Power's screen.
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await loginAsDemo(page, app.url);
    const results: MainThreadFigures[] = [];
    for (const [name, path] of scoredPages(emulator)) {
      const url = `${app.url}${path}`;
      const visits: Record<'first' | 'return', Omit<MainThreadFigures, 'page'>[]> = {
        first: [],
        return: [],
      };
      for (let run = 0; run < BENCH_RUNS; run++) {
        // As Lighthouse's visits: nothing persisted, then everything the first one kept.
        await page.goto(`${app.url}/playlists`);
        await page.evaluate(EMPTY_PERSISTED_CACHE);
        visits.first.push(await traceLoad(browser, page, url));
        visits.return.push(await traceLoad(browser, page, url));
      }
      for (const [visit, runs] of Object.entries(visits))
        results.push({
          page: `${name}, ${visit} visit (median of ${runs.length})`,
          'TBT-like (ms)': median(runs.map((r) => r['TBT-like (ms)'])),
          'tasks >= 12.5 ms': median(runs.map((r) => r['tasks >= 12.5 ms'])),
          'longest task (ms)': median(runs.map((r) => r['longest task (ms)'])),
        });
    }
    return results;
  } finally {
    await context.close();
    await app.close();
  }
}
