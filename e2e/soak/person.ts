/**
 * The person in the fault soak: does each action through the page as someone would, and
 * when the app offers "Try again" takes it. After a dropped connection the app says the
 * change "may or may not" have been made and re-reads the playlist: the person looks
 * (here: at what Spotify has, which the re-read list shows) and tries again only if it
 * was not.
 */
import { expect, type Locator, type Page } from '@playwright/test';

const WAIT = { timeout: 30_000 };

export const toast = (page: Page) => page.getByRole('status').locator('.toast > span');

/** The list's own load failure ("Some items could not be loaded"), with its Try again. */
const loadFailure = (page: Page) =>
  page.getByRole('alert').filter({
    has: page.getByRole('heading', { name: /items could not be loaded$/ }),
  });

/**
 * Waits until every row is in (Select all enabled). A read that failed even after the
 * app's own retries (four 5xx in a row) shows the list's load failure: the person presses
 * its Try again, as the page offers.
 */
export async function whenLoaded(page: Page, counts: { retries: number }) {
  const selectAll = page.getByRole('checkbox', { name: 'Select all' });
  const failed = loadFailure(page);
  for (let attempt = 0; attempt < 10; attempt++) {
    await expect
      .poll(async () => (await selectAll.isEnabled()) || (await failed.isVisible()), WAIT)
      .toBe(true);
    if (!(await failed.isVisible())) return;
    counts.retries += 1;
    await failed.getByRole('button', { name: 'Try again' }).click();
  }
  await expect(selectAll).toBeEnabled(WAIT);
}

/** Clears the last message and any selection, so what comes next is this action's. */
export async function ready(page: Page, counts: { retries: number }) {
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  if (await dismiss.isVisible()) await dismiss.click();
  const clear = page.getByRole('button', { name: 'Clear selection' });
  if (await clear.isVisible()) await clear.click();
  await whenLoaded(page, counts);
  // Nothing from the last action still on its way.
  await expect(page.getByText(/^(Moving|Adding|Removing) [\d,]+ of/)).toHaveCount(0, WAIT);
}

/** The data row at a 0-based index (the soak's viewport shows every row). */
export const row = (page: Page, index: number) =>
  page.getByRole('grid').locator(`[role="row"][aria-rowindex="${index + 2}"]`);

export async function select(page: Page, index: number) {
  // A re-read landing just then can clear a fresh selection: the person clicks again.
  await expect(() => row(page, index).getByRole('checkbox').check({ timeout: 2000 })).toPass(WAIT);
}

/** A change's failure, with its Try again (not the list's load failure, which has one too). */
const editorAlert = (page: Page) =>
  page
    .getByRole('alert')
    .filter({ has: page.getByRole('button', { name: /Try again|Re-reading/ }) })
    .filter({ hasNot: page.getByRole('heading', { name: /items could not be loaded$/ }) });

/** Made at once; made, though the app could not confirm it; or finished by a second change. */
export type Settled = 'done' | 'unconfirmed' | 'finished';

/**
 * Waits for a playlist change's message. On failure: after a possibly-made change, the
 * person checks `made()` and stops if it was; otherwise "Try again", answering the
 * duplicate question with "Add anyway" (they meant to add it).
 */
export async function settleChange(
  page: Page,
  success: RegExp,
  look: {
    /** Whether Spotify has the change now (what the re-read list shows). */
    made: () => Promise<boolean>;
    /** How many writes Spotify has been sent for this playlist so far. */
    writes: () => Promise<number>;
  },
  counts: { retries: number },
): Promise<Settled> {
  for (let attempt = 0; attempt < 12; attempt++) {
    const done = toast(page).filter({ hasText: success });
    const finished = toast(page).filter({ hasText: /^Finished: / });
    const alert = editorAlert(page);
    const question = duplicateQuestion(page);
    await expect(done.or(finished).or(alert).or(question).first()).toBeVisible(WAIT);
    if (await question.isVisible()) {
      await question.getByRole('button', { name: 'Add anyway' }).click();
      await expect(question).toBeHidden(WAIT);
      continue;
    }
    if (await done.isVisible()) return 'done';
    if (await finished.isVisible()) return 'finished';
    const retry = alert.getByRole('button', { name: 'Try again' });
    // Try again waits for the re-read list, whose own read may need a Try again first.
    await whenLoaded(page, counts);
    await expect(retry).toBeEnabled(WAIT);
    if ((await alert.textContent())?.includes('may or may not') && (await look.made())) {
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      return 'unconfirmed';
    }
    counts.retries += 1;
    const sent = await look.writes();
    await retry.click();
    // The retry has started: what shows next is its result, or the duplicate question. A
    // retry can fail again faster than a poll looks (its alert back before it saw it go),
    // so a write sent since counts as started too.
    await expect
      .poll(
        async () =>
          (await question.isVisible()) ||
          !(await alert.isVisible()) ||
          (await look.writes()) > sent,
        WAIT,
      )
      .toBe(true);
  }
  throw new Error(`the change never went through (${success})`);
}

/** "… is already in …": the person meant it, and answers "Add anyway" (settleChange). */
const duplicateQuestion = (page: Page) => page.getByRole('dialog', { name: /is already in/ });

/**
 * Searches and presses Add on the first song found; returns its title. A search that
 * failed even after the app's retries says so with a Try again, which the person presses.
 */
export async function addFirstSong(
  page: Page,
  query: string,
  counts: { retries: number },
): Promise<string> {
  const panel = page.getByRole('region', { name: /^Add to / });
  if (!(await panel.isVisible()))
    await page.getByRole('button', { name: 'Add songs or episodes' }).click();
  await panel.getByLabel('Search songs and episodes').fill(query);
  await panel.getByRole('button', { name: 'Search' }).click();
  const result = panel.getByRole('region', { name: 'Songs' }).getByRole('listitem').first();
  const failed = panel
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { name: 'Search failed' }) });
  for (let attempt = 0; attempt < 10; attempt++) {
    await expect(result.or(failed).first()).toBeVisible(WAIT);
    if (await result.isVisible()) break;
    counts.retries += 1;
    await failed.getByRole('button', { name: 'Try again' }).click();
  }
  await expect(result).toBeVisible(WAIT);
  const title = (await result.locator('.search-result__title').textContent())!;
  await result.getByRole('button', { name: `Add ${title}` }).click();
  return title;
}

export async function closeAddPanel(page: Page) {
  const panel = page.getByRole('region', { name: /^Add to / });
  if (await panel.isVisible()) await panel.getByRole('button', { name: 'Close' }).click();
}

/** A one-shot result in the toast (likes, undo): the text, once one matching `pattern` shows. */
export async function toastText(page: Page, pattern: RegExp): Promise<string> {
  const message = toast(page).filter({ hasText: pattern });
  await expect(message).toBeVisible(WAIT);
  return (await message.textContent())!;
}

export async function heart(page: Page, index: number): Promise<Locator> {
  const button = row(page, index).getByRole('button', { name: 'Save to Liked Songs' });
  await expect(button).not.toHaveAttribute('aria-disabled', 'true', WAIT);
  return button;
}
