// Terminal escape sequences, recognised so they can be measured as zero width or removed.
// Covers 7-bit and 8-bit (C1) introducers: CSI (ESC [ / \x9b), string sequences
// OSC/DCS/SOS/PM/APC (ESC ] P X ^ _ / \x9d \x90 \x98 \x9e \x9f) up to BEL or ST, and the
// short two-or-more-byte escapes (ESC c, ESC ( B, ESC 7 ...).
const CSI = '(?:\\u001b\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]';
// The body excludes its own terminators, so an unterminated string sequence is not matched
// (its introducer is then removed as a control character and the rest is inert text).
const STRING_SEQUENCE =
  '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d\\u009e\\u009f])[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)';
const SHORT_ESCAPE = '\\u001b[\\u0020-\\u002f]*[\\u0030-\\u007e]';

/** Matches one escape sequence; global, so reset `lastIndex` or use it only with `replace`. */
export const ANSI_SEQUENCE = new RegExp(`${STRING_SEQUENCE}|${CSI}|${SHORT_ESCAPE}`, 'g');

/** Removes escape sequences but leaves any stray control characters in place. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI_SEQUENCE, '');
}
