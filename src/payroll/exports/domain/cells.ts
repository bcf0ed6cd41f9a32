import { formatCents } from '../../../common/money/money.js';

/**
 * Cells of exported files (CSV and XLSX), made safe for spreadsheets.
 *
 * Formula injection (OWASP "CSV injection"): a spreadsheet treats a cell starting with
 * `=`, `+`, `-` or `@` as a formula, and TAB / CR can smuggle one past a naive check. Every
 * *text* cell (names, descriptions, IBANs, references) that starts with one of these gets a
 * leading apostrophe, which spreadsheets show as text and do not evaluate. Numeric cells
 * (amounts, counts, rates) are never altered: "-5.00" stays a number; they are checked to be
 * plain decimal numbers instead, so nothing else can pass as one.
 */
export const UTF8_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting: quote when the cell holds a comma, quote, CR or LF; double inner quotes. */
export function csvQuote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export type CsvCell = { readonly kind: 'text'; readonly value: string | null } | { readonly kind: 'number'; readonly value: string | null };

/** A text cell: neutralised, then quoted as needed; null is an empty cell. */
export const text = (value: string | null): CsvCell => ({ kind: 'text', value });

/** A numeric cell: a plain decimal number written as is ("2.40", "-5.00", "1234"); null is empty. */
export const num = (value: string | number | bigint | null): CsvCell => ({ kind: 'number', value: value === null ? null : String(value) });

function renderCell(c: CsvCell): string {
  if (c.value === null) return '';
  if (c.kind === 'text') return csvQuote(neutraliseFormula(c.value));
  if (!PLAIN_NUMBER.test(c.value)) throw new RangeError(`not a plain decimal number: ${JSON.stringify(c.value)}`);
  return c.value;
}

/** One CSV record, CRLF-terminated. */
export function csvRecord(cells: readonly CsvCell[]): string {
  return cells.map(renderCell).join(',') + CSV_EOL;
}

/** A header record: column names are ours, plain text. */
export function csvHeader(names: readonly string[]): string {
  return csvRecord(names.map(text));
}

/**
 * Cents as a spreadsheet number: the decimal string "1234.50" parsed once, so the cell holds
 * the double nearest to the exact amount (no float arithmetic on the way). Amounts up to
 * 2^53 cents are displayed exactly with two decimals.
 */
export function centsToNumber(cents: bigint): number {
  return Number(formatCents(cents));
}

/** A text value for a spreadsheet cell: neutralised, and empty for null. */
export function sheetText(value: string | null | undefined): string {
  return value === null || value === undefined ? '' : neutraliseFormula(value);
}
