import { describe, expect, it } from 'vitest';
import { setup } from './test-helpers';

async function signedIn() {
  const env = setup();
  const { access_token: token } = await env.token();
  const get = (path: string, headers: Record<string, string> = {}) =>
    env.call('GET', path, { token, headers });
  return { ...env, token, get };
}

describe('conditional GETs (ETag, If-None-Match, 304)', () => {
  it('tags a GET answer and answers the same tag with 304 and no body', async () => {
    const { get } = await signedIn();
    const first = await get('/v1/me/playlists?limit=5');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, max-age=0');

    const again = await get('/v1/me/playlists?limit=5', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    // A weak form, a list, and * match too; another tag does not.
    expect(
      (await get('/v1/me/playlists?limit=5', { 'if-none-match': `"x", W/${etag}` })).status,
    ).toBe(304);
    expect((await get('/v1/me/playlists?limit=5', { 'if-none-match': '*' })).status).toBe(304);
    expect((await get('/v1/me/playlists?limit=5', { 'if-none-match': '"other"' })).status).toBe(
      200,
    );
  });

  it('gives a changed resource a new tag, so an old one gets the new body', async () => {
    const { get, call, token } = await signedIn();
    const list = (await get('/v1/me/playlists?limit=1')).json as { items: { id: string }[] };
    const path = `/v1/playlists/${list.items[0]!.id}`;
    const before = await get(path);
    const etag = before.headers.get('etag')!;
    expect((await get(path, { 'if-none-match': etag })).status).toBe(304);
    await call('PUT', path, { token, body: { name: 'Renamed for the tag' } });
    const after = await get(path, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect((after.json as { name: string }).name).toBe('Renamed for the tag');
  });

  it('tags neither errors nor writes', async () => {
    const { get, call, token } = await signedIn();
    const missing = await get('/v1/playlists/0000000000000000000000');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
    const created = await call('POST', '/v1/me/playlists', { token, body: { name: 'Tagless' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBeNull();
  });
});
