import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the benchmarks drive: CHROME_PATH, else Debian's /usr/bin/chromium (the
 * browser people use, so Lighthouse's figures are a browser's), else Playwright's own
 * download (when one was installed). Undefined when none exists.
 */
export function findChromium(): string | undefined {
  return firstThere([process.env.CHROME_PATH, '/usr/bin/chromium', safePlaywrightPath()]);
}

/**
 * Which Chromium the journeys drive: CHROME_PATH, else Debian's headless shell
 * (chromium-headless-shell: the same engine without the browser's windows, tabs and UI
 * pages), else any Chromium findChromium finds. On a 2-core machine the journeys took
 * 6.5 min in the shell and 7.9 min in the full browser, all passing in both.
 */
export function findTestChromium(): string | undefined {
  return firstThere([process.env.CHROME_PATH, '/usr/bin/chromium-headless-shell', findChromium()]);
}

const firstThere = (paths: (string | undefined)[]) =>
  paths.find((path): path is string => !!path && existsSync(path));

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * Playwright's own `--disable-features` list (playwright-core 1.65.1, chromiumSwitches.ts).
 * Chromium keeps only the last `--disable-features` it is given, so a list of ours must
 * carry these too; check it again when Playwright is upgraded.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156 opens two address-bar popups as web pages (chrome://omnibox-popup.top-chrome)
 * in every new window, even headless, where no one can see them: each new browser context
 * cost about 2.1 s of CPU with them and 0.6 s without (8 contexts, one blank page each).
 * The journeys open over a hundred contexts.
 */
const OUR_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Flags that keep headless Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES].join(',')}`,
];
