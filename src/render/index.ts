// The render layer's front door: pick a format, get a string. Renderers never print.
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Column, RenderOptions, Row } from './model.js';
import { renderPlain } from './plain.js';
import { renderTable } from './table.js';

export type ListingFormat = 'table' | 'plain' | 'csv' | 'markdown';
export type OutputFormat = ListingFormat | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'plain', 'json', 'csv', 'markdown'];

export interface ListingRenderOptions extends RenderOptions {
  /** What 'json' prints: the command's own payload. Without it, 'json' prints the rows. */
  payload?: unknown;
}

/**
 * Renders a listing in `format`. Only 'table' uses `width` and `color`; the other formats are
 * for pipes and files and never contain colour. For 'json' pass the command's payload as
 * `opts.payload` (JSON keeps exact values and fields the columns leave out); without one the
 * rows themselves are printed.
 */
export function render(format: OutputFormat, columns: readonly Column[], rows: readonly Row[], opts: ListingRenderOptions): string {
  switch (format) {
    case 'table':
      return renderTable(columns, rows, opts);
    case 'plain':
      return renderPlain(columns, rows);
    case 'csv':
      return renderCsv(columns, rows);
    case 'markdown':
      return renderMarkdown(columns, rows);
    case 'json':
      return renderJson(opts.payload !== undefined ? opts.payload : rows);
  }
}

export { renderCsv, CSV_LIST_SEPARATOR } from './csv.js';
export { renderJson } from './json.js';
export { renderMarkdown, MARKDOWN_LIST_SEPARATOR } from './markdown.js';
export { cellText, NULL_DISPLAY, type Cell, type Column, type RenderOptions, type Row } from './model.js';
export { formatAmount, formatTotal, type Currency } from './money.js';
export { renderPlain, PLAIN_LIST_SEPARATOR } from './plain.js';
export { sanitize, sanitizeMultiline, truncateForDisplay } from './sanitize.js';
export { DEFAULT_MIN_WIDTH, renderKeyValue, renderStacked, renderTable, STACKED_BELOW, type KeyValuePair } from './table.js';
export { createTheme, loadColor, type ColorLevel, type Theme, type Tone } from './theme.js';
export { displayWidth, padToWidth, reflow, wrap } from './text.js';
export { stripAnsi } from './ansi.js';
