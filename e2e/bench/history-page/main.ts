/**
 * The history storage bench's page: the app's own version store (IndexedDB in Chromium)
 * records 50 versions of a 10,000-item playlist, each a few changes from the one before,
 * as the app records them (one after another, at an idle moment each). It reports the
 * bytes stored, the time each write took and the longest main-thread task meanwhile.
 */
import { createStore, values } from 'idb-keyval';
import type { TrackRow } from '../../../src/domain/track-row';
import { openVersionStore, storedEntries } from '../../../src/features/history/version-store';

const SIZE = 10_000;
const VERSIONS = 50;

function song(n: number): TrackRow {
  return {
    position: 0,
    kind: 'track',
    uri: `spotify:track:${n.toString(36).padStart(22, '0')}`,
    title: `Song number ${n} of the long playlist`,
    byline: `Artist ${n % 700}, Guest ${n % 91}`,
    album: `Album ${n % 1_300}`,
    durationMs: 150_000 + (n % 120_000),
    addedAt: new Date(Date.UTC(2020, 0, 1) + n * 3_600_000).toISOString().replace(/\.000Z$/, 'Z'),
    addedBy: 'demo.listener',
    spotifyUrl: null,
    imageUrl: null,
  };
}

/** The next version: two removed, one moved, three added (a day of small edits). */
function next(rows: TrackRow[], v: number): TrackRow[] {
  const out = rows.filter((_, i) => i !== (v * 37) % rows.length && i !== (v * 91) % rows.length);
  const [moved] = out.splice((v * 53) % out.length, 1);
  out.splice((v * 17) % out.length, 0, moved!);
  return [...out, song(SIZE + v * 3), song(SIZE + v * 3 + 1), song(SIZE + v * 3 + 2)];
}

const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));

async function run() {
  const longest: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  const name = `bench-history-${Date.now()}`;
  const store = openVersionStore(name);
  const before = (await navigator.storage.estimate()).usage ?? 0;
  let rows = Array.from({ length: SIZE }, (_, i) => song(i));
  const writes: number[] = [];
  for (let v = 0; v < VERSIONS; v++) {
    await idle();
    const started = performance.now();
    await store.record({
      playlistId: 'ten-thousand',
      snapshot: `s${v}`,
      name: 'Ten Thousand Songs',
      rows,
    });
    writes.push(performance.now() - started);

    rows = next(rows, v + 1);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  const after = (await navigator.storage.estimate()).usage ?? 0;
  const index = await store.readIndex();
  // What is stored, as JSON would count it (IndexedDB's own encoding is about this size).
  const stored = await values(createStore(name, 'history'));
  const dataBytes = stored.reduce((sum: number, value) => sum + JSON.stringify(value).length, 0);
  // Reading back the oldest and newest version, as the panel does.
  const versions = index.playlists['ten-thousand']!.versions;
  const readStarted = performance.now();
  const oldest = await store.rows(versions[0]!);
  const readMs = performance.now() - readStarted;
  return {
    versions: versions.length,
    entriesStored: storedEntries(index),
    bytes: after - before,
    dataBytes,
    firstWriteMs: writes[0]!,
    otherWritesMedianMs: [...writes.slice(1)].sort((a, b) => a - b)[(writes.length - 1) >> 1]!,
    totalWriteMs: writes.reduce((a, b) => a + b, 0),
    // The Long Tasks API reports only tasks of 50 ms or more.
    longTasks: longest.length,
    longestTaskMs: Math.max(0, ...longest),
    readOldestMs: readMs,
    oldestRows: oldest.length,
  };
}

(window as unknown as { benchHistory: typeof run }).benchHistory = run;
