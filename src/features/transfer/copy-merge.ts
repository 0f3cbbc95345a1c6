/** What a copy or a merge adds: only what the Web API can add, skipping what is there if asked. */
import { isAddableUri } from '../../domain/spotify-uri';

export function addableUris(uris: readonly (string | null)[]): {
  uris: string[];
  skipped: number;
} {
  const out = uris.filter(isAddableUri);
  return { uris: out, skipped: uris.length - out.length };
}

/**
 * The URIs a merge adds to a playlist that holds `existing`: every source in order; with
 * `skipPresent`, a song already in the playlist, or added by an earlier source, is left out.
 */
export function mergeUris(
  sources: readonly (readonly (string | null)[])[],
  existing: readonly (string | null)[],
  skipPresent: boolean,
): { uris: string[]; skipped: number; unaddable: number } {
  const seen = new Set(existing);
  const uris: string[] = [];
  let skipped = 0;
  let unaddable = 0;
  for (const source of sources) {
    const addable = addableUris(source);
    unaddable += addable.skipped;
    for (const uri of addable.uris) {
      if (skipPresent && seen.has(uri)) {
        skipped++;
        continue;
      }
      seen.add(uri);
      uris.push(uri);
    }
  }
  return { uris, skipped, unaddable };
}
