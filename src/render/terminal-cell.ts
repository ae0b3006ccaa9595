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
export function toTerminalCell(cell: Cell | undefined, ascii = false): TerminalCell {
  if (cell === null || cell === undefined || (Array.isArray(cell) && cell.length === 0)) {
    return { text: ascii ? '-' : NULL_DISPLAY, placeholder: true };
  }
  const text = sanitize(cellText(cell, TERMINAL_LIST_SEPARATOR, ''));
  return { text: ascii ? toAscii(text) : text, placeholder: false };
}

/** Typographic characters a C-locale terminal cannot show, spelt in ASCII before layout. */
const ASCII_SPELLING: Record<string, string> = { '—': '-', '–': '-', '…': '...', '’': "'", '‘': "'", '“': '"', '”': '"', '¥': 'JPY ', '≈': '~', '·': '-' };

export function toAscii(text: string): string {
  return text.replace(/[—–…’‘“”¥≈·]/g, (c) => ASCII_SPELLING[c]);
}

/** Colours one already-wrapped line of a cell; colour is applied per line so no code spans a line break. */
export function styleLine(line: string, cell: TerminalCell, tone: Tone | undefined, theme: Theme, highlight?: readonly string[]): string {
  if (line === '') return line;
  if (cell.placeholder) return theme.muted(line);
  const styled = tone ? theme[tone] : (text: string) => text;
  if (!highlight?.length) return styled(line);
  return highlightLine(line, highlight, theme, styled);
}

/** Marks every case-insensitive occurrence of the needles in one line; the rest keeps its tone. */
function highlightLine(line: string, needles: readonly string[], theme: Theme, styled: (text: string) => string): string {
  const lower = line.toLowerCase();
  const spans: [number, number][] = [];
  for (const needle of needles) {
    const n = needle.toLowerCase();
    if (n.length < 2) continue;
    for (let i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + n.length)) spans.push([i, i + n.length]);
  }
  if (spans.length === 0) return styled(line);
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    if (start > at) out += styled(line.slice(at, start));
    out += theme.match(line.slice(start, end));
    at = end;
  }
  return out + (at < line.length ? styled(line.slice(at)) : '');
}
