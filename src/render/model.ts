// The tabular model every listing renderer takes: columns describe, rows carry the values.
import type { Tone } from './theme.js';

export interface Column {
  /** Row property to read; also the header in CSV and plain output. */
  key: string;
  /** Human header for table, stacked and Markdown output. */
  header: string;
  /** Relative share of the width when wrapped columns must be narrowed (default 1). */
  weight?: number;
  /** Narrowest content width (columns, padding excluded) a wrapped column may shrink to (default 10). */
  minWidth?: number;
  /** Widest content width the column may take, even when there is room. */
  maxWidth?: number;
  align?: 'left' | 'right';
  /** Never wrapped, e.g. ids and amounts: the column keeps its full content width. */
  noWrap?: boolean;
  /** Theme style for the values in terminal layouts (table, stacked, key/value). */
  tone?: Tone;
  /** Words to mark with the theme's match style in terminal layouts (search hits), case-insensitively. */
  highlight?: readonly string[];
}

/** string[] holds list fields (countries, partners). */
export type Cell = string | number | null | string[];
export type Row = Record<string, Cell>;

export interface RenderOptions {
  /** Terminal width in columns; output never exceeds it. */
  width: number;
  /** Whether to emit colour escape codes (through the theme). */
  color: boolean;
  /** Draw borders with + - | for terminals that cannot show box-drawing characters (TERM=dumb, a C locale). */
  ascii?: boolean;
}

/** Shown for a null (or missing) value in the human layouts: table, stacked, key/value, Markdown. */
export const NULL_DISPLAY = '—';

/**
 * The raw text of a cell: lists joined with `listSeparator`, numbers as written by
 * String(), null and missing values as `nullText`. No sanitizing here.
 */
export function cellText(cell: Cell | undefined, listSeparator: string, nullText: string): string {
  if (cell === null || cell === undefined) return nullText;
  if (Array.isArray(cell)) return cell.join(listSeparator);
  return String(cell);
}

/** `width` as a whole number of columns (at least 1); a non-finite width is a caller bug. */
export function columnsAvailable(width: number): number {
  if (!Number.isFinite(width)) throw new RangeError(`render width must be a finite number of columns, got ${width}`);
  return Math.max(1, Math.floor(width));
}
