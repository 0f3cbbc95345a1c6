import { serve } from '@hono/node-server';
import type { Emulator } from './index';

/**
 * Listens on 127.0.0.1 only. A dropped-connection fault destroys the socket after the
 * write was committed, which is what a browser sees when Spotify's connection drops.
 */
export function startEmulatorServer(emulator: Emulator, port: number) {
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve, reject) => {
    const server = serve(
      {
        hostname: '127.0.0.1',
        port,
        fetch: async (request, env) => {
          const response = await emulator.fetch(request, env);
          if (response.type === 'error') {
            env.incoming.socket.destroy();
            return new Response(null, { status: 204 });
          }
          return response;
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
