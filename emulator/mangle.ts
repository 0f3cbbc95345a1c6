/**
 * Malformed responses on purpose (the `mangle` fault): the real JSON body of a matching
 * request, with a few values deleted, nulled or replaced by the wrong type, a huge string
 * or markup. Edits name nodes by their index in a pre-order walk of the body (the root is
 * 0), so a fuzzer can generate them without knowing the body and shrink them.
 */
import { createMiddleware } from 'hono/factory';
import type { EmulatorContext } from './context';

export const MANGLE_KINDS = [
  'delete',
  'null',
  'number',
  'string',
  'boolean',
  'array',
  'object',
  'huge',
  'html',
  'script-url',
] as const;
export type MangleKind = (typeof MANGLE_KINDS)[number];

export interface MangleEdit {
  node: number;
  kind: MangleKind;
}

export interface Mangle {
  /** A regular expression matched against the request's path, e.g. "^/v1/me$". */
  path: string;
  edits: MangleEdit[];
}

/** Markup a text field might carry; the app must show it as text, never as elements. */
export const HOSTILE_HTML =
  '<img src="x" onerror="window.__injected=1"><script>window.__injected=1</script><b class="injected">bold</b>';
/** A link or image address that would run script if used as is. */
export const HOSTILE_URL = 'javascript:window.__injected=1';
const HUGE = 'x'.repeat(200_000);

function replacement(kind: Exclude<MangleKind, 'delete'>): unknown {
  switch (kind) {
    case 'null':
      return null;
    case 'number':
      return -1.5e300;
    case 'string':
      return 'not what was expected';
    case 'boolean':
      return true;
    case 'array':
      return [null, 7, 'x'];
    case 'object':
      return { unexpected: true };
    case 'huge':
      return HUGE;
    case 'html':
      return HOSTILE_HTML;
    case 'script-url':
      return HOSTILE_URL;
  }
}

type Container = Record<string, unknown> | unknown[];
interface Slot {
  parent: Container | null;
  key: string | number;
}

function slots(root: unknown): Slot[] {
  const found: Slot[] = [{ parent: null, key: 0 }];
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, child] of entries) {
      found.push({ parent: value as Container, key });
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** Applies `edits` in order to a copy of `body`; each edit's node wraps around the count. */
export function mangleJson(body: unknown, edits: readonly MangleEdit[]): unknown {
  let root: unknown = structuredClone(body);
  for (const { node, kind } of edits) {
    const all = slots(root);
    const { parent, key } = all[node % all.length]!;
    const value = kind === 'delete' ? undefined : replacement(kind);
    if (!parent) root = value ?? null;
    else if (kind === 'delete' && Array.isArray(parent)) parent.splice(key as number, 1);
    else if (kind === 'delete') delete (parent as Record<string, unknown>)[key as string];
    else (parent as Record<string, unknown>)[key as string] = value;
  }
  return root;
}

/** Outermost on /v1, so error bodies (faults, refusals) are mangled too. */
export function mangleMiddleware(ctx: EmulatorContext) {
  return createMiddleware(async (c, next) => {
    await next();
    const mangle = ctx.store.faults.mangle;
    if (!mangle || c.req.method === 'OPTIONS') return;
    if (!new RegExp(mangle.path).test(new URL(c.req.url).pathname)) return;
    if (!c.res.headers.get('content-type')?.includes('application/json')) return;
    const body: unknown = await c.res.clone().json();
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    c.res = new Response(JSON.stringify(mangleJson(body, mangle.edits)), {
      status: c.res.status,
      headers,
    });
  });
}
