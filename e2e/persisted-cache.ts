import type { Page } from '@playwright/test';

/** Every key in this origin's persisted query caches (one database per account and backend). */
export function persistedKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const keys: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith('slm-cache')) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
      });
      const all = await new Promise<IDBValidKey[]>((resolve) => {
        const request = db.transaction('queries').objectStore('queries').getAllKeys();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      for (const key of all) if (typeof key === 'string') keys.push(key);
    }
    return keys;
  });
}

/**
 * The keys of whole entries ("q-…"): a long list's entry is written after its pieces
 * ("piece q-…"), so once its key is here the list can be read back.
 */
export const persistedEntries = async (page: Page) =>
  (await persistedKeys(page)).filter((key) => key.startsWith('q-'));

/** Whether a playlist's items are among them, whole. */
export const hasPersistedItems = async (page: Page) =>
  (await persistedEntries(page)).some((key) => key.includes('"items"'));
