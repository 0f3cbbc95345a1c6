import { expect, loginAsDemo, openPlaylist, test } from './fixtures';
for (const [w, h] of [[390, 844], [320, 640], [768, 1024]] as const)
  test(`look ${w}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await loginAsDemo(page);
    await page.screenshot({ path: `/tmp/shots/list-${w}.png` });
    console.log(w, 'list', await page.evaluate(() => document.documentElement.scrollWidth));
    const header = await openPlaylist(page, 'Road Trip');
    await header.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByText('on This browser', { exact: true })).toBeAttached();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shots/playlist-${w}.png` });
    console.log(w, await page.evaluate(() => {
      const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map((e) => e.tagName + '.' + e.className);
      return [document.documentElement.scrollWidth, wide];
    }));
  });
