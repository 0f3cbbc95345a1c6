import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './e2e/browser';

const ci = !!process.env.CI;
export const APP_URL = 'http://127.0.0.1:4173';
/** The emulator the e2e build talks to (see .env.e2e). */
export const EMULATOR_URL = 'http://127.0.0.1:8788';

export default defineConfig({
  testDir: 'e2e',
  testIgnore: ['bench/**'],
  // One emulator is shared by the journeys, and each resets it first: run them in turn.
  fullyParallel: false,
  workers: 1,
  forbidOnly: ci,
  retries: 0,
  // The longest journey takes about 20 s on a quiet 2-core machine and about 1.5 times that
  // with both cores busy (scripts/ci-stress.sh); journeys longer than that are split.
  timeout: 45_000,
  reporter: ci ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : [['list']],
  // Every journey runs at desktop size; the ones in responsive.spec.ts run on a phone and
  // a tablet too (touch screens, mobile viewport), at each size in both colour schemes.
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 720 } } },
    {
      name: 'tablet',
      testMatch: /(responsive|liked-songs)\.spec\.ts/,
      use: { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true },
    },
    {
      name: 'phone',
      testMatch: /(responsive|liked-songs)\.spec\.ts/,
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        hasTouch: true,
        isMobile: true,
      },
    },
  ],
  use: {
    baseURL: APP_URL,
    // A failed journey keeps its trace: every action, a DOM snapshot at each, network and
    // console. Not the screencast film strip: recording it took a quarter of the suite's
    // CPU (responsive + transfer journeys: 2.2 min with it, 1.6 without, 1.5 with no trace).
    trace: { mode: 'retain-on-failure', screenshots: false },
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  // The journeys run against the production build (vite preview), built in e2e mode.
  webServer: [
    {
      command: 'npx tsx emulator/server.ts --port 8788',
      url: `${EMULATOR_URL}/__emulator/info`,
      reuseExistingServer: !ci,
      timeout: 60_000,
    },
    {
      command:
        'npx vite build --mode e2e --outDir dist-e2e --logLevel warn && npx vite preview --mode e2e --outDir dist-e2e',
      url: APP_URL,
      reuseExistingServer: !ci,
      timeout: 120_000,
    },
  ],
});
