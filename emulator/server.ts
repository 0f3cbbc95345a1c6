/**
 * Serves the emulator on 127.0.0.1:  npm run emulator -- --port 8787 [--library empty]
 * [--latency 100]. It stops with the process (Ctrl+C, or when its parent ends).
 */

import { parseArgs } from 'node:util';
import { createEmulator, DEMO_CLIENT_ID } from './index';
import { startEmulatorServer } from './start-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    library: { type: 'string', default: 'demo' },
    latency: { type: 'string', default: '0' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535)
  throw new Error(`--port must be a port number, not ${values.port}`);
if (values.library !== 'demo' && values.library !== 'empty')
  throw new Error('--library must be demo or empty');

const emulator = createEmulator({
  library: values.library,
  faults: { latencyMs: Number(values.latency) || 0 },
});
const server = await startEmulatorServer(emulator, port);
console.log(
  `Spotify emulator on ${server.url} (demo client ${DEMO_CLIENT_ID}, library ${values.library})`,
);
