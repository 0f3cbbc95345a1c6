/**
 * Conditional GETs, as Spotify's "API calls" guide describes them: a 200 JSON answer to a
 * GET carries an ETag (a hash of its body) and `Cache-Control: private, max-age=0`, and a
 * GET whose If-None-Match names the current ETag gets `304 Not Modified` with no body.
 * Registered outermost on /v1, so the ETag covers the body as sent (faults included).
 */
import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { DROP_MARKER } from './faults';

/**
 * A hash of the body. node:crypto, not crypto.subtle: under the app's jsdom tests the
 * body's ArrayBuffer comes from another realm than jsdom's SubtleCrypto accepts.
 */
const etagOf = (body: ArrayBuffer) =>
  `"${createHash('sha1').update(Buffer.from(body)).digest('base64url')}"`;

/** If-None-Match: `*`, or a list of tags (weak or strong, compared weakly as RFC 9110 says). */
function matches(header: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((tag) => bare(tag) === bare(etag));
}

export function conditionalGetMiddleware() {
  return createMiddleware(async (c, next) => {
    await next();
    if (c.req.method !== 'GET' || c.res.status !== 200 || c.res.headers.has(DROP_MARKER)) return;
    if (!c.res.headers.get('content-type')?.includes('json')) return;
    const body = await c.res.arrayBuffer();
    const headers = new Headers(c.res.headers);
    const etag = etagOf(body);
    headers.set('ETag', etag);
    headers.set('Cache-Control', 'private, max-age=0');
    const asked = c.req.header('if-none-match');
    if (asked && matches(asked, etag)) {
      headers.delete('content-type');
      headers.delete('content-length');
      c.res = new Response(null, { status: 304, headers });
    } else c.res = new Response(body, { status: 200, headers });
  });
}
