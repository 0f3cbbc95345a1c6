import { serve } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { ServerResponse } from 'node:http';
import { DROP_MARKER, finishResponse } from './faults';
import type { Emulator } from './index';

/**
 * Listens on 127.0.0.1 only. "Commit the write, then drop the connection" sends the
 * status line, headers and part of the body, then destroys the socket: the write happened
 * but the client never gets the answer. (Dropping before any byte would not do: browsers
 * silently resend a request whose reused connection closed before answering, POSTs too.)
 */
export function startEmulatorServer(emulator: Emulator, port: number) {
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve, reject) => {
    const server = serve(
      {
        hostname: '127.0.0.1',
        port,
        fetch: async (request, env) => {
          const response = await emulator.app.fetch(request, env);
          if (response.headers.has(DROP_MARKER)) {
            const body = await response.text();
            const headers = Object.fromEntries(
              [...response.headers].filter(([name]) => name !== DROP_MARKER),
            );
            // The emulator serves HTTP/1.1 only.
            const outgoing = env.outgoing as ServerResponse;
            outgoing.writeHead(response.status, {
              ...headers,
              'content-length': String(body.length + 64),
            });
            // Destroy only once the partial answer has left, so the client sees it start.
            await new Promise<void>((done) =>
              outgoing.write(body.slice(0, Math.floor(body.length / 2)), () => done()),
            );
            env.incoming.socket.destroy();
            return RESPONSE_ALREADY_SENT;
          }
          return finishResponse(response);
        },
      },
      (info) =>
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        }),
    );
    server.on('error', reject);
  });
}
