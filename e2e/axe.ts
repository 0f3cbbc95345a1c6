/** The one way journeys check accessibility with axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/** Your Library, the sidebar (features/playlists/sidebar). */
export const LIBRARY = 'aside[aria-label="Your Library"]';

export interface AxeCheck {
  /** Only this part of the page (a dialog, a toolbar). */
  include?: string;
  /** Only these rules (colour contrast in the second theme). */
  only?: string[];
  /** Also the WCAG 2.2 target-size rule, off by default in axe (touch screens). */
  targetSize?: boolean;
  /** Your Library too (npm run screens); journeys leave it to its own. */
  withLibrary?: boolean;
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Fails with every violation, its elements and why. axe-core runs in the page, put there
 * once per document, and only its violations come back. @axe-core/playwright, which this
 * replaced, injected axe again for every scan and sent back every rule's passing nodes
 * too: a scan of Road Trip took 2.7 s with it and about 0.5 s this way (the suite ran
 * about a hundred scans).
 */
export async function expectNoAxeViolations(page: Page, check: AxeCheck = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Your Library is the same beside every page on wide screens: its own journey checks it
  // in both themes (your-library.spec.ts), and scanning it again in every other check cost
  // each scan about half a second.
  const context = check.include
    ? { include: [check.include] }
    : { exclude: check.withLibrary ? [] : [LIBRARY] };
  const options = {
    resultTypes: ['violations'],
    ...(check.only
      ? { runOnly: { type: 'rule', values: check.only } }
      : check.targetSize
        ? { rules: { 'target-size': { enabled: true } } }
        : {}),
  };
  // Plain JSON in and out: axe's own context and option types are too deep for evaluate's.
  const violations: string[] = await page.evaluate(
    async ({ context, options }) => {
      const { axe } = window as unknown as {
        axe: { run: (context: object, options: object) => Promise<AxeResults> };
      };
      const results = await axe.run(context, options);
      return results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any.map((c) => c.message).join('; ')})`).join(', ')}`,
      );
    },
    { context, options },
  );
  expect(violations).toEqual([]);
}
