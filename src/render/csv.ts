// RFC 4180 CSV for spreadsheets and scripts.
import { cellText, type Cell, type Column, type Row } from './model.js';
import { sanitizeMultiline } from './sanitize.js';

export const CSV_LIST_SEPARATOR = '; ';
const CRLF = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;
// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
// ... but a plain signed number is data, not a formula, and stays as it is.
const SIGNED_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Text cells that a spreadsheet would evaluate get a leading apostrophe (OWASP's advice);
 * numbers and number-like strings are never changed, so amounts survive exactly.
 */
function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !SIGNED_NUMBER.test(text) ? `'${text}` : text;
}

function csvField(cell: Cell | undefined): string {
  let text: string;
  if (typeof cell === 'number') {
    text = String(cell);
  } else {
    // Control characters and escape sequences are removed (CSV often ends up on a terminal);
    // line breaks are kept and normalised to CRLF inside the quoted field.
    text = neutraliseFormula(sanitizeMultiline(cellText(cell, CSV_LIST_SEPARATOR, ''))).replace(/\n/g, CRLF);
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV with a header row of column keys, CRLF line endings (every record, the last one too),
 * lists joined with "; ", null as an empty field.
 */
export function renderCsv(columns: readonly Column[], rows: readonly Row[]): string {
  const records = [
    columns.map((column) => csvField(column.key)),
    ...rows.map((row) => columns.map((column) => csvField(row[column.key]))),
  ];
  return records.map((fields) => fields.join(',') + CRLF).join('');
}
