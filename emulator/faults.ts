/**
 * Switchable faults for /v1 (emulator/README.md): latency, 5xx, 429 (readable,
 * hidden from the browser, or quota), and "commit the write, then drop the connection".
 * Markers in response headers tell the outer fetch wrapper to strip CORS or drop.
 */
import { createMiddleware } from 'hono/factory';
import type { EmulatorContext } from './context';
import { ApiProblem } from './http';
import { seededRandom } from './random';

export const DROP_MARKER = 'x-emulator-drop-connection';
export const NO_CORS_MARKER = 'x-emulator-no-cors';
/** Quota errors come with Retry-After of hours (docs/spotify-api.md#rate-limits-and-quota). */
const QUOTA_RETRY_AFTER = 6 * 3600;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ITEMS_PAGE = /^\/v1\/playlists\/[^/]+\/items$/;

export function faultMiddleware(ctx: EmulatorContext) {
  const rng = seededRandom(42);
  const slowPageDelay = (request: Request) => {
    const slow = ctx.store.faults.slowItemPages;
    if (!slow || request.method !== 'GET') return 0;
    const url = new URL(request.url);
    if (!ITEMS_PAGE.test(url.pathname)) return 0;
    const offset = Number(url.searchParams.get('offset') ?? 0);
    return offset >= slow.fromOffset && offset < slow.toOffset ? slow.latencyMs : 0;
  };
  return createMiddleware(async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const { faults } = ctx.store;
    const delay = faults.latencyMs + faults.jitterMs * rng.next() + slowPageDelay(c.req.raw);
    if (delay > 0) await sleep(delay);

    if (faults.quotaExceeded) {
      const problem = new ApiProblem(429, 'Too many requests', 'QUOTA_EXCEEDED');
      return c.json(problem.body(), 429, { 'Retry-After': String(QUOTA_RETRY_AFTER) });
    }
    const limit = faults.rateLimit;
    if (limit) {
      limit.until ??= ctx.clock.now() + limit.seconds * 1000;
      const wait = limit.until - ctx.clock.now();
      if (wait > 0) {
        const body = new ApiProblem(429, 'API rate limit exceeded').body();
        // Reports say these 429s can reach the browser without CORS headers (docs/spotify-api.md#rate-limits-and-quota).
        if (limit.mode === 'hidden') return c.json(body, 429, { [NO_CORS_MARKER]: '1' });
        return c.json(body, 429, { 'Retry-After': String(Math.ceil(wait / 1000)) });
      }
      faults.rateLimit = null;
    }
    if (faults.failNextPosts > 0 && c.req.method === 'POST') {
      faults.failNextPosts -= 1;
      return c.json(new ApiProblem(500, 'Server error').body(), 500);
    }
    if (faults.failWrite > 0 && c.req.method !== 'GET') {
      faults.failWrite -= 1;
      if (faults.failWrite === 0) return c.json(new ApiProblem(500, 'Server error').body(), 500);
    }
    if (faults.errorRate > 0 && rng.next() < faults.errorRate) {
      const status = faults.errorStatus as 500 | 502 | 503;
      return c.json(
        new ApiProblem(status, status === 502 ? 'Bad gateway' : 'Service unavailable').body(),
        status,
      );
    }

    await next();

    const isWrite = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if (isWrite && faults.dropAfterCommit > 0 && c.res.status < 400) {
      faults.dropAfterCommit -= 1;
      c.res.headers.set(DROP_MARKER, '1');
    }
  });
}

/** Spotify answers preflights (204) and echoes the Origin (docs/spotify-api.md#login-pkce). */
export function corsMiddleware(ctx: EmulatorContext) {
  return createMiddleware(async (c, next) => {
    const origin = c.req.header('origin');
    if (c.req.method === 'OPTIONS') {
      // A browser's CORS preflight is a round trip of its own on the real network.
      const { faults } = ctx.store;
      if (faults.preflightLatency && faults.latencyMs + faults.jitterMs > 0)
        await sleep(faults.latencyMs + faults.jitterMs * Math.random());
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin ?? '*',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
        'Access-Control-Allow-Headers':
          c.req.header('access-control-request-headers') ?? 'Authorization, Content-Type',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    await next();
    if (!origin || c.res.headers.has(NO_CORS_MARKER)) return;
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.append('Vary', 'Origin');
    c.res.headers.set(
      'Access-Control-Expose-Headers',
      ctx.store.faults.hideRetryAfter ? 'ETag' : 'Retry-After, ETag',
    );
  });
}

/**
 * Applies the markers: a dropped write becomes a network error (Response.error(), which
 * msw and the Node server turn into a dropped connection), and a hidden 429 loses its
 * CORS headers and Retry-After.
 */
export async function finishResponse(response: Response): Promise<Response> {
  if (response.headers.has(DROP_MARKER)) return Response.error();
  if (response.headers.has(NO_CORS_MARKER)) {
    const headers = new Headers();
    for (const [name, value] of response.headers) {
      if (!name.startsWith('access-control-') && name !== NO_CORS_MARKER && name !== 'retry-after')
        headers.set(name, value);
    }
    return new Response(await response.arrayBuffer(), { status: response.status, headers });
  }
  return response;
}
