/**
 * The journeys that change with the screen, run by the desktop, tablet and phone
 * projects (playwright.config.ts): reading a playlist, playing from a row through the
 * (mini) player, selecting and removing with undo, and reordering by touch (those two on
 * touch screens only: at desktop size they are player.spec.ts's and edit-items.spec.ts's
 * journeys). At each size: no sideways scroll, titles readable, axe clean with the
 * target-size rule, in the dark and the light theme. Outside CI, screenshots go to
 * test-results/screens/.
 */
import type { Locator, Page, TestInfo } from '@playwright/test';
import {
  expect,
  openSignedIn,
  openForEditing,
  openPlaylist,
  test,
  type EmulatorControl,
} from './fixtures';
import { checkScreen } from './screens';

const isPhone = (info: TestInfo) => info.project.name === 'phone';
const bar = (page: Page) => page.getByRole('contentinfo', { name: 'Player' });
const row = (page: Page, position: number) =>
  page.getByRole('grid').locator(`[role="row"][aria-rowindex="${position + 1}"]`);

async function center(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A finger's press and hold on `handle`, then a drag onto `target` (Chrome's touch events). */
async function touchDrag(page: Page, handle: Locator, target: Locator) {
  // As a person would, with the rows in the middle of the screen (not under the player bar).
  await handle.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const from = await center(handle);
  const to = await center(target);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
  await touch('touchStart', from.x, from.y);
  // The hold is the gesture: the finger stays down until the row is picked up (dnd-kit
  // starts a touch drag after 250 ms), however long the page takes to get there.
  await expect(page.locator('.items-row--dragging')).toHaveCount(1);
  for (let step = 1; step <= 12; step++)
    await touch('touchMove', from.x, from.y + ((to.y + 4 - from.y) * step) / 12);
  await touch('touchEnd', to.x, to.y + 4);
}

async function mouseDrag(page: Page, handle: Locator, target: Locator) {
  const from = await center(handle);
  const to = await center(target);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 10, { steps: 3 });
  await page.mouse.move(from.x, to.y + 4, { steps: 12 });
  await page.mouse.up();
}

const uris = async (emulator: EmulatorControl) => (await emulator.playlist('Road Trip')).uris;

test('a playlist reads well: every row shows its title and artists', async ({ page }, info) => {
  await openSignedIn(page);
  await checkScreen(page, info, 'playlists');
  await openForEditing(page, 'Road Trip');
  for (const position of [1, 2, 3]) {
    const title = row(page, position).locator('.items-row__name');
    const artists = row(page, position).locator('.items-row__byline');
    await expect(title).toBeVisible();
    await expect(artists).toBeVisible();
    expect((await title.boundingBox())!.width).toBeGreaterThan(90);
    expect((await artists.boundingBox())!.width).toBeGreaterThan(90);
  }
  await checkScreen(page, info, 'playlist');
});

test.describe('phones', () => {
  // Skipped before its page is made: the other sizes spend no browser context on it.
  test.skip(({ isMobile, viewport }) => !isMobile || (viewport?.width ?? 0) > 480, 'phones only');

  test('on a phone the header keeps its secondary actions in More, and rows read well on the smallest phones and sideways', async ({
    page,
  }, info) => {
    await openSignedIn(page);
    await openForEditing(page, 'Road Trip');
    // The description is held to two lines, with the rest a press away.
    const description = page.locator('.playlist-header__description p');
    await page.getByRole('button', { name: 'Read more' }).click();
    await expect(page.getByRole('button', { name: 'Read less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.getByRole('link', { name: 'Road Trip Classics' })).toBeVisible();
    const open = (await description.boundingBox())!.height;
    await page.getByRole('button', { name: 'Read less' }).click();
    await expect(page.getByRole('button', { name: 'Read more' })).toBeVisible();
    expect((await description.boundingBox())!.height).toBeLessThan(open);
    // The header's secondary actions are in its More menu.
    await expect(page.getByRole('button', { name: 'Edit details' })).toBeHidden();
    await page.getByRole('button', { name: 'More for Road Trip' }).click();
    await expect(page.getByRole('menuitem', { name: 'Edit details' })).toBeVisible();
    await checkScreen(page, info, 'header-menu');
    await page.keyboard.press('Escape');
    // The tab bar's labels fit on one line; the links keep their full names.
    const tabs = page.getByRole('navigation', { name: 'Main' });
    for (const [name, shown] of [
      ['Liked Songs', 'Liked'],
      ['Recently played', 'Recent'],
    ]) {
      const tab = tabs.getByRole('link', { name, exact: true });
      await expect(tab.locator('.tab-label__rest')).toHaveCSS('font-size', '0px');
      const label = tab.locator('.tab-label');
      const size = await label.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
      expect((await label.boundingBox())!.height).toBeLessThan(size * 2);
      expect(await label.evaluate((node) => node.firstChild!.textContent!.trim())).toBe(shown);
    }
    // A compact header: the app's mark, and the account as its avatar (its menu says who).
    await expect(page.getByText('Library Manager')).toHaveCSS('position', 'absolute');
    const account = page.getByRole('button', { name: 'Account: Demo Listener' });
    expect((await account.boundingBox())!.width).toBeLessThan(48);
    await account.click();
    await expect(page.getByRole('menuitem', { name: 'Log out' })).toBeVisible();
    await page.keyboard.press('Escape');
    // The first rows are on the first screen, above the mini player and the tab bar.
    const player = (await page.locator('.layout__player').boundingBox())!;
    expect((await row(page, 3).boundingBox())!.y + 56).toBeLessThanOrEqual(player.y);
    // The smallest phones, and a phone turned sideways.
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 844, height: 390 },
    ]) {
      await page.setViewportSize(viewport);
      await expect(row(page, 1).locator('.items-row__name')).toBeVisible();
      expect((await row(page, 1).locator('.items-row__name').boundingBox())!.width).toBeGreaterThan(
        90,
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
      await page.screenshot({ path: `test-results/screens/playlist-phone-${viewport.width}.png` });
    }
  });
});

test.describe('by touch', () => {
  // At desktop size these are player.spec.ts's and edit-items.spec.ts's journeys already;
  // a tablet's touch is a phone's, and its layout is checked by the journey above (CI time).
  test.skip(
    ({ isMobile, viewport }) => !isMobile || (viewport?.width ?? 0) > 480,
    'phones: desktop has its own journeys, tablets read as above',
  );

  test('plays from a row through the player; on phones the mini player expands and collapses', async ({
    page,
  }, info) => {
    await openSignedIn(page);
    await openPlaylist(page, 'Road Trip');
    const third = row(page, 3);
    const title = (await third.locator('.items-row__name').textContent())!;
    if (isPhone(info)) {
      await third.getByRole('button', { name: `More for ${title}` }).click();
      const menu = page.getByRole('menu', { name: `More for ${title}` });
      await expect(page.getByText('Position 3 ·')).toBeVisible();
      await menu.getByRole('menuitem', { name: 'Play', exact: true }).click();
    } else {
      await third.getByRole('button', { name: `Play ${title}` }).click();
    }
    await expect(bar(page).locator('.player__title')).toHaveText(title);
    await expect(bar(page).getByText('on This browser', { exact: true })).toBeVisible();

    const expand = bar(page).getByRole('button', { name: 'Expand player' });
    if (!isPhone(info)) {
      await expect(expand).toBeHidden();
      await checkScreen(page, info, 'playing');
      return;
    }
    // The mini player: one line, at most 72 px, above the tab bar.
    const mini = (await page.locator('.layout__player').boundingBox())!;
    expect(mini.height).toBeLessThanOrEqual(72);
    await expect(bar(page).getByRole('slider', { name: 'Seek' })).toBeHidden();
    await checkScreen(page, info, 'mini-player');

    await expand.click();
    const collapse = bar(page).getByRole('button', { name: 'Collapse player' });
    await expect(collapse).toHaveAttribute('aria-expanded', 'true');
    await expect(bar(page).getByRole('slider', { name: 'Seek' })).toBeVisible();
    await expect(bar(page).getByRole('button', { name: 'Shuffle' })).toBeVisible();
    await expect(bar(page).getByRole('button', { name: 'Devices' })).toBeVisible();
    await checkScreen(page, info, 'full-player');
    await page.keyboard.press('Escape');
    await expect(expand).toBeVisible();

    await expand.click();
    await expect(collapse).toBeVisible();
    await page.goBack();
    await expect(expand).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Road Trip' })).toBeVisible();
  });

  test('selects and removes rows with undo, and reorders by dragging (by touch on touch screens)', async ({
    page,
    emulator,
  }, info) => {
    await openSignedIn(page);
    await openForEditing(page, 'Road Trip');
    const start = await uris(emulator);

    await row(page, 2).getByRole('checkbox').check();
    const toolbar = page.getByRole('toolbar', { name: 'Selected items' });
    await expect(toolbar).toContainText('1 item selected');
    await toolbar.getByRole('button', { name: 'Remove…' }).click();
    const confirm = page.getByRole('dialog', { name: /^Remove “.*” from Road Trip\?$/ });
    await expect(confirm).toBeVisible();
    if (isPhone(info)) {
      // Dialogs are full-screen sheets on phones.
      expect((await confirm.boundingBox())!.width).toBe(390);
    }
    await checkScreen(page, info, 'remove-dialog');
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => uris(emulator)).toEqual(start.filter((_, i) => i !== 1));
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => uris(emulator)).toEqual(start);

    const handle = row(page, 1).getByRole('button', { name: /^Move / });
    if (info.project.use.hasTouch) await touchDrag(page, handle, row(page, 3));
    else await mouseDrag(page, handle, row(page, 3));
    await expect
      .poll(() => uris(emulator))
      .toEqual([start[1], start[2], start[0], ...start.slice(3)]);
  });

  // What a failed or unanswered change means, and a way on: two journeys (details, then an
  // undo), each well inside the test timeout on a busy machine.
});

test.describe('what was and was not saved', () => {
  // A tablet shows these as the desktop does (its header and toasts): desktop and phone
  // cover them.
  test.skip(
    ({ isMobile, viewport }) => isMobile && (viewport?.width ?? 0) > 480,
    'tablets: as on desktop',
  );

  test('says when new details may or may not have been saved, and shows them', async ({
    page,
    emulator,
  }, info) => {
    await openSignedIn(page);
    await openForEditing(page, 'Road Trip');

    // New details whose answer is lost: made, and the page says it may have been.
    if (isPhone(info)) {
      await page.getByRole('button', { name: 'More for Road Trip' }).click();
      await page.getByRole('menuitem', { name: 'Edit details' }).click();
    } else await page.getByRole('button', { name: 'Edit details' }).click();
    const details = page.getByRole('dialog', { name: 'Edit details' });
    await details.getByLabel('Name').fill('Road Trip, Again');
    await emulator.faults({ dropAfterCommit: 1 });
    await details.getByRole('button', { name: 'Save' }).click();
    const lost = page.getByRole('alert').filter({ hasText: 'may or may not have been saved' });
    await expect(lost).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Road Trip, Again' })).toBeVisible();
    expect((await emulator.playlist('Road Trip, Again')).uris).toHaveLength(25);
    await checkScreen(page, info, 'details-unanswered');
    await lost.getByRole('button', { name: 'Dismiss' }).click();
    await expect(lost).toBeHidden();
  });

  test('says when Spotify refuses an undo, where it can be seen, and offers it again', async ({
    page,
    emulator,
  }, info) => {
    await openSignedIn(page);
    await openForEditing(page, 'Road Trip');
    const start = await uris(emulator);

    await row(page, 2).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Remove…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => uris(emulator)).toEqual(start.filter((_, i) => i !== 1));
    await emulator.faults({ failNextPosts: 1 });
    await page.getByRole('button', { name: 'Undo' }).click();
    const refused = page.getByRole('alert').filter({ hasText: /^Undoing “Removed / });
    await expect(refused).toContainText('Spotify did not make the change');
    // Said where it can be seen, though Undo was pressed at the foot of the screen.
    await expect(refused).toBeInViewport();
    await checkScreen(page, info, 'undo-refused');
    await refused.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => uris(emulator)).toEqual(start);
    await expect(refused).toBeHidden();
  });
});
