/**
 * What every unit test needs, with or without a DOM: the emulator behind msw, a fresh
 * emulator and runtime per test, and fixed property-test seeds. The tests of logic alone
 * run with only this, in Node (vitest.config.ts: no jsdom to build for each file);
 * setup-tests.ts adds the browser's parts for the rest.
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startRuntime } from '../lib/runtime';
import { mswServer, resetTestEmulator } from './test-emulator';

// Property tests draw the same cases every run, so a failure in CI can be replayed;
// FC_SEED=<n> explores others (fast-check prints the seed of any failure).
fc.configureGlobal({ seed: Number(process.env.FC_SEED) || 20261203 });

// Any request that is not for the emulator fails the test: nothing reaches the network.
beforeAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  // The app's own state (undo history, player UI, gates…) lives in its runtime, which
  // the next renderApp starts afresh; a test that renders nothing starts one here.
  startRuntime();
  resetTestEmulator();
  // A test's own network answers (mswServer.use) end with it.
  mswServer.resetHandlers();
});
afterAll(() => mswServer.close());
