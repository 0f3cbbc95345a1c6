/**
 * The one place requests to the Web API go through (the `fetch` of the openapi-fetch
 * client): the bearer token (refreshed first when it expires within 60 s), one forced
 * refresh and retry on 401, the rate-limit gate, backoff when a 429 cannot be read,
 * conditional GETs (etag-store.ts), the session's request counts (request-stats.ts), and
 * every failure thrown as SpotifyApiError or NetworkError. Tokens never reach a message.
 */
import { refreshSession, SessionEndedError } from '../auth/refresh';
import { expiresSoon, getSession, type Session } from '../auth/token-store';
import type { BackendId } from '../auth/backends';
import { onlineManager } from '@tanstack/react-query';
import { defineSlot, runtime } from '../lib/runtime';
import { NetworkError, OfflineError, SpotifyApiError } from './errors';
import { MAX_WAIT_SECONDS, RateLimitGate, rateLimitError } from './rate-limit-gate';
import { persistedBlock } from './persisted-block';
import { EtagStore } from './etag-store';
import { requestStats } from './request-stats';

/** How many times one request may be held back by 429s or unanswered GETs. */
const MAX_BACKOFFS = 4;
/** One gate per backend for the running app: every request waits out the same 429s. */
const gates = defineSlot(
  () => new Map<BackendId, RateLimitGate>(),
  (all) => all.forEach((gate) => gate.dispose()),
);

export function gateFor(backend: BackendId): RateLimitGate {
  const all = runtime().get(gates);
  let gate = all.get(backend);
  if (!gate) all.set(backend, (gate = new RateLimitGate(undefined, persistedBlock(backend))));
  return gate;
}

/**
 * The kept answers of the signed-in session; a new login (another account, perhaps)
 * starts with none.
 */
const etagStores = defineSlot(() => ({ login: '', store: new EtagStore() }));

function etagStoreFor(session: Session, request: Request): EtagStore | undefined {
  if (request.method !== 'GET' || !EtagStore.keeps(request.url)) return undefined;
  const kept = runtime().get(etagStores);
  const login = `${session.backend} ${session.clientId} ${session.consentAt}`;
  if (kept.login !== login) Object.assign(kept, { login, store: new EtagStore() });
  return kept.store;
}

const backoffMs = (attempt: number) => Math.min(1000 * 2 ** attempt, 16_000);

/**
 * Writes go with `keepalive`, so a reload or a closed tab right after Save does not cut one
 * off before it reaches Spotify (its CORS preflight included): the change is made even
 * though the page that asked is gone. Browsers allow 64 KiB of such bodies in flight per
 * page; a write that would pass that (a cover picture, many at once) goes as any request does.
 */
const KEEPALIVE_BYTES = 60 * 1024;
const keepaliveInFlight = defineSlot(() => ({ bytes: 0 }));

const MAX_MESSAGE = 200;
const truncate = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** The error an answer carries; `readable`: its body could be read (a cut one says nothing). */
async function readApiError(
  response: Response,
): Promise<{ error: SpotifyApiError; readable: boolean }> {
  let body: unknown;
  let readable = true;
  try {
    body = await response.json();
  } catch {
    body = undefined;
    readable = false;
  }
  const said = (body as { error?: { message?: unknown; reason?: unknown } } | undefined)?.error;
  // Spotify's text is shown to the person: a sentence, not a page of it.
  const message =
    typeof said?.message === 'string' && said.message.trim()
      ? truncate(said.message.trim(), MAX_MESSAGE)
      : `Spotify answered with an error (${response.status}).`;
  const reason = typeof said?.reason === 'string' ? said.reason : undefined;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const error = new SpotifyApiError({
    status: response.status,
    message,
    ...(reason ? { reason } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  });
  return { error, readable };
}

const toApiError = async (response: Response) => (await readApiError(response)).error;

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

const isIdempotent = (method: string) => method === 'GET' || method === 'HEAD';

/** How a request reaches Spotify: the page's fetch, or a worker's (page-reader.ts). */
export type Send = (request: Request) => Promise<Response>;

export async function spotifyFetch(
  request: Request,
  send: Send = (sent) => globalThis.fetch(sent),
): Promise<Response> {
  // Reads wait for the connection (queries pause); a write outside a mutation (restore,
  // import) is refused like a mutation is (query-client.ts), never kept waiting unseen.
  if (!isIdempotent(request.method) && !onlineManager.isOnline()) throw new OfflineError();
  const body = isIdempotent(request.method) ? undefined : await request.clone().arrayBuffer();
  let refreshed = false;
  let backoffs = 0;
  // A 304 for an answer no longer kept (another request pushed it out meanwhile): ask again.
  let unconditional = false;

  for (;;) {
    let session = getSession();
    if (!session) throw new SessionEndedError();
    const gate = gateFor(session.backend);
    await gate.pass();
    session = getSession();
    if (!session) throw new SessionEndedError();
    if (expiresSoon(session)) session = await refreshSession(session.accessToken);

    const headers = new Headers(request.headers);
    headers.set('Authorization', `Bearer ${session.accessToken}`);
    const etags = etagStoreFor(session, request);
    const etag = unconditional ? undefined : etags?.etagOf(request.url);
    if (etag) headers.set('If-None-Match', etag);
    let response: Response;
    const inFlight = runtime().get(keepaliveInFlight);
    const keepalive = !!body && inFlight.bytes + body.byteLength <= KEEPALIVE_BYTES;
    const keptAlive = keepalive ? body.byteLength : 0;
    inFlight.bytes += keptAlive;
    try {
      response = await send(
        new Request(request.url, {
          method: request.method,
          headers,
          body: body ?? null,
          signal: request.signal,
          keepalive,
        }),
      );
      requestStats().record(request.url, response.status);
    } catch (cause) {
      if (request.signal.aborted) throw cause;
      requestStats().record(request.url, 0);
      // A write may have reached Spotify: never resend it blindly. A GET that got no
      // answer may be a 429 the browser hid (no CORS headers, 3.3): back off and retry.
      if (!isIdempotent(request.method) || backoffs >= MAX_BACKOFFS) {
        throw new NetworkError('Could not reach Spotify. Check your connection and try again.');
      }
      gate.pause(backoffMs(backoffs++));
      continue;
    } finally {
      inFlight.bytes -= keptAlive;
    }

    if (response.status === 401 && !refreshed) {
      refreshed = true;
      await refreshSession(session.accessToken);
      continue;
    }
    if (response.status === 429) {
      const { error, readable } = await readApiError(response);
      const quota = error.reason === 'QUOTA_EXCEEDED';
      if (quota || (error.retryAfter !== undefined && error.retryAfter > MAX_WAIT_SECONDS)) {
        // A body cut off (the page going away mid-answer) cannot say whether this is the
        // quota: the block holds this page only, and a reload or another tab asks again.
        throw gate.stop(error.retryAfter ?? 3600, quota, { keep: readable });
      }
      if (backoffs >= MAX_BACKOFFS) throw rateLimitError(error.retryAfter ?? 30, false);
      // Without a readable Retry-After, back off exponentially.
      if (error.retryAfter !== undefined) gate.pause(error.retryAfter * 1000, { asked: true });
      else gate.pause(backoffMs(backoffs));
      backoffs++;
      continue;
    }
    if (response.status === 304 && etags) {
      const kept = etags.reuse(request.url);
      if (kept) return kept;
      unconditional = true;
      continue;
    }
    if (!response.ok) throw await toApiError(response);
    // Read the body here, so a connection lost halfway through the answer is a NetworkError
    // (a write that may have happened), not a parse error further up.
    let buffered: ArrayBuffer;
    try {
      buffered = await response.arrayBuffer();
    } catch {
      if (!isIdempotent(request.method) || backoffs >= MAX_BACKOFFS) {
        throw new NetworkError('The connection dropped before Spotify finished answering.');
      }
      gate.pause(backoffMs(backoffs++));
      continue;
    }
    const kept = etags?.keep(request.url, response, buffered);
    if (kept) return kept;
    const empty = response.status === 204 || buffered.byteLength === 0;
    return new Response(empty ? null : buffered, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }
}
