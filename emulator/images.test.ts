import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createEmulator } from './index';
import { ORIGIN } from './test-helpers';

/** The chunks of a PNG file, by type. */
function pngChunks(bytes: Buffer): Map<string, Buffer> {
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    chunks.set(type, bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return chunks;
}

describe('cover images', () => {
  it('serves generated covers as PNG at the size asked for, like Spotify’s raster covers', async () => {
    const emulator = createEmulator({ manualClock: true });
    const album = [...emulator.store.albums.keys()][0]!;
    for (const size of [60, 300, 640]) {
      const response = await emulator.fetch(
        new Request(`${ORIGIN}/images/album/${album}?size=${size}`),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
      const chunks = pngChunks(bytes);
      expect(chunks.get('IHDR')!.readUInt32BE(0)).toBe(size);
      expect(chunks.get('IHDR')!.readUInt32BE(4)).toBe(size);
      // Every row is there: a filter byte and one palette index per pixel.
      expect(inflateSync(chunks.get('IDAT')!).length).toBe((size + 1) * size);
      expect(chunks.has('IEND')).toBe(true);
    }
    const unknown = await emulator.fetch(new Request(`${ORIGIN}/images/album/nothing?size=60`));
    expect(unknown.status).toBe(404);
  });
});
