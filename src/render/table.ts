// Bordered tables that fit the terminal. Column widths are computed here from the content
// (cli-table3 would otherwise size columns to the longest cell and overflow), cells are
// wrapped here (cli-table3 truncates words longer than a column), and cli-table3 draws.
import Table from 'cli-table3';
import { applyCliTable3Fix } from './cli-table3-fix.js';
import { columnsAvailable, type Column, type RenderOptions, type Row } from './model.js';
import { sanitize } from './sanitize.js';
import { renderStacked } from './stacked.js';
import { styleLine, toTerminalCell, type TerminalCell } from './terminal-cell.js';
import { createTheme, type Theme } from './theme.js';
import { displayWidth, wrap } from './text.js';

export { renderKeyValue, renderStacked, type KeyValuePair } from './stacked.js';

/** Terminals narrower than this get the stacked layout. */
export const STACKED_BELOW = 60;
/** Content width a wrapped column may shrink to when the column sets no minWidth. */
export const DEFAULT_MIN_WIDTH = 10;
const PADDING = 1;

interface ColumnSize {
  /** Content width (padding excluded) with nothing wrapped. */
  natural: number;
  /** Content width below which the column may not shrink. */
  min: number;
  weight: number;
}

function longestWord(text: string): number {
  return Math.max(0, ...text.split(' ').map(displayWidth));
}

function measureColumn(column: Column, header: string, cells: readonly TerminalCell[]): ColumnSize {
  // reduce, not Math.max(...spread): a listing may have more rows than a call has arguments.
  const contentWidth = cells.reduce((widest, cell) => Math.max(widest, displayWidth(cell.text)), 0);
  const weight = column.weight !== undefined && column.weight > 0 ? column.weight : 1;
  const natural = Math.max(1, contentWidth, displayWidth(header));
  if (column.noWrap) {
    // Values stay whole; only the header may wrap onto more lines.
    return { natural, min: Math.max(1, contentWidth, longestWord(header)), weight };
  }
  const capped = column.maxWidth !== undefined ? Math.max(1, Math.min(natural, column.maxWidth)) : natural;
  const min = Math.max(1, Math.min(capped, column.minWidth ?? DEFAULT_MIN_WIDTH));
  return { natural: capped, min, weight };
}

/**
 * Shares `available` content columns out by weight ("water filling"): a column whose share is
 * below its minimum gets the minimum, one whose share exceeds its natural width gets the
 * natural width, and the rest split what is left. Requires sum(min) <= available.
 */
function distributeWidths(sizes: readonly ColumnSize[], available: number): number[] {
  const widths = sizes.map(() => 0);
  let active = sizes.map((_, index) => index);
  let remaining = available;
  while (active.length > 0) {
    const totalWeight = active.reduce((sum, index) => sum + sizes[index].weight, 0);
    const share = (index: number): number => (remaining * sizes[index].weight) / totalWeight;
    // Minimums first: giving them out can only lower the others' shares, never break a minimum.
    const atMin = active.filter((index) => sizes[index].min >= share(index));
    const atNatural = atMin.length > 0 ? [] : active.filter((index) => sizes[index].natural <= share(index));
    const settled = atMin.length > 0 ? atMin : atNatural;
    if (settled.length === 0) {
      const shares = active.map((index) => ({ index, exact: share(index) }));
      for (const { index, exact } of shares) widths[index] = Math.floor(exact);
      let leftover = remaining - shares.reduce((sum, { index }) => sum + widths[index], 0);
      shares.sort((a, b) => (b.exact % 1) - (a.exact % 1));
      for (const { index } of shares) {
        if (leftover <= 0) break;
        widths[index] += 1;
        leftover -= 1;
      }
      break;
    }
    for (const index of settled) {
      widths[index] = atMin.length > 0 ? sizes[index].min : sizes[index].natural;
      remaining -= widths[index];
    }
    active = active.filter((index) => !settled.includes(index));
  }
  return widths;
}

/** Content widths for each column, or null when the table cannot fit in `width`. */
function fitColumns(sizes: readonly ColumnSize[], width: number): number[] | null {
  const borders = sizes.length + 1;
  const available = width - borders - sizes.length * PADDING * 2;
  const sum = (pick: (size: ColumnSize) => number): number => sizes.reduce((total, size) => total + pick(size), 0);
  if (sum((size) => size.min) > available) return null;
  if (sum((size) => size.natural) <= available) return sizes.map((size) => size.natural);
  return distributeWidths(sizes, available);
}

/** cli-table3's own border characters, the ones a record's top border is drawn with. */
const DEFAULT_CHARS: Record<'top' | 'top-left' | 'top-mid' | 'top-right' | 'mid' | 'left-mid' | 'mid-mid' | 'right-mid', string> = {
  top: '─', 'top-left': '┌', 'top-mid': '┬', 'top-right': '┐', mid: '─', 'left-mid': '├', 'mid-mid': '┼', 'right-mid': '┤',
};

/** Borders any terminal can show, for TERM=dumb and non-UTF-8 locales. */
const ASCII_CHARS: Partial<Record<Table.CharName, string>> = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
};

function styledLines(cell: TerminalCell, width: number, style: (line: string) => string): string[] {
  return wrap(cell.text, width).map(style);
}

/**
 * A bordered table no wider than `opts.width`, with a header row. Falls back to the stacked
 * layout below STACKED_BELOW columns or when the columns' minimum widths cannot fit.
 * Missing values read "—" (muted); lists are comma-joined. Ends with "\n".
 */
export function renderTable(columns: readonly Column[], rows: readonly Row[], opts: RenderOptions): string {
  if (columns.length === 0) return '';
  const width = columnsAvailable(opts.width);
  if (width < STACKED_BELOW) return renderStacked(columns, rows, opts);

  const headers = columns.map((column) => sanitize(column.header));
  const cells = rows.map((row) => columns.map((column) => toTerminalCell(row[column.key], opts.ascii)));
  const sizes = columns.map((column, col) => measureColumn(column, headers[col], cells.map((rowCells) => rowCells[col])));
  const widths = fitColumns(sizes, width);
  if (widths === null) return renderStacked(columns, rows, opts);

  const theme = createTheme(opts.color);
  const options: Table.TableConstructorOptions = {
    ...(opts.ascii ? { chars: ASCII_CHARS } : {}),
    colWidths: widths.map((width) => width + PADDING * 2),
    colAligns: columns.map((column) => column.align ?? 'left'),
    // Lines arrive already wrapped to fit: cli-table3 only splits them at the newlines.
    wordWrap: false,
    // cli-table3 colours headers and borders by default through @colors/colors, which ignores
    // NO_COLOR and our --color choice; all colour comes from the theme instead.
    style: { head: [], border: [], compact: false, 'padding-left': PADDING, 'padding-right': PADDING },
  };
  // The header is pushed as an ordinary record (not cli-table3's `head`) so it can wrap the same way.
  const records = [
    headers.map((header, col) => styledLines({ text: header, placeholder: false }, widths[col], theme.heading)),
    ...cells.map((rowCells) => rowCells.map((cell, col) => styledLines(cell, widths[col], (line) => styleLine(line, cell, columns[col].tone, theme, columns[col].highlight)))),
  ];
  return drawRecords(records, options);
}

/**
 * Draws each record as its own small cli-table3 table and joins them, the bottom border of one and
 * the top of the next becoming one row separator. cli-table3 checks every new cell against every
 * row before it (for row spans), which is quadratic in the rows of one table. Each record is one
 * row of multi-line cells (with cli-table3's multi-line cut fixed, see cli-table3-fix.ts): one cell
 * object per wrapped line cost the 55-record funding listing 40 ms of option merging.
 */
function drawRecords(records: readonly (readonly string[])[][], options: Table.TableConstructorOptions): string {
  const chars = { ...DEFAULT_CHARS, ...options.chars };
  const toSeparator = (top: string) =>
    [...top]
      .map((c) => (c === chars['top-left'] ? chars['left-mid'] : c === chars['top-right'] ? chars['right-mid'] : c === chars['top-mid'] ? chars['mid-mid'] : c === chars.top ? chars.mid : c))
      .join('');
  applyCliTable3Fix();
  const out: string[] = [];
  records.forEach((record, index) => {
    const table = new Table(options);
    table.push(record.map((lines) => lines.join('\n')));
    const lines = table.toString().split('\n');
    out.push(index === 0 ? lines[0] : toSeparator(lines[0]), ...lines.slice(1, -1));
    if (index === records.length - 1) out.push(lines[lines.length - 1]);
  });
  return out.join('\n') + '\n';
}
