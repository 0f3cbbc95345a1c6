/**
 * Every CSV the app writes and reads goes through here: RFC 4180 by papaparse (every field
 * quoted, CRLF, a byte order mark so spreadsheet programs read accents), with formula
 * starts neutralised.
 *
 * A cell that begins with =, +, -, @, tab or CR is run as a formula by spreadsheet
 * programs (OWASP "CSV injection"): playlist names of others, local-file tags and
 * descriptions are other people's text. Such a cell is written with a leading ' (shown
 * as text, not run). So that any text reads back as it was, a cell that already begins
 * with ' before one of those characters gets one more; reading takes one off.
 * Numbers are written as numbers.
 */

/** papaparse loads with the first CSV written or read: no page needs it before a click. */
const papaparse = () => import('papaparse').then((module) => module.default);

const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

export type CsvValue = string | number;

export async function writeCsv<Field extends string>(
  fields: readonly Field[],
  rows: readonly Record<Field, CsvValue>[],
): Promise<string> {
  const body = (await papaparse()).unparse(
    { fields: [...fields], data: rows.map((row) => fields.map((field) => row[field])) },
    { quotes: true, newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `\uFEFF${body}\r\n`;
}

/** A cell as written before escaping. */
const unescapeCell = (cell: string) => (ESCAPED.test(cell) ? cell.slice(1) : cell);

/** The header's fields and every non-blank row, cells unescaped. */
export async function readCsv(
  text: string,
): Promise<{ fields: string[]; rows: Record<string, string>[] }> {
  const parsed = (await papaparse()).parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transform: unescapeCell,
  });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}
