// cli-table3 0.6.5 draws every line of a cell after cutting the cell's WHOLE text to 10 columns for
// a debug message it then discards; for a multi-line cell that cut is quadratic in the text's
// length (its truncateWidth drops one character at a time). Upstream fix: cli-table3 PR #362, not
// released. Until it is, a cut asked of multi-line text starts from its first line, which gives
// the same result for every caller (only the debug message ever passes several lines).
import utils from 'cli-table3/src/utils.js';

const original = utils.truncate;
let applied = false;

export function applyCliTable3Fix(): void {
  if (applied) return;
  applied = true;
  utils.truncate = (text: string, desiredLength: number, truncateChar?: string) => {
    const newline = typeof text === 'string' ? text.indexOf('\n') : -1;
    return original(newline >= 0 ? text.slice(0, newline) : text, desiredLength, truncateChar);
  };
}
