/** Checks a screen the way every size's journeys do (responsive.spec.ts, liked-songs.spec.ts). */
import { expectNoAxeViolations } from './axe';
import { expect, type Page, type TestInfo } from '@playwright/test';

/**
 * No sideways scroll, axe clean (target size included) and a screenshot, in both themes.
 * The full axe scan runs once per screen (dark); the light theme changes only colours, so
 * there it checks colour contrast alone.
 */
export async function checkScreen(page: Page, info: TestInfo, name: string) {
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      await page.evaluate(() => window.innerWidth),
    );
    await expectNoAxeViolations(
      page,
      colorScheme === 'dark' ? { targetSize: true } : { only: ['color-contrast'] },
    );
    // For people to look at; CI keeps only the log, so it takes none (0.2-0.4 s each).
    if (!process.env.CI)
      await page.screenshot({
        path: `test-results/screens/${name}-${info.project.name}-${colorScheme}.png`,
      });
  }
  if (info.project.use.hasTouch) expect(await smallTapTargets(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: null });
}

/** Controls on screen smaller than 44 x 44 px (links inside text are exempt, as in WCAG). */
function smallTapTargets(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'button, [role="menuitem"], .layout__nav a, .items-row__hit, input[type="range"]',
      ),
    ]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const onScreen = box.width > 1 && box.bottom > 0 && box.top < innerHeight && box.right > 0;
        return (
          onScreen &&
          !element.closest('.visually-hidden') &&
          (box.width < 43.5 || box.height < 43.5)
        );
      })
      .map(
        (element) =>
          `${element.tagName} ${element.getAttribute('aria-label') ?? element.textContent}`,
      ),
  );
}
