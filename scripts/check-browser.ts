/** Runs before the browser tests so a missing Chromium is one clear sentence, not a stack trace. */
import { findChromium } from '../e2e/browser';

if (!findChromium()) {
  console.error(
    [
      'No Chromium was found for the end-to-end tests.',
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (then it is found at /usr/bin/chromium)',
      '  - any Chrome/Chromium: set CHROME_PATH=/path/to/chrome',
      "  - Playwright's own build: npx playwright install chromium",
    ].join('\n'),
  );
  process.exit(1);
}
