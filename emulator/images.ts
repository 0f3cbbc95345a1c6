/** Cover images served by the emulator itself: generated PNG art and uploaded JPEGs. */
import type { Hono } from 'hono';
import { coverPng } from './cover-png';
import type { EmulatorContext } from './context';

/** Generated covers by label and size: a page asks for the same few again and again. */
const generated = new Map<string, Buffer>();
const MAX_GENERATED = 5000;

function cover(label: string, size: number): Buffer {
  const key = `${size} ${label}`;
  let png = generated.get(key);
  if (!png) {
    if (generated.size >= MAX_GENERATED) generated.clear();
    png = coverPng(label, size);
    generated.set(key, png);
  }
  return png;
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
    // The sizes Spotify lists (640, 300, 60); anything else is held between them.
    const size = Math.min(640, Math.max(16, Math.round(Number(c.req.query('size')) || 300)));
    const png = cover(label, size);
    return c.body(
      png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer,
      200,
      {
        'Content-Type': 'image/png',
        ...cache,
      },
    );
  });
}
