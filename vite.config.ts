/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { securityHeadersPlugin } from './scripts/security-headers';

// Spotify rejects `localhost` redirect URIs (loopback IP literals only), so every server
// the app runs on binds 127.0.0.1 and the redirect URI the user registers matches it.
const host = '127.0.0.1';

export default defineConfig(({ mode }) => ({
  // The Content Security Policy covers the backends this build talks to (the emulator's
  // origin only in demo builds).
  plugins: [
    react(),
    securityHeadersPlugin({ emulator: loadEnv(mode, process.cwd(), 'VITE_').VITE_EMULATOR_URL }),
  ],
  server: { host, port: 5173, strictPort: true },
  preview: { host, port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true, manifest: true },
  test: {
    // One limit for every test, set here: the heaviest (a full app with a 10,000-row list in
    // jsdom) takes about 4 s on a quiet 2-core machine; 20 s leaves room for a busy one.
    // No test sets its own.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Vitest's default is one worker fewer than the cores: one on CI's 2-core machine. Two
    // took the suite from about 200 s to 150 s there (each file runs alone in its fork).
    maxWorkers: 2,
    // CI also writes JSON so .ci/run can print one "N passed, N failed" line per runner.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/unit.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // The app runs on a loopback IP, never localhost (Spotify's redirect URI rule).
          environmentOptions: { jsdom: { url: 'http://127.0.0.1:5173/' } },
          setupFiles: ['src/testing/setup-tests.ts'],
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
