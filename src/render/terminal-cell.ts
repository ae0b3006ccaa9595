// How one cell reads on a terminal (table, stacked and key/value layouts): sanitized,
// lists comma-joined, missing values shown as a muted placeholder.
import { cellText, NULL_DISPLAY, type Cell } from './model.js';
import { sanitize } from './sanitize.js';
import type { Theme, Tone } from './theme.js';

export interface TerminalCell {
  /** One-line, sanitized text, before wrapping and colouring. */
  text: string;
  /** True when `text` is the placeholder for a missing value rather than data. */
  placeholder: boolean;
}

export const TERMINAL_LIST_SEPARATOR = ', ';

/** null, a missing key and an empty list all read as the placeholder. */
export function toTerminalCell(cell: Cell | undefined): TerminalCell {
  if (cell === null || cell === undefined || (Array.isArray(cell) && cell.length === 0)) {
    return { text: NULL_DISPLAY, placeholder: true };
  }
  return { text: sanitize(cellText(cell, TERMINAL_LIST_SEPARATOR, '')), placeholder: false };
}

/** Colours one already-wrapped line of a cell; colour is applied per line so no code spans a line break. */
export function styleLine(line: string, cell: TerminalCell, tone: Tone | undefined, theme: Theme): string {
  if (line === '') return line;
  if (cell.placeholder) return theme.muted(line);
  return tone ? theme[tone](line) : line;
}
