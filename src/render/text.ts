// Display width and wrapping for monospace terminals. Widths are in terminal columns:
// East Asian wide/fullwidth characters and emoji take 2, combining marks and format
// characters take 0, escape sequences take 0. Close to string-width, which cli-table3 uses.
import { stripAnsi } from './ansi.js';

// Creating an Intl.Segmenter costs 15-20 ms (ICU data), a third of a lookup's budget: it is made
// only for text whose code points may combine (marks, joiners, surrogate pairs, Hangul jamo).
// Any other text is split per code point, which gives the same clusters.
let segmenter: Intl.Segmenter | undefined;
/** Text of which every code unit is a character of its own, one column wide: printable ASCII,
 * Latin-1 but the soft hyphen, Latin Extended, IPA and spacing modifier letters, and General
 * Punctuation's dashes, quotes and bullets ("—", "’", "•"). The chapter's text is nearly all this;
 * a plain pattern is quick to build, where the Unicode-property ones below cost 0.35 ms. Exported
 * for its test. */
export const ONE_COLUMN_EACH = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e]*$/;
// Patterns of Unicode properties are built on first use: building the three cost every start
// about a millisecond, and output with no text beyond ASCII (JSON, --version) needs none of them.
let mayCombineCache: RegExp | undefined;
let zeroWidthCache: RegExp | undefined;
let emojiCache: RegExp | undefined;
const mayCombine = () => (mayCombineCache ??= /[\p{M}\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u{10000}-\u{10FFFF}\uD800-\uDFFF\u1160-\u11FF]/u);
const zeroWidth = () => (zeroWidthCache ??= /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\u1160-\u11ff]/u);
const emojiPresentation = () => (emojiCache ??= /\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f|\p{Regional_Indicator}{2}/u);

/** East Asian Width W and F ranges (Unicode 15), merged where adjacent. */
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3041, 0x33ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4], [0x17000, 0x18cff],
  [0x1aff0, 0x1b2ff], [0x1f200, 0x1f2ff], [0x20000, 0x3fffd],
];

function isWideCodePoint(code: number): boolean {
  if (code < 0x1100) return false;
  for (const [from, to] of WIDE_RANGES) {
    if (code < from) return false;
    if (code <= to) return true;
  }
  return false;
}

function graphemeWidth(cluster: string): number {
  // Most clusters are one Latin or punctuation character: no pattern needs to run for them.
  if (cluster.length === 1) {
    const code = cluster.charCodeAt(0);
    if (code >= 0x20 && code < 0x7f) return 1;
    if (code >= 0xa0 && code < 0x300 && code !== 0xad) return 1;
  }
  if (zeroWidth().test(cluster)) return 0;
  if (emojiPresentation().test(cluster)) return 2;
  return isWideCodePoint(cluster.codePointAt(0) ?? 0) ? 2 : 1;
}

/** User-perceived characters of `text`, lazily (an emoji ZWJ sequence or a letter with its accents is one). */
export function* graphemesOf(text: string): Generator<string> {
  if (ONE_COLUMN_EACH.test(text) || !mayCombine().test(text)) {
    yield* text;
    return;
  }
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const part of segmenter.segment(text)) yield part.segment;
}

/** Splits into user-perceived characters. */
export function splitGraphemes(text: string): string[] {
  if (ONE_COLUMN_EACH.test(text)) return text.split('');
  return Array.from(graphemesOf(text));
}

/** Terminal columns `text` occupies; for multi-line text, the widest line. */
export function displayWidth(text: string): number {
  if (ONE_COLUMN_EACH.test(text)) return text.length;
  const plain = stripAnsi(text);
  if (plain.includes('\n')) return Math.max(...plain.split('\n').map(displayWidth));
  let width = 0;
  if (!mayCombine().test(plain)) {
    // Every code unit is a cluster of its own (no surrogates, marks, format or control
    // characters but tab and CR), so from U+0020 to U+2319 (the first emoji shown wide) only
    // Hangul's leading jamo (U+1100-115F) are not one column: no generator, no slice, no
    // pattern for the rest.
    for (let i = 0; i < plain.length; i++) {
      const code = plain.charCodeAt(i);
      width += code >= 0x20 && code < 0x231a && (code < 0x1100 || code >= 0x1160) ? 1 : graphemeWidth(plain[i]);
    }
    return width;
  }
  for (const cluster of graphemesOf(plain)) width += graphemeWidth(cluster);
  return width;
}

/** Pads with spaces on the right (or left) to `width` columns; never truncates. */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Cuts `word` into pieces of at most `width` columns (a lone grapheme wider than `width` stays whole). */
function hardBreak(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const cluster of splitGraphemes(word)) {
    const clusterWidth = graphemeWidth(cluster);
    if (pieceWidth + clusterWidth > width && piece !== '') {
      // After a hyphen if the piece has one ("prog-cmac-" / "support"), else where it is full.
      const hyphen = piece.lastIndexOf('-');
      const cut = hyphen > 0 ? hyphen + 1 : piece.length;
      pieces.push(piece.slice(0, cut));
      piece = piece.slice(cut);
      pieceWidth = displayWidth(piece);
    }
    piece += cluster;
    pieceWidth += clusterWidth;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

// Break opportunities: any whitespace except the no-break spaces.
const BREAKABLE_SPACE = /[^\S\u00a0\u2007\u202f]+/;
const BREAKABLE_SPACES = new RegExp(BREAKABLE_SPACE.source, 'g');

function wrapLine(line: string, width: number, firstLineWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  const limit = (): number => (lines.length === 0 ? firstLineWidth : width);
  for (const word of line.split(BREAKABLE_SPACE)) {
    if (word === '') continue;
    const wordWidth = displayWidth(word);
    if (current !== '' && currentWidth + 1 + wordWidth <= limit()) {
      current += ' ' + word;
      currentWidth += 1 + wordWidth;
      continue;
    }
    if (current !== '') {
      lines.push(current);
      current = '';
      currentWidth = 0;
    } else if (lines.length === 0 && wordWidth > firstLineWidth && wordWidth <= width) {
      // A short first line (after a label) cannot take this word but the next line can:
      // leave the first line empty rather than split the word.
      lines.push('');
    }
    if (wordWidth <= limit()) {
      current = word;
      currentWidth = wordWidth;
      continue;
    }
    const pieces = hardBreak(word, limit());
    // Re-break the remainder at the full width when the first piece used a shorter first line.
    const last = pieces.length > 1 && limit() !== width ? hardBreak(pieces.slice(1).join(''), width) : pieces.slice(1);
    const all = [pieces[0], ...last];
    lines.push(...all.slice(0, -1));
    current = all[all.length - 1];
    currentWidth = displayWidth(current);
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}

/**
 * Word-wraps plain (uncoloured) text to `width` columns; words longer than a line are
 * hard-broken. Runs of spaces collapse to one; explicit newlines are kept as line breaks.
 * `firstLineWidth` lets the first line be shorter, e.g. after a "Label: " prefix.
 * Always returns at least one line ("" for empty input).
 */
export function wrap(text: string, width: number, firstLineWidth: number = width): string[] {
  const lineWidth = Math.max(1, Math.floor(width));
  const firstWidth = Math.max(1, Math.floor(firstLineWidth));
  const lines: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    lines.push(...wrapLine(line, lineWidth, index === 0 ? firstWidth : lineWidth));
  });
  return lines;
}

/**
 * Reflows a paragraph: all whitespace, newlines included, becomes single spaces, then the
 * text is wrapped so that each line including `indent` fits in `width`.
 * `indent` is a prefix string or a number of spaces. Returns the lines joined with "\n".
 */
export function reflow(paragraph: string, width: number, indent: string | number = 0): string {
  const prefix = typeof indent === 'number' ? ' '.repeat(Math.max(0, indent)) : indent;
  const flat = paragraph.replace(BREAKABLE_SPACES, ' ').trim();
  return wrap(flat, width - displayWidth(prefix))
    .map((line) => (line === '' ? '' : prefix + line))
    .join('\n');
}
