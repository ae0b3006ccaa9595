// Makes untrusted text safe to show on a terminal: data and echoed user input must not be
// able to move the cursor, retitle the window, write hyperlinks or reorder text on screen.
import { ANSI_SEQUENCE } from './ansi.js';
import { displayWidth, graphemesOf } from './text.js';

// Line and tab characters that become a space (one-line) or a newline (multi-line).
const LINE_BREAK = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
const TAB = /\t/g;
// Every C0 and C1 control and DEL (the multi-line form spares \n). Run after line breaks
// and tabs are converted.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides and isolates (the "Trojan Source" set) and the bidi marks
// LRM, RLM and ALM. ZWJ and ZWNJ are kept: emoji sequences and several scripts need them.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

function removeUnsafe(text: string, controls: RegExp): string {
  return text.replace(controls, '').replace(BIDI_CONTROL, '');
}

/** One-line safe text: escape sequences, controls and bidi controls removed; newlines and tabs become spaces. */
export function sanitize(text: string): string {
  return removeUnsafe(text.replace(ANSI_SEQUENCE, '').replace(LINE_BREAK, ' ').replace(TAB, ' '), CONTROL);
}

/** Like `sanitize` but keeps line breaks, normalised to "\n" (tabs still become spaces). */
export function sanitizeMultiline(text: string): string {
  return removeUnsafe(text.replace(ANSI_SEQUENCE, '').replace(LINE_BREAK, '\n').replace(TAB, ' '), CONTROL_EXCEPT_NEWLINE);
}

/**
 * Shortens text to at most `max` terminal columns, ending with "…" when cut.
 * Cuts between user-perceived characters, never inside an emoji or a surrogate pair.
 * Expects already-sanitized text.
 */
export function truncateForDisplay(text: string, max: number): string {
  const limit = Math.floor(max);
  if (limit <= 0) return '';
  // Walk only as far as needed, so a megabyte-long string costs no more than a short one.
  let width = 0;
  let cutAt = 0; // length of the prefix that leaves room for the ellipsis
  let consumed = 0;
  for (const cluster of graphemesOf(text)) {
    width += displayWidth(cluster);
    if (width > limit) return text.slice(0, cutAt) + '…';
    consumed += cluster.length;
    if (width <= limit - 1) cutAt = consumed;
  }
  return text;
}
