/**
 * Prints the gzip size of the JS a first visit loads (the entry chunk, its static
 * imports and the landing page's route chunk) and of all JS in the build.
 *   npm run build && npm run size
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

const dist = process.argv[2] ?? 'dist';
// A signed-out visitor's first page is /login; its route module is part of what loads.
const LANDING_ROUTE = 'src/app/routes/login.tsx';
// CI fails over this (issue 27's target: the login page loads no query code).
const BUDGET_KB = 110;

const manifest = JSON.parse(await readFile(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;

function closure(keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

async function gzipKb(file: string): Promise<number> {
  return gzipSync(await readFile(join(dist, file)), { level: 9 }).length / 1024;
}

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
if (!entry)
  throw new Error(`No entry chunk in ${dist}/.vite/manifest.json; run npm run build first.`);
const firstPageFiles = [...closure([entry, LANDING_ROUTE])]
  .map((key) => manifest[key]!.file)
  .filter((file) => file.endsWith('.js'));

let firstPage = 0;
for (const file of firstPageFiles) firstPage += await gzipKb(file);

const allJs = (await readdir(join(dist, 'assets'))).filter((f) => f.endsWith('.js'));
let all = 0;
for (const file of allJs) all += await gzipKb(join('assets', file));

console.log(
  `first-page JS (entry + ${LANDING_ROUTE}): ${firstPage.toFixed(1)} kB gzip in ${firstPageFiles.length} files (budget ${BUDGET_KB} kB)`,
);
console.log(`all JS: ${all.toFixed(1)} kB gzip in ${allJs.length} files`);
if (firstPage > BUDGET_KB) {
  console.error(`over budget by ${(firstPage - BUDGET_KB).toFixed(1)} kB`);
  process.exitCode = 1;
}
