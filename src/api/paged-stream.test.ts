import { describe, expect, it } from 'vitest';
import { placePages, rowAt, type PagedRows } from './paged-stream';

const page = (offset: number, length: number) => ({
  offset,
  total: 10,
  rows: Array.from({ length }, (_, i) => offset + i),
});

describe('placePages', () => {
  it('keeps rows gapless and holds pages that came early until the gap fills', () => {
    let data: PagedRows<number> = { total: 0, rows: [] };
    data = placePages(data, { total: 10, pages: [page(6, 2)] });
    expect(data.rows).toEqual([]);
    expect(rowAt(data, 7)).toBe(7);
    expect(rowAt(data, 2)).toBeUndefined();
    data = placePages(data, { total: 10, pages: [page(0, 2), page(4, 2)] });
    expect(data.rows).toEqual([0, 1]);
    data = placePages(data, { total: 10, pages: [page(2, 2), page(8, 2)] });
    expect(data).toEqual({ total: 10, rows: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] });
  });

  it('drops a page that repeats rows already in (a smaller page size re-asked)', () => {
    const data = placePages(
      { total: 10, rows: [0, 1, 2, 3] },
      { total: 10, pages: [page(2, 2), page(4, 6)] },
    );
    expect(data.rows).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(data.ahead).toBeUndefined();
  });
});
