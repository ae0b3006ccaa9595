// Words of field texts for the word index, as tokens() (normalise.ts) finds them, but quickly: one
// pass over the characters instead of Unicode normalisation and nine regular-expression passes,
// and, for the index, straight to word numbers without making a string for every word seen.
// Text the fast pass cannot vouch for (letters outside ASCII) goes through tokens() itself.
import { tokens } from './normalise.js';

// FNV-1a over a word's lower-cased letters: how the Interner finds a word without slicing it out.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// Character classes; each says what fold() does with the character.
const OTHER = 0; // kept by fold, so a word boundary but not a space (apostrophes, & # % ...)
const WORD = 1; // a letter or digit: part of a word
const REMOVED = 2; // deleted by fold (straight and curly double quotes): words run through it
const BLANK = 3; // whitespace, or a dash fold turns into a space
const PUNCT = 4; // punctuation fold turns into a space after its dot rule has run
const DOT = 5; // deleted before a non-space ("U.N." -> "un"), otherwise a space
const SLOW = 6; // anything else: the text goes through fold() itself

// The ASCII classes, from lists of characters (regular expressions here cost start-up 0.3 ms).
const WORD_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BLANK_CHARS = '\t\n\v\f\r -_/';
const PUNCT_CHARS = ',;:!?()[]{}';
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = WORD_CHARS.includes(ch)
    ? WORD
    : ch === '"'
      ? REMOVED
      : BLANK_CHARS.includes(ch)
        ? BLANK
        : PUNCT_CHARS.includes(ch)
          ? PUNCT
          : ch === '.'
            ? DOT
            : OTHER;
}

/** Classes of non-ASCII characters as first met (class + 1; 0 for not yet). */
const WIDE_CLASS = new Uint8Array(0x10000);

function wideClass(c: number): number {
  const known = WIDE_CLASS[c];
  if (known > 0) return known - 1;
  const cls = classifyWide(c);
  WIDE_CLASS[c] = cls + 1;
  return cls;
}

/** What fold() does with a non-ASCII character, when it is simple enough to do here. */
function classifyWide(c: number): number {
  if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) return OTHER; // -> "'"
  if (c === 0x201c || c === 0x201d || c === 0x201e) return REMOVED;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return BLANK;
  if (c >= 0xd800 && c <= 0xdfff) return SLOW; // half of a surrogate pair
  // A symbol Unicode normalisation leaves alone and that is no letter, digit, mark or space
  // ("¥", "§", "•") only separates words; anything else (accented letters...) needs fold().
  const ch = String.fromCharCode(c);
  return ch.normalize('NFKD') === ch && !/[\p{L}\p{N}\p{M}\s]/u.test(ch) ? OTHER : SLOW;
}

function classOf(c: number): number {
  return c < 128 ? ASCII_CLASS[c] : wideClass(c);
}

/** fold() deletes a dot when the next character left after its quote removal is not a space. */
function dotVanishes(text: string, at: number): boolean {
  let j = at + 1;
  while (j < text.length && classOf(text.charCodeAt(j)) === REMOVED) j++;
  return j < text.length && classOf(text.charCodeAt(j)) !== BLANK;
}

/** Where the words of one text are: text.slice(start, end) less any deleted characters, lower-cased. */
export class WordSpans {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** The span holds nothing but the word's letters (no quote or dot deleted inside it). */
  plain = new Uint8Array(64);
  /** The word's length and hash (see Interner), taken while scanning. */
  lengths = new Int32Array(64);
  hashes = new Int32Array(64);
  count = 0;
  /** Words as Fuse counts them for its field norm: runs of anything but whitespace. */
  fuseWords = 0;

  push(start: number, end: number, plain: boolean, length: number, hash: number): void {
    if (this.count === this.starts.length) {
      const size = this.count * 2;
      const grow = (a: Int32Array) => {
        const next = new Int32Array(size);
        next.set(a);
        return next;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.lengths = grow(this.lengths);
      this.hashes = grow(this.hashes);
      const plainer = new Uint8Array(size);
      plainer.set(this.plain);
      this.plain = plainer;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.plain[this.count] = plain ? 1 : 0;
    this.lengths[this.count] = length;
    this.hashes[this.count] = hash;
    this.count++;
  }

  /** Drops the first word. */
  shift(): void {
    for (const a of [this.starts, this.ends, this.lengths, this.hashes]) a.copyWithin(0, 1, this.count);
    this.plain.copyWithin(0, 1, this.count);
    this.count--;
  }
}

/** Words as Fuse counts them for its field norm: runs of anything but whitespace. */
export function fuseWordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const separator = (c >= 9 && c <= 13) || c === 32 || c === 160;
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  return words;
}

/**
 * The words of text into spans, as tokens(text) would give them; false (spans unusable) when the
 * text holds a character only fold() itself can deal with.
 */
export function scanWords(text: string, spans: WordSpans): boolean {
  spans.count = 0;
  const n = text.length;
  let start = -1; // where the current word starts
  let end = -1; // just past its last letter
  let plain = true;
  let removedSince = false;
  let hash = FNV_OFFSET;
  let length = 0;
  let fuseWords = 0;
  let inFuseWord = false;
  // fold() drops a leading "the " (after trimming): so does this, from what it sees around the
  // first word: nothing but spaces and deleted characters before it, a space after it, and more.
  let cleanStart = true;
  let firstEndsInSpace = false;
  let moreAfterFirst = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let cls = classOf(c);
    if (cls === SLOW) return false;
    // Fuse's separators are whitespace (its 160, a no-break space, is SLOW here).
    const separator = c === 32 || (c >= 9 && c <= 13);
    if (!separator && !inFuseWord) fuseWords++;
    inFuseWord = !separator;
    if (cls === DOT) cls = dotVanishes(text, i) ? REMOVED : PUNCT;
    if (cls === WORD) {
      if (start < 0) {
        start = i;
        plain = true;
        hash = FNV_OFFSET;
        length = 0;
        if (spans.count > 0) moreAfterFirst = true;
      } else if (removedSince) {
        plain = false;
      }
      removedSince = false;
      end = i + 1;
      hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
      length++;
    } else if (cls === REMOVED) {
      if (start >= 0) removedSince = true;
    } else {
      if (start >= 0) {
        if (spans.count === 0) firstEndsInSpace = cls === BLANK || cls === PUNCT;
        spans.push(start, end, plain, length, hash);
        start = -1;
      }
      if (cls === OTHER) {
        if (spans.count === 0) cleanStart = false;
        else moreAfterFirst = true;
      }
    }
  }
  if (start >= 0) spans.push(start, end, plain, length, hash);
  spans.fuseWords = fuseWords;
  if (cleanStart && firstEndsInSpace && moreAfterFirst && spanText(text, spans, 0) === 'the') spans.shift();
  return true;
}

/** The word at spans[k], lower-cased, deleted characters left out. */
export function spanText(text: string, spans: WordSpans, k: number): string {
  const start = spans.starts[k];
  const end = spans.ends[k];
  if (spans.plain[k]) return text.slice(start, end).toLowerCase();
  let word = '';
  for (let i = start; i < end; i++) if (classOf(text.charCodeAt(i)) === WORD) word += text[i];
  return word.toLowerCase();
}

const scratch = new WordSpans();

/** The words of one field value, exactly as tokens() gives them. */
export function fieldTokens(text: string): string[] {
  if (!scanWords(text, scratch)) return tokens(text);
  const out: string[] = new Array<string>(scratch.count);
  for (let k = 0; k < scratch.count; k++) out[k] = spanText(text, scratch, k);
  return out;
}

// ---- numbering words ----

/** Distinct words numbered in first-seen order; looked up from a span of text without slicing it. */
export class Interner {
  readonly words: string[] = [];
  private hashes: Int32Array = new Int32Array(1024);
  /** Open addressing: word id + 1 per bucket, 0 for empty; kept under half full. */
  private table: Int32Array = new Int32Array(1 << 12);

  /** What restore() needs to rebuild this interner without hashing a word. */
  snapshot(): { words: string[]; hashes: Int32Array; table: Int32Array } {
    return { words: this.words, hashes: this.hashes.slice(0, this.words.length), table: this.table };
  }

  /** An interner as snapshot() saved it, for lookups only: its arrays may be views of a file. */
  static restore(saved: { words: string[]; hashes: Int32Array; table: Int32Array }): Interner {
    const interner = new Interner();
    (interner as { words: string[] }).words = saved.words;
    interner.hashes = saved.hashes;
    interner.table = saved.table;
    interner.frozen = true;
    return interner;
  }

  private frozen = false;

  /** The id of the word at spans[k] of text, numbering it if new. */
  spanId(text: string, spans: WordSpans, k: number): number {
    const start = spans.starts[k];
    const end = spans.ends[k];
    const plain = spans.plain[k] === 1;
    const h = spans.hashes[k];
    const length = spans.lengths[k];
    const mask = this.table.length - 1;
    for (let b = h & mask; ; b = (b + 1) & mask) {
      const id = this.table[b] - 1;
      if (id < 0) return this.add(spanText(text, spans, k), h, b);
      if (this.hashes[id] !== h) continue;
      const word = this.words[id];
      if (word.length !== length) continue;
      let same = true;
      for (let i = start, j = 0; i < end && same; i++) {
        let c = text.charCodeAt(i);
        if (!plain && ASCII_CLASS[c] !== WORD) continue;
        if (c >= 65 && c <= 90) c += 32;
        same = c === word.charCodeAt(j++);
      }
      if (same) return id;
    }
  }

  /** The id of a word (as tokens() gives it), numbering it if new when add is true; else -1. */
  wordId(word: string, add: boolean): number {
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    const mask = this.table.length - 1;
    for (let b = h & mask; ; b = (b + 1) & mask) {
      const id = this.table[b] - 1;
      if (id < 0) return add ? this.add(word, h, b) : -1;
      if (this.hashes[id] === h && this.words[id] === word) return id;
    }
  }

  private add(word: string, h: number, bucket: number): number {
    if (this.frozen) throw new Error('a restored Interner takes no new words');
    const id = this.words.length;
    this.words.push(word);
    if (id === this.hashes.length) {
      const next = new Int32Array(id * 2);
      next.set(this.hashes);
      this.hashes = next;
    }
    this.hashes[id] = h;
    this.table[bucket] = id + 1;
    if (this.words.length * 2 > this.table.length) {
      // Grow at half full: re-insert every word by its hash.
      this.table = new Int32Array(this.table.length * 2);
      const mask = this.table.length - 1;
      for (let w = 0; w < this.words.length; w++) {
        let b = this.hashes[w] & mask;
        while (this.table[b] !== 0) b = (b + 1) & mask;
        this.table[b] = w + 1;
      }
    }
    return id;
  }
}
