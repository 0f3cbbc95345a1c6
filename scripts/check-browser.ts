/** Runs before the browser tests so a missing Chromium is one clear sentence, not a stack trace. */
import { findTestChromium } from '../e2e/browser';

if (!findTestChromium()) {
  console.error(
    [
      'No Chromium was found for the end-to-end tests.',
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell   (the lighter one, for tests)',
      '                   or chromium   (found at /usr/bin/chromium, also used by the benchmarks)',
      '  - any Chrome/Chromium: set CHROME_PATH=/path/to/chrome',
      "  - Playwright's own build: npx playwright install chromium",
    ].join('\n'),
  );
  process.exit(1);
}
