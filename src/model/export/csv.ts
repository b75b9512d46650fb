/**
 * RFC 4180 CSV: CRLF line ends; a field holding a comma, quote, CR or LF is quoted, with quotes doubled. Text
 * that a spreadsheet would run as a formula gets a leading apostrophe: text starting with = + - @, tab or CR, also
 * after leading white space or line breaks (spreadsheets trim those before deciding, ` =1+1` and `\n=1+1` too).
 */

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
