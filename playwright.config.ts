import { defineConfig } from '@playwright/test';
import { chromiumArgs, findTestChromium } from './e2e/browser';

const ci = !!process.env.CI;
/**
 * Journeys run in two lanes, one per worker: each lane has its own emulator and its own
 * build of the app that talks to it, so two journeys never share a library. Two, because
 * CI has two cores and one lane left about a fifth of them idle (journeys wait on the
 * emulator's latency, timers and the network): the journeys took 9.2 min in one lane and
 * 7.8 min in two on a quiet 2-core machine.
 */
export const LANES = 2;
export const appUrl = (lane: number) => `http://127.0.0.1:${4173 + lane}`;
export const emulatorUrl = (lane: number) => `http://127.0.0.1:${8788 + lane}`;
/** Where lane's build is written (dist-e2e/0 talks to the emulator on 8788, as .env.e2e says). */
export const appBuildDir = (lane: number) => `dist-e2e/${lane}`;

export default defineConfig({
  testDir: 'e2e',
  testIgnore: ['bench/**'],
  // Every journey resets its lane's emulator and signs in as the lane's person, so any
  // journey can run in either lane: they are shared out one by one (not a file per lane),
  // which keeps the two lanes' loads even.
  fullyParallel: true,
  workers: LANES,
  forbidOnly: ci,
  retries: 0,
  // The longest journey takes about 20 s on a quiet 2-core machine and about 1.5 times that
  // with both cores busy (scripts/ci-stress.sh); journeys longer than that are split.
  timeout: 45_000,
  reporter: ci ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : [['list']],
  // Every journey runs at desktop size; the ones in responsive.spec.ts run on a phone and a
  // tablet too (touch screens, mobile viewport), liked-songs, catalog and history.spec.ts on
  // a phone too (a tablet's Liked Songs is the desktop's list, by touch: responsive covers it).
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 720 } } },
    {
      name: 'tablet',
      testMatch: /responsive\.spec\.ts/,
      use: { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true },
    },
    {
      name: 'phone',
      testMatch: /(responsive|liked-songs|catalog|history)\.spec\.ts/,
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        hasTouch: true,
        isMobile: true,
      },
    },
  ],
  use: {
    // A failed journey keeps a screenshot and its page's accessibility tree
    // (error-context.md). No trace: recording one for every journey took an eighth of the
    // suite's time (responsive + liked-songs + edit-items: 4.5 min with it, without DOM
    // snapshots too, 3.9 min without), and CI keeps only the log. To replay a failure
    // step by step, run that journey with --trace retain-on-failure.
    trace: 'off',
    screenshot: 'only-on-failure',
    // The service worker precaches every file of the app in each new browser context: a
    // minute of the suite's CPU for journeys that do not need it. The journeys about it
    // (offline.spec.ts, "installable") allow it.
    serviceWorkers: 'block',
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: findTestChromium(), args: chromiumArgs },
  },
  // The journeys run against the production build (vite preview), built in e2e mode, per lane.
  webServer: Array.from({ length: LANES }, (_, lane) => [
    {
      command: `npx tsx emulator/server.ts --port ${8788 + lane}`,
      url: `${emulatorUrl(lane)}/__emulator/info`,
      reuseExistingServer: !ci,
      timeout: 60_000,
    },
    {
      // The emulator's URL goes into the build and into the preview's security headers.
      command: `npx vite build --mode e2e --outDir ${appBuildDir(lane)} --logLevel warn && npx vite preview --mode e2e --outDir ${appBuildDir(lane)} --port ${4173 + lane}`,
      env: { VITE_EMULATOR_URL: emulatorUrl(lane) },
      url: appUrl(lane),
      reuseExistingServer: !ci,
      timeout: 120_000,
    },
  ]).flat(),
});
