import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { webPlayback } from '../features/player/web-playback/web-playback';
import { runEmulatorScripts } from './jsdom-scripts';
import { installScrolling, resetScrolling } from './jsdom-scrolling';
import { installMediaSession, testMediaSession } from './media-session';
import { disconnectApps } from './render-app';
import './setup-logic-tests';

// A route's lazy module is compiled on its first import in a fresh checkout; on a 2-core
// CI machine that alone can pass Testing Library's default 1 s wait for find* queries, and
// a busy machine (other work beside the suite) took a first page past 4 s (5.1 s seen).
// The wait only bounds a failure; passing tests take as long as they take.
configure({ asyncUtilTimeout: 10_000 });

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
  localStorage.clear();
  sessionStorage.clear();
});
