/**
 * Node's globals that jsdom's window lacks, for the app's tests: in a VM context (vitest's
 * vmForks pool) the window is the whole global scope, and msw needs the web streams and the
 * login its digest (crypto.subtle), which the browser has.
 */
import { webcrypto } from 'node:crypto';
import * as webStreams from 'node:stream/web';

const scope = globalThis as Record<string, unknown>;
for (const [name, value] of Object.entries(webStreams)) if (!(name in scope)) scope[name] = value;
if (!(scope.crypto as Crypto | undefined)?.subtle)
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
