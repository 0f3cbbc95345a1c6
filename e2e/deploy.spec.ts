import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ASSET_CACHE, PAGE_CACHE, securityHeaders } from '../scripts/security-headers';
import { appBuildDir } from '../playwright.config';
import { expect, test } from './fixtures';

const NGINX = '/usr/sbin/nginx';
const PORT = 8089;
const SITE = `http://127.0.0.1:${PORT}`;

/** Debian's nginx serving the e2e build with deploy/nginx.conf (only its port and root changed). */
async function startNginx() {
  const dir = await mkdtemp(join(tmpdir(), 'slm-nginx-'));
  const site = (await readFile('deploy/nginx.conf', 'utf8'))
    .replace('listen 80;', `listen 127.0.0.1:${PORT};`)
    .replace('root /usr/share/nginx/html;', `root ${resolve(appBuildDir(0))};`);
  await writeFile(join(dir, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${dir}/${kind};`)
    .join(' ');
  await writeFile(
    join(dir, 'nginx.conf'),
    `daemon off; pid ${dir}/nginx.pid; error_log stderr;
     events {}
     http { include /etc/nginx/mime.types; access_log off; ${temp} include ${dir}/site.conf; }`,
  );
  const nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
  // Ours must be the one answering: an nginx that cannot bind the port exits at once, and
  // another server left on the port would otherwise pass the checks with other files.
  let exited: number | null = null;
  nginx.on('exit', (code) => (exited = code ?? -1));
  await expect
    .poll((): number | string | Promise<number> =>
      exited !== null
        ? `nginx exited (${exited})`
        : fetch(SITE).then(
            (r) => r.status,
            () => 0,
          ),
    )
    .toBe(200);
  return async () => {
    nginx.kill();
    await rm(dir, { recursive: true, force: true });
  };
}

test.describe('the nginx deploy configuration', () => {
  // One nginx on one port for these journeys: they run in turn in one lane.
  test.describe.configure({ mode: 'default' });
  test.skip(!existsSync(NGINX), 'needs Debian nginx (apt-get install -y nginx)');
  let stop: () => Promise<void>;
  test.beforeAll(async () => {
    stop = await startNginx();
  });
  test.afterAll(() => stop());

  test('answers deep links with the app, caches assets for good and index.html never, with every header', async ({
    request,
  }) => {
    const index = await request.get(`${SITE}/`);
    const html = await index.text();
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)![1]!;
    const expected = securityHeaders({});
    for (const path of [
      '/',
      '/callback?code=x&state=y',
      '/playlists/37i9dQZF1DX0XUsuxWHRQd',
      asset,
      '/robots.txt',
    ]) {
      const response = await request.get(`${SITE}${path}`);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      for (const [name, value] of Object.entries(expected))
        expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
      expect(headers['cache-control'], path).toBe(path === asset ? ASSET_CACHE : PAGE_CACHE);
      if (path.startsWith('/callback') || path.startsWith('/playlists'))
        expect(await response.text()).toBe(html);
    }
    expect(await (await request.get(`${SITE}/robots.txt`)).text()).toContain('Disallow: /');
    expect((await request.get(`${SITE}/assets/missing.js`)).status()).toBe(404);
  });

  test('a deep link opens the app under the served policy, with no violation', async ({ page }) => {
    await page.goto(`${SITE}/playlists/37i9dQZF1DX0XUsuxWHRQd`);
    // Signed out, the app sends the visitor to log in first.
    await expect(page.getByRole('button', { name: 'Log in with Spotify' })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });
});
