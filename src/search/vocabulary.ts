// The word index behind RecordIndex's prefilter, built in one pass over the records: every
// distinct word of the searched fields and the adjacent word pairs run together ("land mines" ->
// "landmines"); which field values hold each. A field value is what Fuse scores on its own (a
// string, or one element of a list). Short ones (names, titles, themes) recur from record to
// record, so they are kept once each, as texts, with the records that hold them; long ones
// (summaries) as "long slots", one per record and field. A query word is looked up as itself, as
// a word start, inside a longer word, within a few letter changes of a word or of a pair; what
// holds those says which records are candidates and how Fuse is likely to score them.
import { boundedEditDistance, maxEdits, MIN_FUZZY_WORD } from './edit-distance.js';
import { tokens } from './normalise.js';
import { fuseWordCount, Interner, scanWords, WordSpans } from './word-scanner.js';

/** A query word this long also counts as exact when it starts a word ("landmine" in "landmines"),
 * and is looked for inside longer words; shorter ones ("un", "mod") start too many. */
export const MIN_PREFIX_WORD = 4;

/** Fuse's field-length norm for a text of this many words (fuseWordCount): 1/words^(weight/2),
 * to three decimals. */
export function fuseNorm(words: number, weight = 1): number {
  return Math.round(1000 / Math.pow(Math.max(1, words), 0.5 * weight)) / 1000;
}

// ---- growable typed arrays and a pair table ----

/** A typed array that grows as values are pushed; done() gives the values pushed, trimmed. */
class GrowableList<A extends Int32Array | Float32Array> {
  length = 0;
  data: A;
  constructor(private readonly make: (size: number) => A) {
    this.data = make(1024);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): A {
    return this.data.slice(0, this.length) as A;
  }
}

class IntList extends GrowableList<Int32Array> {
  constructor() {
    super((size) => new Int32Array(size));
  }
}

class FloatList extends GrowableList<Float32Array> {
  constructor() {
    super((size) => new Float32Array(size));
  }
}

/** Distinct (left word, right word) pairs, numbered in first-seen order; open addressing on ids. */
class PairTable {
  private keys = new Int32Array(1 << 12).fill(-1); // left, right per bucket
  readonly left = new IntList();
  readonly right = new IntList();

  add(a: number, b: number): void {
    let mask = (this.keys.length >> 1) - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    for (;;) {
      const k = this.keys[2 * h];
      if (k === -1) break;
      if (k === a && this.keys[2 * h + 1] === b) return;
      h = (h + 1) & mask;
    }
    this.keys[2 * h] = a;
    this.keys[2 * h + 1] = b;
    this.left.push(a);
    this.right.push(b);
    if (this.left.length * 4 > this.keys.length) {
      // Grow at half full: re-insert every pair.
      this.keys = new Int32Array(this.keys.length * 2).fill(-1);
      mask = (this.keys.length >> 1) - 1;
      for (let p = 0; p < this.left.length; p++) {
        const x = this.left.data[p];
        const y = this.right.data[p];
        let g = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & mask;
        while (this.keys[2 * g] !== -1) g = (g + 1) & mask;
        this.keys[2 * g] = x;
        this.keys[2 * g + 1] = y;
      }
    }
  }
}

/** Adjacent pairs as fuzzy lookups need them: joined spelling, ids by length
 * (byLength.subarray(lengthStart[n], lengthStart[n + 1]) have n letters), letters held. */
interface PairLookup {
  joined: string[];
  lengthStart: Int32Array;
  byLength: Int32Array;
  letters: Int32Array;
}

/** Ids of list grouped by the length of their entry, and where each length starts. */
function byLength(list: string[]): [Int32Array, Int32Array] {
  const longest = list.reduce((m, w) => Math.max(m, w.length), 0);
  const start = new Int32Array(longest + 2);
  for (const w of list) start[w.length + 1]++;
  for (let n = 0; n <= longest; n++) start[n + 1] += start[n];
  const next = start.slice();
  const grouped = new Int32Array(list.length);
  list.forEach((w, i) => (grouped[next[w.length]++] = i));
  return [start, grouped];
}

/** A compressed row list: row i is data[start[i]] up to data[start[i + 1]]. */
export interface Rows {
  start: Int32Array;
  data: Int32Array;
}

/** Inverts rows of ids (each row's ids distinct) into, per id, the ascending rows holding it. */
function invert(rows: Rows, ids: number): Rows {
  const start = new Int32Array(ids + 1);
  const rowCount = rows.start.length - 1;
  for (let i = 0; i < rows.start[rowCount]; i++) start[rows.data[i] + 1]++;
  for (let w = 0; w < ids; w++) start[w + 1] += start[w];
  const next = start.slice(0, ids);
  const data = new Int32Array(start[ids]);
  for (let row = 0; row < rowCount; row++) {
    for (let i = rows.start[row]; i < rows.start[row + 1]; i++) data[next[rows.data[i]]++] = row;
  }
  return { start, data };
}

function rowsOf(start: IntList, data: IntList): Rows {
  return { start: start.done(), data: data.done() };
}

/** The growing lists of one index build; add() takes one field value at a time. */
class Builder {
  readonly interner = new Interner();
  private readonly spans = new WordSpans();
  private found = new Int32Array(256); // the word ids of one text, in order
  private readonly lastSeen = new IntList(); // per word: the text it was last counted for
  private seenTick = 0;
  readonly pairs = new PairTable();
  // Short texts: each once, with its distinct words and norm.
  private readonly shortIds = new Map<string, number>();
  readonly shortTexts: string[] = [];
  readonly shortNorm = new FloatList();
  readonly shortWordStart = new IntList();
  readonly shortWords = new IntList();
  // Per record, its short field values: which text, and its weight (key weight x norm).
  readonly recordShortStart = new IntList();
  readonly recordShortText = new IntList();
  readonly recordShortWeight = new FloatList();
  // Long slots, in record order: record, weight, distinct words.
  readonly recordLongStart = new IntList();
  readonly longRecord = new IntList();
  readonly longWeight = new FloatList();
  readonly longWordStart = new IntList();
  readonly longWords = new IntList();

  constructor(private readonly source: FieldSource) {
    this.shortWordStart.push(0);
    this.longWordStart.push(0);
  }

  startRecord(): void {
    this.recordShortStart.push(this.recordShortText.length);
    this.recordLongStart.push(this.longRecord.length);
  }

  finish(): void {
    this.startRecord();
  }

  add(record: number, keyWeight: number, text: string): void {
    if (text.length <= this.source.shortText) {
      let id = this.shortIds.get(text);
      if (id === undefined) {
        id = this.shortTexts.length;
        this.shortIds.set(text, id);
        this.shortTexts.push(this.source.fuseText(text));
        this.shortNorm.push(this.source.norm(this.words(text, this.shortWords)));
        this.shortWordStart.push(this.shortWords.length);
      }
      this.recordShortText.push(id);
      this.recordShortWeight.push(keyWeight * this.shortNorm.data[id]);
    } else {
      this.longRecord.push(record);
      this.longWeight.push(keyWeight * this.source.norm(this.words(text, this.longWords)));
      this.longWordStart.push(this.longWords.length);
    }
  }

  /** The distinct words of a text onto out, and its adjacent pairs into the pair table; how many
   * words Fuse counts in it. */
  private words(text: string, out: IntList): number {
    let count: number;
    let fuseWords: number;
    if (scanWords(text, this.spans)) {
      fuseWords = this.spans.fuseWords;
      count = this.spans.count;
      if (count > this.found.length) this.found = new Int32Array(2 * count);
      for (let w = 0; w < count; w++) this.found[w] = this.interner.spanId(text, this.spans, w);
    } else {
      fuseWords = fuseWordCount(text);
      const words = tokens(text);
      count = words.length;
      if (count > this.found.length) this.found = new Int32Array(2 * count);
      for (let w = 0; w < count; w++) this.found[w] = this.interner.wordId(words[w], true);
    }
    while (this.lastSeen.length < this.interner.words.length) this.lastSeen.push(0);
    const tick = ++this.seenTick;
    const found = this.found;
    const lastSeen = this.lastSeen.data;
    for (let w = 0; w < count; w++) {
      const id = found[w];
      if (lastSeen[id] !== tick) {
        lastSeen[id] = tick;
        out.push(id);
      }
      if (w > 0) this.pairs.add(found[w - 1], id);
    }
    return fuseWords;
  }
}

// ---- the index ----

/** How one vocabulary word (or pair) relates to a query word, and what holds it. */
export interface Expansion {
  /** Short texts holding it, ascending. */
  texts: Int32Array;
  /** Long slots holding it, ascending. */
  longs: Int32Array;
  /** Letters Fuse would likely count wrong in matching the query word against it: 0 for the word,
   * a word it starts or one it is inside (Fuse finds those as substrings), the edit distance for a
   * near word or pair (at least 1 for a pair: the space between, which Bitap can also take as
   * one of the changes: "landmien" is 2 from "land mines" to Fuse, as from "landmines"). */
  edits: number;
  /** It counts as the query word itself (equal, or a word it starts): the exact-word rule. */
  exact: boolean;
  /** What it is, for explanations: "landmines (word start)". */
  label: string;
}

export interface FieldSource {
  /** Records to index. */
  count: number;
  /** A text at most this long is a short text (kept once, as Fuse holds it: see fuseText). */
  shortText: number;
  /** A field text as Fuse searches it (lower-cased unless case-sensitive). */
  fuseText: (text: string) => string;
  /** Weight of each key as Fuse normalises it (the key's weight over the sum). */
  keyWeights: number[];
  /** Fuse's share of a field's length in its score: the norm of a text of this many words (as
   * fuseWordCount counts them; 1 when Fuse ignores length). */
  norm: (words: number) => number;
  /** The texts Fuse scores for one key of one record (a string, or one per list element) into
   * out, from its start; how many. */
  texts: (record: number, key: number, out: string[]) => number;
}

/** Everything a WordIndex holds, as plain strings and typed arrays: what the build saves to
 * dist/search-index.bin (index-file.ts) so that a lookup reads the index instead of making it. */
export interface WordIndexData {
  words: string[];
  shortTexts: string[];
  ints: Record<(typeof INT_ARRAYS)[number], Int32Array>;
  floats: Record<(typeof FLOAT_ARRAYS)[number], Float32Array>;
}

export const INT_ARRAYS = [
  'internerHashes', 'internerTable', 'textRecordsStart', 'textRecordsData', 'recordShortsStart', 'recordShortsData',
  'longRecord', 'recordLongStart', 'wordTextsStart', 'wordTextsData', 'wordLongsStart', 'wordLongsData',
  'alphabetical', 'lengthStart', 'byLength', 'wordLetters', 'pairLeft', 'pairRight',
] as const;
export const FLOAT_ARRAYS = ['recordShortWeight', 'longWeight'] as const;

/** Indexes the field values of source's records: the work of WordIndex.build. */
function buildData(source: FieldSource): WordIndexData {
  const b = new Builder(source);
  const texts: string[] = [];
  for (let r = 0; r < source.count; r++) {
    b.startRecord();
    for (let k = 0; k < source.keyWeights.length; k++) {
      const n = source.texts(r, k, texts);
      for (let t = 0; t < n; t++) b.add(r, source.keyWeights[k], texts[t]);
    }
  }
  b.finish();
  const words = b.interner.words;
  const recordShorts = rowsOf(b.recordShortStart, b.recordShortText);
  const wordTexts = invert(rowsOf(b.shortWordStart, b.shortWords), words.length);
  const wordLongs = invert(rowsOf(b.longWordStart, b.longWords), words.length);
  // Per text, the records holding it (once each, ascending): the inverse of recordShorts.
  const distinct = new IntList();
  const distinctStart = new IntList();
  const seen = new Int32Array(b.shortTexts.length).fill(-1);
  for (let r = 0; r < source.count; r++) {
    distinctStart.push(distinct.length);
    for (let i = recordShorts.start[r]; i < recordShorts.start[r + 1]; i++) {
      const t = recordShorts.data[i];
      if (seen[t] !== r) {
        seen[t] = r;
        distinct.push(t);
      }
    }
  }
  distinctStart.push(distinct.length);
  const textRecords = invert(rowsOf(distinctStart, distinct), b.shortTexts.length);
  // Native string sort (by UTF-16 code units, as < compares), then back to ids: words are distinct.
  const alphabetical = Int32Array.from([...words].sort(), (w) => b.interner.wordId(w, false));
  const [lengthStart, grouped] = byLength(words);
  const interner = b.interner.snapshot();
  return {
    words,
    shortTexts: b.shortTexts,
    ints: {
      internerHashes: interner.hashes,
      internerTable: interner.table,
      textRecordsStart: textRecords.start,
      textRecordsData: textRecords.data,
      recordShortsStart: recordShorts.start,
      recordShortsData: recordShorts.data,
      longRecord: b.longRecord.done(),
      recordLongStart: b.recordLongStart.done(),
      wordTextsStart: wordTexts.start,
      wordTextsData: wordTexts.data,
      wordLongsStart: wordLongs.start,
      wordLongsData: wordLongs.data,
      alphabetical,
      lengthStart,
      byLength: grouped,
      wordLetters: Int32Array.from(words, letterMask),
      pairLeft: b.pairs.left.done(),
      pairRight: b.pairs.right.done(),
    },
    floats: { recordShortWeight: b.recordShortWeight.done(), longWeight: b.longWeight.done() },
  };
}

export class WordIndex {
  /** Distinct words, by id. */
  readonly words: string[];
  private readonly interner: Interner;
  /** Distinct short field texts, as Fuse searches them; per text, the records holding it. */
  readonly shortTexts: string[];
  readonly textRecords: Rows;
  /** Per record, its short field values: text and weight (key weight x field norm: Fuse
   * multiplies a record's field scores, each raised to this power). */
  readonly recordShorts: Rows;
  readonly recordShortWeight: Float32Array;
  /** Long slots: record and weight of each; per record, its long slots (a range). */
  readonly longRecord: Int32Array;
  readonly longWeight: Float32Array;
  readonly recordLongStart: Int32Array;
  /** Per word: the short texts and the long slots holding it. */
  private readonly wordTexts: Rows;
  private readonly wordLongs: Rows;
  /** Word ids sorted by spelling, for word starts. */
  private readonly alphabetical: Int32Array;
  /** Word ids by length: byLength.subarray(lengthStart[n], lengthStart[n + 1]) have n letters. */
  private readonly lengthStart: Int32Array;
  private readonly byLength: Int32Array;
  /** Letters each word holds (see letterMask): most fuzzy comparisons end on these. */
  private readonly wordLetters: Int32Array;
  /** Adjacent pairs: left and right word ids; how to look them up, made on first need. */
  private readonly pairLeft: Int32Array;
  private readonly pairRight: Int32Array;
  private pairLookup?: PairLookup;

  /** Indexes the records of source. */
  static build(source: FieldSource): WordIndex {
    return new WordIndex(buildData(source));
  }

  /** An index from its data, as build() made it or as read back from the index file. */
  constructor(readonly data: WordIndexData) {
    const { ints, floats } = data;
    this.words = data.words;
    this.interner = Interner.restore({ words: data.words, hashes: ints.internerHashes, table: ints.internerTable });
    this.shortTexts = data.shortTexts;
    this.textRecords = { start: ints.textRecordsStart, data: ints.textRecordsData };
    this.recordShorts = { start: ints.recordShortsStart, data: ints.recordShortsData };
    this.recordShortWeight = floats.recordShortWeight;
    this.longRecord = ints.longRecord;
    this.longWeight = floats.longWeight;
    this.recordLongStart = ints.recordLongStart;
    this.wordTexts = { start: ints.wordTextsStart, data: ints.wordTextsData };
    this.wordLongs = { start: ints.wordLongsStart, data: ints.wordLongsData };
    this.alphabetical = ints.alphabetical;
    this.lengthStart = ints.lengthStart;
    this.byLength = ints.byLength;
    this.wordLetters = ints.wordLetters;
    this.pairLeft = ints.pairLeft;
    this.pairRight = ints.pairRight;
  }

  /** The pairs' joined spellings by length, with their letters: only fuzzy lookups need them, so
   * a query for a word as it is (and a command-line run of one) never pays for them. */
  private pairs(): PairLookup {
    if (this.pairLookup) return this.pairLookup;
    const joined = Array.from(this.pairLeft, (a, p) => this.words[a] + this.words[this.pairRight[p]]);
    const [lengthStart, grouped] = byLength(joined);
    this.pairLookup = { joined, lengthStart, byLength: grouped, letters: Int32Array.from(joined, letterMask) };
    return this.pairLookup;
  }

  get pairCount(): number {
    return this.pairLeft.length;
  }

  get longCount(): number {
    return this.longRecord.length;
  }

  wordId(word: string): number {
    return this.interner.wordId(word, false);
  }

  private textsOf(word: number): Int32Array {
    return this.wordTexts.data.subarray(this.wordTexts.start[word], this.wordTexts.start[word + 1]);
  }

  private longsOf(word: number): Int32Array {
    return this.wordLongs.data.subarray(this.wordLongs.start[word], this.wordLongs.start[word + 1]);
  }

  /** How many records an expansion reaches, counting a record once per field value: its cost. */
  reach(e: Expansion): number {
    let n = e.longs.length;
    for (const t of e.texts) n += this.textRecords.start[t + 1] - this.textRecords.start[t];
    return n;
  }

  /**
   * Everything in the vocabulary a query word may mean, best first: the word itself; words it
   * starts and words it is inside (MIN_PREFIX_WORD letters or more; Fuse scores both as exact
   * substrings, only the first counts for the exact-word rule); words within maxEdits changes;
   * and two adjacent words that run together into something within maxEdits of it, or that it
   * starts and runs past the first of (a match across the space, as Fuse's Bitap finds one).
   * With fuzzy false, only the first three (Fuse finds them all as exact substrings).
   */
  expand(query: string, fuzzy = true): Expansion[] {
    const out: Expansion[] = [];
    const taken = new Set<number>();
    const word = (id: number, exact: boolean, how: string) => {
      taken.add(id);
      out.push({ texts: this.textsOf(id), longs: this.longsOf(id), edits: 0, exact, label: `${this.words[id]} (${how})` });
    };
    const [first, last] = this.startsWith(this.words, this.alphabetical, query);
    for (let i = first; i < last; i++) {
      const id = this.alphabetical[i];
      if (this.words[id] === query) word(id, true, 'the word');
      else if (query.length >= MIN_PREFIX_WORD) word(id, true, 'word start');
      else if (query.length < MIN_FUZZY_WORD) word(id, false, 'word start'); // Fuse's substring match: no fuzzy lookup at this length
    }
    const letters = letterMask(query);
    if (query.length >= MIN_PREFIX_WORD) {
      for (let n = query.length + 1; n + 1 < this.lengthStart.length; n++) {
        for (let i = this.lengthStart[n]; i < this.lengthStart[n + 1]; i++) {
          const id = this.byLength[i];
          if ((letters & ~this.wordLetters[id]) === 0 && !taken.has(id) && this.words[id].includes(query)) word(id, false, 'inside a word');
        }
      }
    }
    const edits = maxEdits(query.length);
    if (edits === 0 || !fuzzy) return out;
    const near: Expansion[] = [];
    const changes = (d: number) => `${d} change${d > 1 ? 's' : ''}`;
    const lo = Math.max(1, query.length - edits);
    for (let n = lo; n <= Math.min(this.lengthStart.length - 2, query.length + edits); n++) {
      for (let i = this.lengthStart[n]; i < this.lengthStart[n + 1]; i++) {
        const id = this.byLength[i];
        if (!mayBeNear(letters, this.wordLetters[id], edits) || taken.has(id)) continue;
        const d = boundedEditDistance(query, this.words[id], edits);
        if (d > 0 && d <= edits) {
          taken.add(id);
          near.push({ texts: this.textsOf(id), longs: this.longsOf(id), edits: d, exact: false, label: `${this.words[id]} (${changes(d)})` });
        }
      }
    }
    // Pairs whose words do not already match on their own ("a landmine" adds nothing to "landmine").
    const lookup = this.pairs();
    const pairs = new Map<number, number>();
    const spans = (p: number) => !taken.has(this.pairLeft[p]) && !taken.has(this.pairRight[p]);
    for (let n = lo; n <= Math.min(lookup.lengthStart.length - 2, query.length + edits); n++) {
      for (let i = lookup.lengthStart[n]; i < lookup.lengthStart[n + 1]; i++) {
        const p = lookup.byLength[i];
        if (!mayBeNear(letters, lookup.letters[p], edits) || !spans(p)) continue;
        const d = boundedEditDistance(query, lookup.joined[p], edits);
        if (d <= edits) pairs.set(p, d);
      }
    }
    if (query.length >= MIN_PREFIX_WORD) {
      // Pairs the query starts, running past the first word ("peacebuild" in "peace building").
      for (let n = query.length + 1; n + 1 < lookup.lengthStart.length; n++) {
        for (let i = lookup.lengthStart[n]; i < lookup.lengthStart[n + 1]; i++) {
          const p = lookup.byLength[i];
          if ((letters & ~lookup.letters[p]) !== 0 || pairs.has(p) || !lookup.joined[p].startsWith(query)) continue;
          if (this.words[this.pairLeft[p]].length < query.length && spans(p)) pairs.set(p, 0);
        }
      }
    }
    for (const [p, d] of pairs) {
      const a = this.pairLeft[p];
      const b = this.pairRight[p];
      // Field values holding both words (adjacent or not: Fuse checks).
      const texts = intersect(this.textsOf(a), this.textsOf(b));
      const longs = intersect(this.longsOf(a), this.longsOf(b));
      if (texts.length === 0 && longs.length === 0) continue;
      const how = d > 0 ? `run together, ${changes(d)}` : 'run together';
      near.push({ texts, longs, edits: Math.max(1, d), exact: false, label: `${this.words[a]} ${this.words[b]} (${how})` });
    }
    near.sort((x, y) => x.edits - y.edits);
    return out.concat(near);
  }

  /** The range of `sorted` (ids into list, by spelling) whose entries start with prefix. */
  private startsWith(list: string[], sorted: Int32Array, prefix: string): [number, number] {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[sorted[mid]] < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < sorted.length && list[sorted[end]].startsWith(prefix)) end++;
    return [lo, end];
  }
}

/**
 * The letters a word holds, one bit each (a-z; digits share one bit, anything else another): a
 * letter of one word missing from the other costs at least one change, so two words whose sets
 * differ by more letters than the changes allowed are never within them.
 */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    mask |= c >= 97 && c <= 122 ? 1 << (c - 97) : c >= 48 && c <= 57 ? 1 << 26 : 1 << 27;
  }
  return mask;
}

function mayBeNear(a: number, b: number, edits: number): boolean {
  return bitCount(a & ~b) <= edits && bitCount(b & ~a) <= edits;
}

function bitCount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** The ids in both ascending lists. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const out = new Int32Array(small.length);
  let n = 0;
  let at = 0;
  for (let i = 0; i < small.length && at < large.length; i++) {
    const v = small[i];
    // Gallop from where the last one was found, then bisect: cheap when one list is much longer.
    let step = 1;
    let hi = at;
    while (hi < large.length && large[hi] < v) {
      at = hi + 1;
      hi += step;
      step *= 2;
    }
    hi = Math.min(hi, large.length);
    while (at < hi) {
      const mid = (at + hi) >>> 1;
      if (large[mid] < v) at = mid + 1;
      else hi = mid;
    }
    if (at < large.length && large[at] === v) out[n++] = v;
  }
  return out.subarray(0, n);
}
