/**
 * Generated cover art as PNG, the way Spotify serves covers (raster images, at 640, 300 and
 * 60 px). SVG covers looked the same but cost the app's main thread what real covers never
 * do: a browser lays out each SVG image as a document of its own, on the page's thread
 * (10-50 ms each), where a raster image is decoded off it. Each label gets two colours and
 * a disc placed by its hash; a palette image of diagonal bands stays a few kilobytes.
 */
import { deflateSync } from 'node:zlib';

/** Bands of the diagonal gradient; the disc uses the same bands, lighter. */
const BANDS = 24;

export function labelHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function coverPng(label: string, size: number): Buffer {
  const h = labelHash(label);
  const hue = h % 360;
  const hue2 = (hue + 40 + ((h >>> 9) % 80)) % 360;
  const from = hslToRgb(hue, 0.65, 0.45);
  const to = hslToRgb(hue2, 0.7, 0.25);
  const palette = Buffer.alloc(BANDS * 2 * 3);
  for (let band = 0; band < BANDS; band++) {
    const t = band / (BANDS - 1);
    const rgb = from.map((c, i) => Math.round(c + (to[i]! - c) * t));
    palette.set(rgb, band * 3);
    palette.set(
      rgb.map((c) => Math.round(c + (255 - c) * 0.3)),
      (BANDS + band) * 3,
    );
  }
  // The disc: its centre and radius from the hash, so covers differ by more than colour.
  const cx = size * (0.3 + ((h >>> 3) % 40) / 100);
  const cy = size * (0.3 + ((h >>> 13) % 40) / 100);
  const r = size * (0.18 + ((h >>> 19) % 12) / 100);
  const rows = Buffer.alloc((size + 1) * size);
  for (let y = 0; y < size; y++) {
    const row = y * (size + 1);
    rows[row] = 0; // no filter
    for (let x = 0; x < size; x++) {
      const band = Math.min(BANDS - 1, Math.floor(((x + y) / (2 * size)) * BANDS));
      const inDisc = (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
      rows[row + 1 + x] = inDisc ? BANDS + band : band;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit palette, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}
