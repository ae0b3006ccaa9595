// The word index behind RecordIndex's prefilter: every distinct word of the searched fields, the
// field values ("slots", as Fuse scores them: one per string, one per list element) that hold it,
// and the adjacent word pairs run together ("land mines" -> "landmines"), built in one pass over
// the records. A query word is looked up as itself, as a word start, inside a longer word, within
// a few letter changes of a word or of a pair; the slots found say which records are candidates
// and how Fuse is likely to score them.
import { boundedEditDistance, maxEdits, MIN_FUZZY_WORD } from './edit-distance.js';
import { tokens } from './normalise.js';
import { Interner, scanWords, WordSpans } from './word-scanner.js';

/** A query word this long also counts as exact when it starts a word ("landmine" in "landmines"),
 * and is looked for inside longer words; shorter ones ("un", "mod") start too many. */
export const MIN_PREFIX_WORD = 4;

/** Fuse's field-length norm: 1/words^(weight/2) over whitespace-separated words, to three decimals. */
export function fuseNorm(text: string, weight = 1): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const separator = (c >= 9 && c <= 13) || c === 32 || c === 160;
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  return Math.round(1000 / Math.pow(Math.max(1, words), 0.5 * weight)) / 1000;
}

/** Layout of WordIndex.slotData / slotWeights: entries per slot, and where each field is. */
export const SLOT_STRIDE = 4;
export const SLOT_RECORD = 0;
export const SLOT_TEXT = 1;
export const SLOT_WEIGHT = 2;

// ---- growable typed arrays and a pair table ----

class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

class FloatList {
  data = new Float32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Float32Array {
    return this.data.slice(0, this.length);
  }
}

/** Distinct (left word, right word) pairs, numbered in first-seen order; open addressing on ids. */
class PairTable {
  private keys = new Int32Array(1 << 12).fill(-1); // left, right per bucket
  private values = new Int32Array(1 << 11);
  readonly left = new IntList();
  readonly right = new IntList();

  add(a: number, b: number): void {
    let mask = this.values.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    for (;;) {
      const k = this.keys[2 * h];
      if (k === -1) break;
      if (k === a && this.keys[2 * h + 1] === b) return;
      h = (h + 1) & mask;
    }
    this.keys[2 * h] = a;
    this.keys[2 * h + 1] = b;
    this.values[h] = this.left.length;
    this.left.push(a);
    this.right.push(b);
    if (this.left.length * 2 > this.values.length) {
      // Grow at half full: re-insert every pair.
      this.keys = new Int32Array(this.keys.length * 2).fill(-1);
      this.values = new Int32Array(this.values.length * 2);
      mask = this.values.length - 1;
      for (let p = 0; p < this.left.length; p++) {
        const x = this.left.data[p];
        const y = this.right.data[p];
        let g = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & mask;
        while (this.keys[2 * g] !== -1) g = (g + 1) & mask;
        this.keys[2 * g] = x;
        this.keys[2 * g + 1] = y;
        this.values[g] = p;
      }
    }
  }
}

/** The growing lists of one index build; add() takes one field text (a slot) at a time. */
class Builder {
  readonly interner = new Interner();
  private readonly spans = new WordSpans();
  private found = new Int32Array(256); // the word ids of one text, in order
  private readonly lastSlot = new IntList(); // per word: the last slot it was posted for
  readonly slotWords = new IntList(); // per slot, in order: its distinct word ids
  readonly slotEnd = new IntList();
  readonly slotRecord = new IntList();
  readonly slotWeight = new FloatList();
  readonly slotText = new IntList();
  readonly recordSlots = new IntList();
  private readonly shortIds = new Map<string, number>();
  readonly shortTexts: string[] = [];
  private readonly shortNorm = new FloatList();
  private readonly shortWords = new IntList(); // per short text: its distinct word ids
  private readonly shortWordStart = new IntList();
  readonly pairs = new PairTable();

  constructor(private readonly source: SlotSource) {
    this.shortWordStart.push(0);
  }

  add(record: number, keyWeight: number, text: string): void {
    const slot = this.slotRecord.length;
    this.slotRecord.push(record);
    const isShort = text.length <= this.source.shortText;
    let short = isShort ? (this.shortIds.get(text) ?? -1) : -1;
    if (short >= 0) {
      // Names, themes and titles recur from record to record: their words are known.
      for (let i = this.shortWordStart.data[short]; i < this.shortWordStart.data[short + 1]; i++) this.slotWords.push(this.shortWords.data[i]);
      this.slotWeight.push(keyWeight * this.shortNorm.data[short]);
    } else {
      const first = this.slotWords.length;
      this.words(text, slot);
      const norm = this.source.norm(text);
      this.slotWeight.push(keyWeight * norm);
      if (isShort) {
        short = this.shortTexts.length;
        this.shortIds.set(text, short);
        this.shortTexts.push(this.source.fuseText(text));
        this.shortNorm.push(norm);
        for (let i = first; i < this.slotWords.length; i++) this.shortWords.push(this.slotWords.data[i]);
        this.shortWordStart.push(this.shortWords.length);
      }
    }
    this.slotText.push(short);
    this.slotEnd.push(this.slotWords.length);
  }

  /** The distinct words of a text onto slotWords, and its adjacent pairs into the pair table. */
  private words(text: string, slot: number): void {
    let count: number;
    if (scanWords(text, this.spans)) {
      count = this.spans.count;
      if (count > this.found.length) this.found = new Int32Array(2 * count);
      for (let w = 0; w < count; w++) this.found[w] = this.interner.spanId(text, this.spans, w);
    } else {
      const words = tokens(text);
      count = words.length;
      if (count > this.found.length) this.found = new Int32Array(2 * count);
      for (let w = 0; w < count; w++) this.found[w] = this.interner.wordId(words[w], true);
    }
    while (this.lastSlot.length < this.interner.words.length) this.lastSlot.push(-1);
    const found = this.found;
    const lastSlot = this.lastSlot.data;
    for (let w = 0; w < count; w++) {
      const id = found[w];
      if (lastSlot[id] !== slot) {
        lastSlot[id] = slot;
        this.slotWords.push(id);
      }
      if (w > 0) this.pairs.add(found[w - 1], id);
    }
  }
}

// ---- the index ----

/** How one vocabulary word (or pair) relates to a query word, and the slots that hold it. */
export interface Expansion {
  /** Slot numbers, ascending. */
  slots: Int32Array;
  /** Letters Fuse would likely count wrong in matching the query word against it: 0 for the word,
   * a word it starts or one it is inside (Fuse finds those as substrings), the edit distance for a
   * near word, one more for a pair (the space between). */
  edits: number;
  /** It counts as the query word itself (equal, or a word it starts): the exact-word rule. */
  exact: boolean;
  /** What it is, for explanations: "landmines (word start)". */
  label: string;
}

export interface SlotSource {
  /** Records to index. */
  count: number;
  /** A text at most this long is kept (as Fuse holds it: see fuseText) to be scored exactly. */
  shortText: number;
  /** A field text as Fuse searches it (lower-cased unless case-sensitive). */
  fuseText: (text: string) => string;
  /** Weight of each key as Fuse normalises it (the key's weight over the sum). */
  keyWeights: number[];
  /** Fuse's share of a field's length in its score: the norm of a text (1 when Fuse ignores it). */
  norm: (text: string) => number;
  /** The texts Fuse scores for one key of one record (a string, or one per list element) into
   * out, from its start; how many. */
  texts: (record: number, key: number, out: string[]) => number;
}

export class WordIndex {
  /** Distinct words, by id. */
  readonly words: string[];
  private readonly interner: Interner;
  /** Slots of word w: postings.subarray(postingStart[w], postingStart[w + 1]). */
  private readonly postingStart: Int32Array;
  private readonly postings: Int32Array;
  /**
   * Per slot, side by side (SLOT_STRIDE entries: a query reads them together, so one memory
   * fetch serves all): its record; its text's number among the distinct short texts, or -1 for
   * a long text; and, in slotWeights (the same memory), its share of a record's score (key
   * weight x field norm): Fuse multiplies a record's field scores, each raised to this power.
   */
  readonly slotData: Int32Array;
  readonly slotWeights: Float32Array;
  /** The slots of record r: recordSlots[r] up to recordSlots[r + 1]. */
  readonly recordSlots: Int32Array;
  /** Distinct short field texts, as Fuse searches them. */
  readonly shortTexts: string[];
  /** Word ids sorted by spelling, for word starts. */
  private readonly alphabetical: Int32Array;
  /** Word ids by length: byLength.subarray(lengthStart[n], lengthStart[n + 1]) have n letters. */
  private readonly lengthStart: Int32Array;
  private readonly byLength: Int32Array;
  /** Adjacent pairs: left and right word ids, their joined spelling, sorted and by length too. */
  private readonly pairLeft: Int32Array;
  private readonly pairRight: Int32Array;
  private readonly pairJoined: string[];
  private readonly pairsAlphabetical: Int32Array;
  private readonly pairLengthStart: Int32Array;
  private readonly pairsByLength: Int32Array;
  /** Letters each word and pair holds (see letterMask): most fuzzy comparisons end on these. */
  private readonly wordLetters: Int32Array;
  private readonly pairLetters: Int32Array;

  constructor(source: SlotSource) {
    const b = new Builder(source);
    const texts: string[] = [];
    for (let r = 0; r < source.count; r++) {
      b.recordSlots.push(b.slotRecord.length);
      for (let k = 0; k < source.keyWeights.length; k++) {
        const n = source.texts(r, k, texts);
        for (let t = 0; t < n; t++) b.add(r, source.keyWeights[k], texts[t]);
      }
    }
    b.recordSlots.push(b.slotRecord.length);
    const { interner, slotWords, slotEnd, pairs } = b;
    const words = interner.words;
    this.words = words;
    this.interner = interner;
    const slotCount = b.slotRecord.length;
    const packed = new ArrayBuffer(slotCount * SLOT_STRIDE * 4);
    this.slotData = new Int32Array(packed);
    this.slotWeights = new Float32Array(packed);
    for (let i = 0; i < slotCount; i++) {
      this.slotData[i * SLOT_STRIDE + SLOT_RECORD] = b.slotRecord.data[i];
      this.slotData[i * SLOT_STRIDE + SLOT_TEXT] = b.slotText.data[i];
      this.slotWeights[i * SLOT_STRIDE + SLOT_WEIGHT] = b.slotWeight.data[i];
    }
    this.recordSlots = b.recordSlots.done();
    this.shortTexts = b.shortTexts;

    // Invert slot -> words into word -> slots; slots come in order, so each list is ascending.
    const count = new Int32Array(words.length + 1);
    for (let i = 0; i < slotWords.length; i++) count[slotWords.data[i] + 1]++;
    for (let w = 0; w < words.length; w++) count[w + 1] += count[w];
    this.postingStart = count.slice();
    const fill = count; // reused as the next free place of each word
    const postings = new Int32Array(slotWords.length);
    let from = 0;
    for (let s = 0; s < slotEnd.length; s++) {
      const to = slotEnd.data[s];
      for (let i = from; i < to; i++) postings[fill[slotWords.data[i]]++] = s;
      from = to;
    }
    this.postings = postings;

    const order = (list: string[]) => {
      const sorted = Int32Array.from(list.keys());
      return sorted.sort((a, b) => (list[a] < list[b] ? -1 : list[a] > list[b] ? 1 : a - b));
    };
    const lengths = (list: string[]): [Int32Array, Int32Array] => {
      const longest = list.reduce((m, w) => Math.max(m, w.length), 0);
      const start = new Int32Array(longest + 2);
      for (const w of list) start[w.length + 1]++;
      for (let n = 0; n <= longest; n++) start[n + 1] += start[n];
      const next = start.slice();
      const grouped = new Int32Array(list.length);
      list.forEach((w, i) => (grouped[next[w.length]++] = i));
      return [start, grouped];
    };
    this.alphabetical = order(words);
    [this.lengthStart, this.byLength] = lengths(words);
    this.pairLeft = pairs.left.done();
    this.pairRight = pairs.right.done();
    this.pairJoined = Array.from(this.pairLeft, (a, p) => words[a] + words[this.pairRight[p]]);
    this.pairsAlphabetical = order(this.pairJoined);
    [this.pairLengthStart, this.pairsByLength] = lengths(this.pairJoined);
    this.wordLetters = Int32Array.from(words, letterMask);
    this.pairLetters = Int32Array.from(this.pairJoined, letterMask);
  }

  get pairCount(): number {
    return this.pairJoined.length;
  }

  get slotCount(): number {
    return this.slotData.length / SLOT_STRIDE;
  }

  wordId(word: string): number {
    return this.interner.wordId(word, false);
  }

  slotsOf(word: number): Int32Array {
    return this.postings.subarray(this.postingStart[word], this.postingStart[word + 1]);
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
      out.push({ slots: this.slotsOf(id), edits: 0, exact, label: `${this.words[id]} (${how})` });
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
          near.push({ slots: this.slotsOf(id), edits: d, exact: false, label: `${this.words[id]} (${changes(d)})` });
        }
      }
    }
    // Pairs whose words do not already match on their own ("a landmine" adds nothing to "landmine").
    const pairs = new Map<number, number>();
    const spans = (p: number) => !taken.has(this.pairLeft[p]) && !taken.has(this.pairRight[p]);
    for (let n = lo; n <= Math.min(this.pairLengthStart.length - 2, query.length + edits); n++) {
      for (let i = this.pairLengthStart[n]; i < this.pairLengthStart[n + 1]; i++) {
        const p = this.pairsByLength[i];
        if (!mayBeNear(letters, this.pairLetters[p], edits) || !spans(p)) continue;
        const d = boundedEditDistance(query, this.pairJoined[p], edits);
        if (d <= edits) pairs.set(p, d);
      }
    }
    if (query.length >= MIN_PREFIX_WORD) {
      const [pf, pl] = this.startsWith(this.pairJoined, this.pairsAlphabetical, query);
      for (let i = pf; i < pl; i++) {
        const p = this.pairsAlphabetical[i];
        if (this.words[this.pairLeft[p]].length < query.length && spans(p) && !pairs.has(p)) pairs.set(p, 0);
      }
    }
    for (const [p, d] of pairs) {
      const a = this.pairLeft[p];
      const b = this.pairRight[p];
      const slots = intersect(this.slotsOf(a), this.slotsOf(b));
      if (slots.length === 0) continue;
      const how = d > 0 ? `run together, ${changes(d)}` : 'run together';
      near.push({ slots, edits: d + 1, exact: false, label: `${this.words[a]} ${this.words[b]} (${how})` });
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
export function letterMask(word: string): number {
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

/** Slots in both ascending lists: where both words of a pair occur (adjacent or not: Fuse checks). */
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
