// GitHub-flavoured Markdown tables, for pasting into issues and documents.
import { cellText, NULL_DISPLAY, type Cell, type Column, type Row } from './model.js';
import { sanitizeMultiline } from './sanitize.js';

export const MARKDOWN_LIST_SEPARATOR = '; ';

function markdownText(text: string): string {
  return sanitizeMultiline(text)
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\n/g, '<br>');
}

function markdownCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return NULL_DISPLAY;
  return markdownText(cellText(cell, MARKDOWN_LIST_SEPARATOR, ''));
}

/**
 * A GFM table with the column headers (not keys) as its header row. Pipes are escaped as "\|",
 * line breaks become "<br>", lists are joined with "; ", null reads "—". Ends with "\n".
 */
export function renderMarkdown(columns: readonly Column[], rows: readonly Row[]): string {
  if (columns.length === 0) return '';
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |\n`;
  const header = line(columns.map((column) => markdownText(column.header)));
  const delimiter = line(columns.map((column) => (column.align === 'right' ? '---:' : '---')));
  return header + delimiter + rows.map((row) => line(columns.map((column) => markdownCell(row[column.key])))).join('');
}
