/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { securityHeadersPlugin } from './scripts/security-headers.ts';

// Spotify rejects `localhost` redirect URIs (loopback IP literals only), so every server
// the app runs on binds 127.0.0.1 and the redirect URI the user registers matches it.
const host = '127.0.0.1';

/**
 * The app's tests of logic alone (no component, no browser storage): they run in Node, as
 * the emulator's do. Building a jsdom costs about a second per test file. Any other test
 * file gets jsdom, so a new one that needs it works as it is.
 */
const LOGIC_TESTS = [
  'src/api/paged-stream.test.ts',
  'src/api/playlist-scope.test.ts',
  'src/auth/pkce.test.ts',
  'src/auth/return-path.test.ts',
  'src/features/playlists/edit/finish-plan.test.ts',
  'src/features/playlists/edit/item-changes.test.ts',
  'src/features/playlists/edit/restore-plan.test.ts',
  'src/features/history/version-store.test.ts',
  'src/features/playlists/tools/tools.test.ts',
  'src/features/transfer/csv.test.ts',
  'src/features/transfer/transfer.test.ts',
  'src/lib/runtime.test.ts',
  'src/testing/test-emulator.test.ts',
];

export default defineConfig(({ mode }) => ({
  // The Content Security Policy covers the backends this build talks to (the emulator's
  // origin only in demo builds).
  plugins: [
    react(),
    securityHeadersPlugin({ emulator: loadEnv(mode, process.cwd(), 'VITE_').VITE_EMULATOR_URL }),
    // Installable, and opens offline: the service worker precaches the app's own files
    // (the shell and every page's code) and nothing else: Spotify's answers and images
    // are never cached. A new version waits for the person's Reload (app/update-prompt).
    // Off under `npm start` (dev), so it never serves stale code while developing.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Spotify Library Manager',
        short_name: 'Library Manager',
        description: 'Manage your Spotify playlists and playback in the browser.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#121212',
        theme_color: '#121212',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The hashed files are read from the precache without the worker (public/sw-static-routes.js).
        importScripts: ['sw-static-routes.js'],
        // Deep links (/playlists/…) open the precached app; the OAuth callback too (its
        // code is read by the app, never sent anywhere by the worker).
        navigateFallback: '/index.html',
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // The 10,000-row chunks are not that big, but no file is left out silently.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  server: { host, port: 5173, strictPort: true },
  // No CORS on the preview server: the app's files are same-origin, and the Vary: Origin it
  // sent made the precached copies miss the worker's static route (sw-static-routes.js).
  preview: { host, port: 4173, strictPort: true, cors: false },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    // One stylesheet, linked from index.html, and no <link rel=modulepreload> added while
    // the app starts: measured on a phone-speed CPU (issue 27), inserting each page's
    // stylesheets and preload links cost 30-120 ms of the first task, more than the chunks
    // they announced (served by the service worker) take to be found by the imports.
    cssCodeSplit: false,
    modulePreload: false,
  },
  // The export worker (features/transfer/export-writer.ts) is a module worker: it loads
  // papaparse as the page does, when first needed.
  worker: { format: 'es' },
  test: {
    // One limit for every test, set here: the heaviest (a full app with a 10,000-row list in
    // jsdom) takes about 4 s on a quiet 2-core machine; 20 s leaves room for a busy one.
    // No test sets its own.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Vitest's default is one worker fewer than the cores: one on CI's 2-core machine. Two
    // took the suite from about 200 s to 150 s there.
    maxWorkers: 2,
    // Each file in a VM context of a long-lived worker rather than a fresh process: the
    // environment (jsdom, about a second a file) and the libraries load once per worker.
    // Suite 160 → 112 s on a quiet 2-core machine. VM contexts leak a little memory per
    // file, so a worker is replaced (cheaply, in vmForks) once it holds 1 GB.
    pool: 'vmForks',
    vmMemoryLimit: '1GB',
    // CI also writes JSON so .ci/run can print one "N passed, N failed" line per runner.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/unit.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          include: LOGIC_TESTS,
          environment: 'node',
          setupFiles: ['src/testing/setup-logic-tests.ts'],
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: LOGIC_TESTS,
          environment: 'jsdom',
          // The app runs on a loopback IP, never localhost (Spotify's redirect URI rule).
          environmentOptions: { jsdom: { url: 'http://127.0.0.1:5173/' } },
          setupFiles: ['src/testing/vm-globals.ts', 'src/testing/setup-tests.ts'],
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'emulator',
          include: ['emulator/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
}));
