/**
 * Lighthouse's mobile performance scores (its default throttling) for the production
 * build: the login page signed out, then signed-in pages in a Chromium profile prepared by
 * Playwright and handed to Lighthouse (--disable-storage-reset keeps the session).
 * Lighthouse is fetched by npx at a pinned version on first use; it is not a dependency.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import type { Emulator } from '../../emulator/index';
import { chromiumArgs, findChromium } from '../browser';
import { loginAsDemo, playlistId, serveApp } from './harness';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const DEBUGGING_PORT = 9333;

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
    'largest shift': ((shift) =>
      shift ? `${shift.node?.selector} ${shift.score?.toFixed(3)}` : '')(
      report.audits['layout-shifts']?.details?.items?.[0],
    ),
    'long tasks (ms)': (report.audits['long-tasks']?.details?.items ?? [])
      .slice(0, 4)
      .map((task) => Math.round(task.duration ?? 0))
      .join(' '),
  };
}

/** Empties this origin's persisted query caches (a string: tsx helpers do not exist in the page). */
const EMPTY_PERSISTED_CACHE = `(async () => {
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

export async function benchLighthouse(emulator: Emulator): Promise<LighthouseFigures[]> {
  const app = await serveApp('lighthouse');
  const profile = await mkdtemp(join(tmpdir(), 'slm-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs, `--remote-debugging-port=${DEBUGGING_PORT}`],
  });
  try {
    const results = [await lighthouse(`${app.url}/login`, profile, 'login')];
    const page = context.pages()[0] ?? (await context.newPage());
    await loginAsDemo(page, app.url);
    const pages: [string, string][] = [
      ['playlists', '/playlists'],
      ['playlist (Road Trip)', `/playlists/${playlistId(emulator, 'Road Trip')}`],
      ['playlist (10,000 items)', `/playlists/${playlistId(emulator, 'Ten Thousand Songs')}`],
      ['liked songs', '/liked'],
      ['profile', '/profile'],
    ];
    // LIGHTHOUSE_ONLY=liked runs only the pages whose name contains it.
    const only = process.env.LIGHTHOUSE_ONLY;
    for (const [name, path] of pages.filter(([name]) => !only || name.includes(only))) {
      // A first visit (nothing persisted), then a return (the persisted cache is warm).
      await page.goto(`${app.url}/playlists`);
      await page.evaluate(EMPTY_PERSISTED_CACHE);
      results.push(await lighthouse(`${app.url}${path}`, profile, `${name}, first visit`));
      await page.goto(`${app.url}${path}`);
      await page.waitForTimeout(2000);
      results.push(await lighthouse(`${app.url}${path}`, profile, `${name}, return visit`));
    }
    return results;
  } finally {
    await context.close();
    await app.close();
    await rm(profile, { recursive: true, force: true });
  }
}
