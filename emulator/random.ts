const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A small seeded PRNG (mulberry32): the same seed builds the same demo library. Its whole
 * state is one number: `seededRandom(rng.state())` goes on with the same draws.
 */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    state: () => state,
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    base62: (length = 22) => Array.from({ length }, () => BASE62[Math.floor(next() * 62)]).join(''),
  };
}
export type SeededRandom = ReturnType<typeof seededRandom>;

/** Unpredictable strings for codes, tokens and snapshot ids. */
export function secureBase62(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  // 62 * 4 = 248: rejecting bytes >= 248 keeps every character equally likely.
  let out = '';
  for (const byte of bytes) if (byte < 248) out += BASE62[byte % 62];
  return out.length === length ? out : out + secureBase62(length - out.length);
}

export function isBase62Id(value: string): boolean {
  return /^[0-9A-Za-z]{22}$/.test(value);
}

/** Lowercase hex of `length` characters, as Spotify's device ids look. */
export function secureHex(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(Math.ceil(length / 2)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, length);
}
