/** Cover images served by the emulator itself: generated SVG art and uploaded JPEGs. */
import type { Hono } from 'hono';
import type { EmulatorContext } from './context';

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function coverSvg(label: string): string {
  const h = hash(label);
  const hue = h % 360;
  const hue2 = (hue + 40 + ((h >> 9) % 80)) % 360;
  const initials = label
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 300"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},65%,45%)"/><stop offset="1" stop-color="hsl(${hue2},70%,25%)"/></linearGradient></defs><rect width="300" height="300" fill="url(#g)"/><text x="150" y="172" font-family="sans-serif" font-size="96" font-weight="700" text-anchor="middle" fill="rgba(255,255,255,.85)">${escapeXml(initials)}</text></svg>`;
}

export function registerImages(app: Hono, ctx: EmulatorContext) {
  const { store } = ctx;
  // Readable from the app's origin, so a restore can copy a backed-up cover.
  const cache = { 'Cache-Control': 'public, max-age=86400', 'Access-Control-Allow-Origin': '*' };

  app.get('/images/upload/:playlistId/:version', (c) => {
    const image = store.playlists.get(c.req.param('playlistId'))?.image;
    if (image?.kind !== 'upload' || String(image.version) !== c.req.param('version'))
      return c.notFound();
    return c.body(image.jpeg.slice().buffer, 200, { 'Content-Type': 'image/jpeg', ...cache });
  });

  app.get('/images/:kind/:key', (c) => {
    const { kind, key } = c.req.param();
    const label =
      kind === 'album'
        ? store.albums.get(key)?.name
        : kind === 'artist'
          ? store.artists.get(key)?.name
          : kind === 'show'
            ? store.shows.get(key)?.name
            : kind === 'user'
              ? (store.users.get(key)?.displayName ?? key)
              : key;
    if (!label) return c.notFound();
    return c.body(coverSvg(label), 200, { 'Content-Type': 'image/svg+xml', ...cache });
  });
}
