import { describe, expect, it } from 'vitest';
import { HOSTILE_HTML, mangleJson } from './mangle';

describe('mangleJson', () => {
  const body = { id: 'a', items: [{ name: 'x' }, null], total: 2 };

  it('edits nodes by pre-order index, wrapping around, on a copy', () => {
    expect(mangleJson(body, [{ node: 1, kind: 'null' }])).toEqual({ ...body, id: null });
    expect(mangleJson(body, [{ node: 3, kind: 'html' }])).toEqual({
      ...body,
      items: [HOSTILE_HTML, null],
    });
    expect(mangleJson(body, [{ node: 2, kind: 'delete' }])).toEqual({ id: 'a', total: 2 });
    // 7 nodes: 8 is the first key again.
    expect(mangleJson(body, [{ node: 8, kind: 'number' }])).toEqual({ ...body, id: -1.5e300 });
    expect(mangleJson(body, [{ node: 0, kind: 'delete' }])).toBeNull();
    expect(body.items[0]).toEqual({ name: 'x' });
  });
});
