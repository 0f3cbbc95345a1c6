/** Prints one "N passed, N failed" line per test runner from the JSON reports CI writes. */
import { readFile } from 'node:fs/promises';

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

const unit = await readJson<{
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}>('reports/unit.json');
if (unit)
  console.log(
    `unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unit.numPendingTests} skipped`,
  );
else console.log('unit: no report (the unit tests did not run to the end)');

const e2e = await readJson<{
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}>('reports/e2e.json');
if (e2e) {
  const { expected, unexpected, flaky, skipped } = e2e.stats;
  console.log(`e2e: ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped`);
} else console.log('e2e: no report (the browser tests did not run)');
