/**
 * A rate-limit block kept in localStorage, one per backend: Spotify counts quota per
 * developer account and answers QUOTA_EXCEEDED with a Retry-After of hours, so a reload
 * or a second tab must not ask again before then (that would count against it too).
 * Other tabs hear a new block, or its end, through the storage event.
 */
import type { BackendId } from '../auth/backends';
import type { Block, BlockStore } from './rate-limit-gate';

const keyOf = (backend: BackendId) => `slm.rateLimitBlock.${backend}`;

function parse(raw: string | null): Block | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Block> | null;
    return typeof value?.until === 'number' && typeof value.quota === 'boolean'
      ? { until: value.until, quota: value.quota }
      : null;
  } catch {
    return null;
  }
}

export function persistedBlock(backend: BackendId): BlockStore {
  const key = keyOf(backend);
  return {
    read: () => parse(localStorage.getItem(key)),
    write: (block) => {
      if (block) localStorage.setItem(key, JSON.stringify(block));
      else localStorage.removeItem(key);
    },
    subscribe: (listener) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener();
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
