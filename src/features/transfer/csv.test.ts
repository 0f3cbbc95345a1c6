import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from './csv';

/** What a spreadsheet program would run as a formula. */
const FORMULA = /^[=+\-@\t\r]/;
const rawCells = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data.flat();

describe('CSV', () => {
  it('writes formula starts as text: a leading apostrophe, the value kept', async () => {
    const csv = await writeCsv(
      ['name', 'n'],
      [
        { name: '=HYPERLINK("http://x","click")', n: 1 },
        { name: '+1', n: -2 },
        { name: '@SUM(A1)', n: 3 },
        { name: '\tTab', n: 4 },
        { name: 'Plain - with dash', n: 5 },
      ],
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csv).toContain(`"'+1","-2"`);
    // Numbers stay numbers.
    expect(rawCells(csv).filter((cell) => FORMULA.test(cell))).toEqual(['-2']);
    expect((await readCsv(csv)).rows.map((row) => row.name)).toEqual([
      '=HYPERLINK("http://x","click")',
      '+1',
      '@SUM(A1)',
      '\tTab',
      'Plain - with dash',
    ]);
  });

  it('any text reads back as it was written, and no text cell starts a formula', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .tuple(fc.constantFrom('', "'", "''", ' '), fc.constantFrom('=', '+', '-', '@', '\t', '\r'))
        .chain(([pre, start]) => fc.string().map((rest) => `${pre}${start}${rest}`)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), async (values) => {
        const csv = await writeCsv(
          ['value', 'row'],
          values.map((value, i) => ({ value, row: `r${i}` })),
        );
        expect((await readCsv(csv)).rows).toEqual(
          values.map((value, i) => ({ value, row: `r${i}` })),
        );
        for (const cell of rawCells(csv)) expect(cell).not.toMatch(FORMULA);
      }),
    );
  });
});
