/** Bearer validation for /v1 (3.2 401 texts) and the scope check (403 "Insufficient client scope"). */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { ApiVariables, EmulatorContext } from '../context';
import { ApiProblem } from '../http';

export type ApiEnv = { Variables: ApiVariables };

export function bearer(ctx: EmulatorContext) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw new ApiProblem(401, 'No token provided');
    const match = /^Bearer ([^\s]+)$/.exec(header);
    if (!match) throw new ApiProblem(401, 'Only valid bearer authentication supported');
    const token = ctx.store.accessTokens.get(match[1]!);
    if (!token || ctx.store.revokedFamilies.has(token.family))
      throw new ApiProblem(401, 'Invalid access token');
    if (ctx.clock.now() >= token.expiresAt) throw new ApiProblem(401, 'The access token expired');
    c.set('userId', token.userId);
    c.set('scopes', token.scopes);
    await next();
  });
}

/** Throws unless the token was granted every one of `scopes`. */
export function requireScopes(c: Context<ApiEnv>, ...scopes: string[]) {
  const granted = c.get('scopes');
  if (!scopes.every((s) => granted.includes(s)))
    throw new ApiProblem(403, 'Insufficient client scope');
}
