/**
 * npm run deploy:config: writes deploy/ (nginx server block, static-host _headers and
 * _redirects) from scripts/security-headers.ts, for a build that talks to Spotify only.
 * A test fails when deploy/ and this source disagree.
 */
import { writeFile } from 'node:fs/promises';
import { deployFiles } from './deploy-files';

for (const [name, text] of Object.entries(deployFiles())) {
  await writeFile(new URL(`../deploy/${name}`, import.meta.url), text);
  console.log(`deploy/${name}`);
}
