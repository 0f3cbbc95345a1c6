/** GET/POST /authorize: PKCE authorization with a consent page (docs/spotify-api.md#login-pkce). */
import type { Hono } from 'hono';
import { CODE_LIFETIME, type EmulatorContext } from '../context';
import { secureBase62 } from '../random';
import { consentPage, errorPage } from './pages';
import { isRegisteredRedirectUri } from './redirect-uri';
import { isKnownScope } from './scopes';

const AUTHORIZE_PARAMS = [
  'client_id',
  'response_type',
  'redirect_uri',
  'code_challenge_method',
  'code_challenge',
  'scope',
  'state',
  'show_dialog',
];
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

type Outcome =
  | { kind: 'page'; status: 400; message: string }
  | { kind: 'redirect'; url: string }
  | { kind: 'ok'; clientName: string; scopes: string[]; params: Record<string, string> };

function redirectWith(redirectUri: string, params: Record<string, string | undefined>) {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

/** The checks shared by the consent page and its form post. */
function validate(ctx: EmulatorContext, get: (name: string) => string | undefined): Outcome {
  const clientId = get('client_id');
  if (!clientId)
    return { kind: 'page', status: 400, message: 'Missing required parameter: client_id' };
  const client = ctx.store.clients.get(clientId);
  if (!client) return { kind: 'page', status: 400, message: 'INVALID_CLIENT: Invalid client' };
  const redirectUri = get('redirect_uri');
  // Errors before the redirect URI is trusted never redirect (docs/spotify-api.md#login-pkce).
  if (!redirectUri || !isRegisteredRedirectUri(client, redirectUri)) {
    return { kind: 'page', status: 400, message: 'INVALID_CLIENT: Invalid redirect URI' };
  }
  const state = get('state');
  const fail = (error: string, description: string): Outcome => ({
    kind: 'redirect',
    url: redirectWith(redirectUri, { error, error_description: description, state }),
  });
  if (get('response_type') !== 'code')
    return fail('unsupported_response_type', 'response_type must be code');
  if (get('code_challenge_method') !== 'S256')
    return fail('invalid_request', 'code_challenge_method must be S256');
  if (!CHALLENGE.test(get('code_challenge') ?? ''))
    return fail('invalid_request', 'code_challenge must be 43 base64url characters');
  const scopes = (get('scope') ?? '').split(' ').filter(Boolean);
  if (!scopes.every(isKnownScope)) return { kind: 'page', status: 400, message: 'Illegal scope' };

  const params: Record<string, string> = {};
  for (const name of AUTHORIZE_PARAMS) {
    const value = get(name);
    if (value !== undefined) params[name] = value;
  }
  return { kind: 'ok', clientName: client.name, scopes, params };
}

export function registerAuthorize(app: Hono, ctx: EmulatorContext) {
  app.get('/authorize', (c) => {
    const outcome = validate(ctx, (name) => c.req.query(name));
    if (outcome.kind === 'page') return c.html(errorPage(outcome.message), outcome.status);
    if (outcome.kind === 'redirect') return c.redirect(outcome.url, 302);
    const user = ctx.store.users.get(ctx.store.demoUserId);
    return c.html(
      consentPage({
        appName: outcome.clientName,
        userName: user?.displayName ?? ctx.store.demoUserId,
        scopes: outcome.scopes,
        params: outcome.params,
      }),
    );
  });

  app.post('/authorize', async (c) => {
    const form: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
    const get = (name: string) => (typeof form[name] === 'string' ? form[name] : undefined);
    const outcome = validate(ctx, get);
    if (outcome.kind === 'page') return c.html(errorPage(outcome.message), outcome.status);
    if (outcome.kind === 'redirect') return c.redirect(outcome.url, 302);

    const { redirect_uri: redirectUri, state } = outcome.params;
    const decision = get('decision');
    if (decision === 'deny')
      return c.redirect(redirectWith(redirectUri!, { error: 'access_denied', state }), 302);
    if (decision !== 'allow') return c.html(errorPage('Choose Agree or Cancel.'), 400);

    const code = secureBase62(64);
    ctx.store.codes.set(code, {
      clientId: outcome.params.client_id!,
      redirectUri: redirectUri!,
      challenge: outcome.params.code_challenge!,
      scopes: outcome.scopes,
      userId: ctx.store.demoUserId,
      expiresAt: ctx.clock.now() + CODE_LIFETIME,
    });
    return c.redirect(redirectWith(redirectUri!, { code, state }), 302);
  });
}
