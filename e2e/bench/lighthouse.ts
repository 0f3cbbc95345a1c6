/**
 * Lighthouse's mobile performance scores (its default throttling) for the production
 * build: the login page signed out, then signed-in pages in a Chromium profile prepared by
 * Playwright and handed to Lighthouse (--disable-storage-reset keeps the session).
 * Lighthouse is fetched by npx at a pinned version on first use; it is not a dependency.
 * LIGHTHOUSE_TRACES=1 also keeps each run's trace beside its report (which task was long),
 * with the JS profiler's samples (which function); LIGHTHOUSE_TRACES=plain without them,
 * for tasks as long as they are (the profiler makes each a good deal longer).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import type { Emulator } from '../../emulator/index';
import { chromiumArgs, findChromium } from '../browser';
import { loginAsDemo, median, playlistId, recordVerdict, serveApp } from './harness';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const DEBUGGING_PORT = 9333;
/** Each run's whole report, for what the table leaves out (which script, which task). */
const REPORTS = 'reports/lighthouse';

export interface LighthouseFigures {
  page: string;
  score: number;
  'LCP (ms)': number;
  'TBT (ms)': number;
  CLS: number;
  'FCP (ms)': number;
  /** Where to look next: the element that moved most, and the longest main-thread tasks. */
  'largest shift': string;
  'long tasks (ms)': string;
  /** Against issue 27's targets (medians only). */
  verdict?: string;
}

interface LighthouseReport {
  categories: { performance: { score: number } };
  audits: Record<
    string,
    {
      numericValue: number;
      details?: {
        items?: { node?: { selector?: string }; score?: number; duration?: number; url?: string }[];
      };
    }
  >;
}

async function lighthouse(url: string, outDir: string, name: string): Promise<LighthouseFigures> {
  const output = join(outDir, `${name}.json`);
  await promisify(execFile)(
    'npx',
    [
      '-y',
      LIGHTHOUSE,
      url,
      `--port=${DEBUGGING_PORT}`,
      '--disable-storage-reset',
      '--only-categories=performance',
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
      // The trace, with the JS profiler's samples unless 'plain', so a long task can be put
      // down to functions.
      ...(process.env.LIGHTHOUSE_TRACES === 'plain'
        ? ['--save-assets']
        : process.env.LIGHTHOUSE_TRACES
          ? ['--save-assets', '--additional-trace-categories=disabled-by-default-v8.cpu_profiler']
          : []),
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(await readFile(output, 'utf8')) as LighthouseReport;
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    page: name,
    score: Math.round(report.categories.performance.score * 100),
    'LCP (ms)': Math.round(audit('largest-contentful-paint')),
    'TBT (ms)': Math.round(audit('total-blocking-time')),
    CLS: Number(audit('cumulative-layout-shift').toFixed(3)),
    'FCP (ms)': Math.round(audit('first-contentful-paint')),
    // A shift of an element the page has since removed comes without a node.
    'largest shift': ((shift) =>
      shift ? `${shift.node?.selector ?? '(element gone)'} ${shift.score?.toFixed(3)}` : '')(
      report.audits['layout-shifts']?.details?.items?.[0],
    ),
    'long tasks (ms)': (report.audits['long-tasks']?.details?.items ?? [])
      .slice(0, 4)
      .map((task) => Math.round(task.duration ?? 0))
      .join(' '),
  };
}

/** Runs per page (LIGHTHOUSE_RUNS, default 3): one Lighthouse run varies by several points. */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

/** Issue 27's targets, for every page, first and return visits. */
const TARGETS = { score: 95, lcp: 2500, tbt: 200, cls: 0.05 };

/**
 * Each figure's median over the runs (figures of different runs: the median score need not
 * come from the run with the median TBT), with the targets it meets or misses.
 */
function medianFigures(page: string, runs: LighthouseFigures[]): LighthouseFigures {
  const figure = {
    page: `${page} (median of ${runs.length})`,
    score: median(runs.map((r) => r.score)),
    'LCP (ms)': median(runs.map((r) => r['LCP (ms)'])),
    'TBT (ms)': median(runs.map((r) => r['TBT (ms)'])),
    CLS: median(runs.map((r) => r.CLS)),
    'FCP (ms)': median(runs.map((r) => r['FCP (ms)'])),
    'largest shift': runs.map((r) => r['largest shift']).find(Boolean) ?? '',
    'long tasks (ms)': runs.map((r) => r['long tasks (ms)'].split(' ')[0] ?? '').join(' / '),
  };
  const misses = [
    figure.score < TARGETS.score && `score < ${TARGETS.score}`,
    figure['LCP (ms)'] > TARGETS.lcp && `LCP > ${TARGETS.lcp}`,
    figure['TBT (ms)'] > TARGETS.tbt && `TBT > ${TARGETS.tbt}`,
    figure.CLS > TARGETS.cls && `CLS > ${TARGETS.cls}`,
  ].filter((miss): miss is string => !!miss);
  recordVerdict(`Lighthouse ${page}`, misses);
  return { ...figure, verdict: misses.length ? `miss: ${misses.join(', ')}` : 'pass' };
}

/** Empties this origin's persisted query caches (a string: tsx helpers do not exist in the page). */
export const EMPTY_PERSISTED_CACHE = `(async () => {
  for (const { name } of await indexedDB.databases()) {
    if (!name.startsWith('slm-cache')) continue;
    const db = await new Promise((resolve) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction('queries', 'readwrite');
      tx.objectStore('queries').clear();
      tx.oncomplete = resolve;
    });
    db.close();
  }
})()`;

/** The signed-in pages Lighthouse scores (issue 27), by name and path. */
export const scoredPages = (emulator: Emulator): [string, string][] => [
  ['playlists', '/playlists'],
  ['playlist (Road Trip)', `/playlists/${playlistId(emulator, 'Road Trip')}`],
  ['playlist (10,000 items)', `/playlists/${playlistId(emulator, 'Ten Thousand Songs')}`],
  ['liked songs', '/liked'],
  ['profile', '/profile'],
];

export async function benchLighthouse(emulator: Emulator): Promise<LighthouseFigures[]> {
  await mkdir(REPORTS, { recursive: true });
  const app = await serveApp('lighthouse');
  const profile = await mkdtemp(join(tmpdir(), 'slm-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs, `--remote-debugging-port=${DEBUGGING_PORT}`],
  });
  try {
    const login: LighthouseFigures[] = [];
    for (let run = 1; run <= RUNS; run++)
      login.push(await lighthouse(`${app.url}/login`, REPORTS, `login ${run}`));
    const results = [medianFigures('login', login)];
    const page = context.pages()[0] ?? (await context.newPage());
    await loginAsDemo(page, app.url);
    const pages = scoredPages(emulator);
    // LIGHTHOUSE_ONLY=liked runs only the pages whose name contains it.
    const only = process.env.LIGHTHOUSE_ONLY;
    for (const [name, path] of pages.filter(([name]) => !only || name.includes(only))) {
      const first: LighthouseFigures[] = [];
      const again: LighthouseFigures[] = [];
      for (let run = 1; run <= RUNS; run++) {
        // A first visit (nothing persisted), then a return (the persisted cache is warm).
        // The preparing tab leaves the app before Lighthouse loads it: left open, it wrote
        // its queries back after the cache was emptied, and its own work (polling, tab
        // sync) ran beside the measured page, in the same renderer process.
        await page.goto(`${app.url}/playlists`);
        await page.evaluate(EMPTY_PERSISTED_CACHE);
        await page.goto('about:blank');
        first.push(await lighthouse(`${app.url}${path}`, REPORTS, `${name}, first visit ${run}`));
        await page.goto(`${app.url}${path}`);
        await page.waitForTimeout(2000);
        await page.goto('about:blank');
        again.push(await lighthouse(`${app.url}${path}`, REPORTS, `${name}, return visit ${run}`));
      }
      results.push(
        medianFigures(`${name}, first visit`, first),
        medianFigures(`${name}, return visit`, again),
      );
    }
    return results;
  } finally {
    await context.close();
    await app.close();
    await rm(profile, { recursive: true, force: true });
  }
}
