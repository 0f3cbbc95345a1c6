/** The one way journeys check accessibility with axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Your Library, the sidebar (features/playlists/sidebar). */
export const LIBRARY = 'aside[aria-label="Your Library"]';

export interface AxeCheck {
  /** Only this part of the page (a dialog, a toolbar). */
  include?: string;
  /** Only these rules (colour contrast in the second theme). */
  only?: string[];
  /** Also the WCAG 2.2 target-size rule, off by default in axe (touch screens). */
  targetSize?: boolean;
}

/**
 * Fails with every violation, its elements and why. Legacy mode injects axe once and runs
 * it in the page; the default mode runs each frame on its own and then opens a blank page
 * to combine the results, which exists for cross-origin frames. The app has no frames, and
 * that extra page more than doubled each scan (Road Trip: 3.3 s against 1.4 s).
 */
export async function expectNoAxeViolations(page: Page, check: AxeCheck = {}) {
  let builder = new AxeBuilder({ page }).setLegacyMode();
  // Your Library is the same beside every page on wide screens: its own journey checks it
  // in both themes (your-library.spec.ts), and scanning it again in every other check cost
  // each scan about half a second.
  if (check.include) builder = builder.include(check.include);
  else builder = builder.exclude(LIBRARY);
  if (check.only) builder = builder.withRules(check.only);
  else if (check.targetSize)
    builder = builder.options({ rules: { 'target-size': { enabled: true } } });
  const { violations } = await builder.analyze();
  expect(
    violations.map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any.map((c) => c.message).join('; ')})`).join(', ')}`,
    ),
  ).toEqual([]);
}
