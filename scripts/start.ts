/**
 * npm start: the emulator on http://127.0.0.1:8787 as the demo backend, and the app's
 * dev server on http://127.0.0.1:5173 configured to offer it. Both stop with Ctrl+C.
 */
import { createServer } from 'vite';
import { createEmulator } from '../emulator/index';
import { startEmulatorServer } from '../emulator/start-server';

const EMULATOR_PORT = Number(process.env.EMULATOR_PORT ?? 8787);

const emulator = await startEmulatorServer(createEmulator(), EMULATOR_PORT);
console.log(`Spotify emulator (demo backend) on ${emulator.url}`);

// Vite exposes VITE_* variables from the environment to the app.
process.env.VITE_EMULATOR_URL ??= emulator.url;
const vite = await createServer();
await vite.listen();
vite.printUrls();

const stop = async () => {
  await Promise.all([vite.close(), emulator.close()]);
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
