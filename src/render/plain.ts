// Tab-separated lines for grep, cut and awk: no borders, no colour, one record per line.
import { cellText, type Column, type Row } from './model.js';
import { sanitize } from './sanitize.js';

export const PLAIN_LIST_SEPARATOR = '; ';

/** Header line of column keys, then one line per row; tabs and newlines in values become spaces; null is empty. Ends with "\n". */
export function renderPlain(columns: readonly Column[], rows: readonly Row[]): string {
  const lines = [
    columns.map((column) => sanitize(column.key)),
    ...rows.map((row) => columns.map((column) => sanitize(cellText(row[column.key], PLAIN_LIST_SEPARATOR, '')))),
  ];
  return lines.map((fields) => fields.join('\t') + '\n').join('');
}
