import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { deployFiles } from './deploy-files';
import { contentSecurityPolicy } from './security-headers';

describe('deploy/', () => {
  it('holds what scripts/security-headers.ts says (run npm run deploy:config after changing it)', async () => {
    for (const [name, text] of Object.entries(deployFiles()))
      expect(await readFile(new URL(`../deploy/${name}`, import.meta.url), 'utf8'), name).toBe(
        text,
      );
  });
});

describe('the Content Security Policy', () => {
  const policy = (backends = {}, meta = false) =>
    Object.fromEntries(
      contentSecurityPolicy(backends, { meta })
        .split('; ')
        .map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );

  it('runs only our own scripts (and the SDK), and talks only to Spotify', () => {
    const p = policy();
    expect(p['default-src']).toEqual(["'none'"]);
    expect(p['script-src']).toEqual(["'self'", 'https://sdk.scdn.co']);
    expect(p['script-src']).not.toContain("'unsafe-inline'");
    expect(p['connect-src']).toContain('https://api.spotify.com');
    expect(p['connect-src']).toContain('https://accounts.spotify.com');
    // The service worker and manifest come from the app itself.
    expect(p['worker-src']).toEqual(["'self'"]);
    expect(p['manifest-src']).toEqual(["'self'"]);
    expect(p['connect-src']).toContain("'self'");
    expect(p['frame-ancestors']).toEqual(["'none'"]);
    expect(p['base-uri']).toEqual(["'none'"]);
    expect(JSON.stringify(p)).not.toContain('127.0.0.1');
  });

  it('adds the emulator only in demo builds, and leaves frame-ancestors out of the meta tag', () => {
    const demo = policy({ emulator: 'http://127.0.0.1:8787/' }, true);
    expect(demo['connect-src']).toContain('http://127.0.0.1:8787');
    expect(demo['script-src']).toContain('http://127.0.0.1:8787');
    expect(demo['frame-ancestors']).toBeUndefined();
  });
});
