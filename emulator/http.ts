/** Error types and parameter parsing shared by every emulator route. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, OAuthErrorBody, Paging } from '../src/api/spotify-types';

/** A Web API error in Spotify's regular or player form (docs/spotify-api.md#errors); thrown, then rendered by onError. */
export class ApiProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly reason?: string,
  ) {
    super(message);
  }
  body(): ApiErrorBody {
    const error: ApiErrorBody['error'] = { status: this.status, message: this.message };
    if (this.reason) error.reason = this.reason;
    return { error };
  }
}

/** An Accounts-service error in the flat OAuth form (docs/spotify-api.md#token-errors). */
export class OAuthProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
  body(): OAuthErrorBody {
    return { error: this.error, error_description: this.description };
  }
}

interface IntRule {
  min: number;
  max: number;
  fallback: number;
  message: string;
}

/** Strict integer query parameters: "10abc", "1.5" or out of range is a 400 like Spotify's. */
export function intParam(raw: string | undefined, rule: IntRule): number {
  if (raw === undefined || raw === '') return rule.fallback;
  if (!/^-?\d+$/.test(raw)) throw new ApiProblem(400, rule.message);
  const value = Number(raw);
  if (value < rule.min || value > rule.max) throw new ApiProblem(400, rule.message);
  return value;
}

export const limitRule = (max: number, fallback = 20): IntRule => ({
  min: 1,
  max,
  fallback,
  message: 'Invalid limit',
});
export const offsetRule = (max = 100_000): IntRule => ({
  min: 0,
  max,
  fallback: 0,
  message: 'Invalid offset',
});

/** A JSON object body, or a 400 "Malformed json". An empty body counts as `{}`. */
export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiProblem(400, 'Malformed json');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiProblem(400, 'Malformed json');
  }
  return parsed as Record<string, unknown>;
}

/** Comma-separated URIs from the query, else `uris` in the JSON body (query wins, 5.1). */
export function urisFrom(
  queryValue: string | undefined,
  body: Record<string, unknown>,
): string[] | undefined {
  if (queryValue !== undefined) return queryValue.split(',').filter(Boolean);
  if (body.uris === undefined) return undefined;
  if (!Array.isArray(body.uris) || !body.uris.every((u) => typeof u === 'string')) {
    throw new ApiProblem(400, 'Malformed json');
  }
  return body.uris;
}

/** An offset paging object whose next/previous are full URLs, null at either end (docs/spotify-api.md#paging). */
export function paging<T>(all: readonly T[], url: URL, offset: number, limit: number): Paging<T> {
  const at = (o: number) => {
    const u = new URL(url);
    u.searchParams.set('offset', String(o));
    u.searchParams.set('limit', String(limit));
    return u.toString();
  };
  return {
    href: at(offset),
    items: all.slice(offset, offset + limit),
    limit,
    offset,
    total: all.length,
    next: offset + limit < all.length ? at(offset + limit) : null,
    previous: offset > 0 ? at(Math.max(0, offset - limit)) : null,
  };
}
