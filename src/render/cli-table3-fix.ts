// Three changes to cli-table3 0.6.5's helpers, all keeping its results exactly:
//
// - It draws every line of a cell after cutting the cell's WHOLE text to 10 columns for a debug
//   message it then discards; for a multi-line cell that cut is quadratic in the text's length
//   (its truncateWidth drops one character at a time). Upstream fix: cli-table3 PR #362, not
//   released. Until it is, a cut asked of multi-line text starts from its first line, which gives
//   the same result for every caller (only the debug message ever passes several lines).
// - It measures each cell and each line of it three times (strlen, in truncate, pad), and each
//   measure builds a new escape-code pattern, strips, splits on newlines and measures every line
//   twice. Text with no escape code (all of it when colour is off) is measured once, directly.
// - It carries colour state across each cell's lines (colorizeLines) with a regular expression and
//   three object copies per line. Lines with no escape code have no state to carry: they come back
//   as they are, as they would from the full pass.
import utils from 'cli-table3/src/utils.js';
import { displayWidth } from './text.js';

/** cli-table3's own helpers, before applyCliTable3Fix() replaces them. */
export const original = { truncate: utils.truncate, strlen: utils.strlen, pad: utils.pad, colorizeLines: utils.colorizeLines };
/** What cli-table3's own strlen handles specially: escape codes and newlines. */
const SPECIAL = /[\u001b\n]/;
let applied = false;

export function applyCliTable3Fix(): void {
  if (applied) return;
  applied = true;
  // displayWidth gives the widest line of multi-line text, as strlen does.
  utils.strlen = (str: string) => {
    const text = String(str);
    return text.includes('\u001b') ? original.strlen(text) : displayWidth(text);
  };
  utils.truncate = (text: string, desiredLength: number, truncateChar?: string) => {
    if (typeof text === 'string' && !SPECIAL.test(text) && displayWidth(text) <= desiredLength) return text;
    const newline = typeof text === 'string' ? text.indexOf('\n') : -1;
    return original.truncate(newline >= 0 ? text.slice(0, newline) : text, desiredLength, truncateChar);
  };
  utils.pad = (text: string, length: number, fill: string, direction: string) => {
    if (typeof text !== 'string' || SPECIAL.test(text)) return original.pad(text, length, fill, direction);
    const width = displayWidth(text);
    if (length + 1 < width) return text;
    const padding = Math.max(0, length - width);
    if (direction === 'right') return fill.repeat(padding) + text;
    if (direction === 'center') return fill.repeat(padding - Math.ceil(padding / 2)) + text + fill.repeat(Math.ceil(padding / 2));
    return text + fill.repeat(padding);
  };
  utils.colorizeLines = (lines: string[]) =>
    lines.every((line) => typeof line === 'string' && !line.includes('\u001b')) ? lines.slice() : original.colorizeLines(lines);
}
