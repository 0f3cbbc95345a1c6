import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { webPlayback } from '../features/player/web-playback/web-playback';
import { startRuntime } from '../lib/runtime';
import { runEmulatorScripts } from './jsdom-scripts';
import { installScrolling, resetScrolling } from './jsdom-scrolling';
import { installMediaSession, testMediaSession } from './media-session';
import { disconnectApps } from './render-app';
import { mswServer, resetTestEmulator } from './test-emulator';

// A route's lazy module is compiled on its first import in a fresh checkout; on a 2-core
// CI machine that alone can pass Testing Library's default 1 s wait for find* queries.
configure({ asyncUtilTimeout: 4000 });

// Property tests draw the same cases every run, so a failure in CI can be replayed;
// FC_SEED=<n> explores others (fast-check prints the seed of any failure).
fc.configureGlobal({ seed: Number(process.env.FC_SEED) || 20261203 });

// Any request that is not for the emulator fails the test: nothing reaches the network.
beforeAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
// Browser abilities jsdom lacks: running the emulator's scripts, the Media Session API and
// scrolling the window.
beforeAll(() => {
  runEmulatorScripts();
  installMediaSession();
  installScrolling();
});
afterEach(() => {
  cleanup();
  disconnectApps();
  webPlayback.reset();
  testMediaSession.reset();
  resetScrolling();
  // The app's own state (undo history, player UI, gates…) lives in its runtime, which
  // the next renderApp starts afresh; a test that renders nothing starts one here.
  startRuntime();
  localStorage.clear();
  sessionStorage.clear();
  resetTestEmulator();
  // A test's own network answers (mswServer.use) end with it.
  mswServer.resetHandlers();
});
afterAll(() => mswServer.close());
