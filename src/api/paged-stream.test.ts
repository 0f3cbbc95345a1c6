import { describe, expect, it } from 'vitest';
import { placePages, rowAt, streamPages, type PageBatch, type PagedRows } from './paged-stream';

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

describe('streamPages', () => {
  /** Pages of a 6-row list, 2 rows a page, each answered when the test says. */
  function pages() {
    const answers: (() => void)[] = [];
    const fetchPage = (offset: number) =>
      new Promise<{ total: number; rows: number[] }>((resolve) =>
        answers.push(() => resolve({ total: 6, rows: [offset, offset + 1] })),
      );
    return { answers, fetchPage };
  }
  /** A stream of those pages, 3 asked for at once. */
  const streamOf = (fetchPage: ReturnType<typeof pages>['fetchPage'], shown: () => boolean) =>
    streamPages({
      fetchPage,
      pageSize: 2,
      concurrency: 3,
      expectedTotal: 6,
      shown,
      signal: new AbortController().signal,
    });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** The stream's next hand-over, and whether it has come yet. */
  function nextOf(stream: AsyncGenerator<PageBatch<number>>) {
    const next = { done: false, offsets: [] as number[] };
    void stream.next().then((result) => {
      next.done = true;
      if (!result.done) next.offsets = result.value.pages.map((p) => p.offset);
    });
    return next;
  }

  it('asks for every page at once but hands none over until the list is shown', async () => {
    const { answers, fetchPage } = pages();
    let shown = false;
    const stream = streamOf(fetchPage, () => shown);
    const first = nextOf(stream);
    await settle();
    expect(answers).toHaveLength(3);
    answers[0]!();
    await settle();
    expect(first.done).toBe(false);
    shown = true;
    answers[1]!();
    await settle();
    expect(first).toEqual({ done: true, offsets: [0, 2] });
  });

  it('hands a list nobody shows over once, with its last page', async () => {
    const { answers, fetchPage } = pages();
    const stream = streamOf(fetchPage, () => false);
    const first = nextOf(stream);
    await settle();
    answers[0]!();
    answers[1]!();
    await settle();
    expect(first.done).toBe(false);
    answers[2]!();
    await settle();
    expect(first).toEqual({ done: true, offsets: [0, 2, 4] });
  });
});
