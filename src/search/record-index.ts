// Fuzzy search over records: a word index finds the records that hold every query word (exactly,
// as a word start, or a few letters off) and estimates how Fuse.js would score each; Fuse then
// scores only the best of them, so a query costs about the same at 300 records as at 300,000.
import type { IFuseOptions } from 'fuse.js';
import Fuse from './fuse.js';
import { bitapOptions, FieldScorer, FUSE_DEFAULTS } from './fuse-score.js';
import { fieldTokens } from './word-scanner.js';
import { fuseNorm, WordIndex, type Expansion, type WordIndexData } from './vocabulary.js';

export { MIN_PREFIX_WORD } from './vocabulary.js';

export interface SearchKey {
  name: string;
  weight: number;
}

export interface Hit<T> {
  item: T;
  /** Fuse's score: 0 is a perfect match, 1 no match. */
  score: number;
  /** Fuse did not score this hit (FUSE_BUDGET better candidates came first): the score is the
   * word index's estimate of Fuse's, never better than the hit before it. */
  estimated?: boolean;
}

/** The steps of a prefiltered search (see prefiltered): the records holding every query word
 * exactly, every word exactly or fuzzily, any word. */
export const STEPS = ['complete', 'all', 'any'] as const;
export type Step = (typeof STEPS)[number];

/** What the prefilter did for one query, for the benchmark's explanations. */
export interface SearchPlan {
  /** The step that answered (the last one tried when none did). */
  step: Step;
  /** Records holding every query word (exactly or fuzzily), ascending. */
  candidates: number[];
  /** The same records in the order Fuse is offered them: most exact words, then best estimate. */
  ranked: number[];
  /** The estimate of Fuse's score, per record of `ranked`. */
  estimates: number[];
  /** How many of `ranked` Fuse scores (the rest are returned unchecked, in that order, when
   * their estimate is below 1). */
  scored: number;
}

/**
 * Records above which search() narrows by the word index before Fuse. Zero: at every size. A
 * full scan costs ~40 µs a record per query, so even the bundled 140 programs (300 in the
 * benchmark) take 10-18 ms, over the 5 ms target; the index takes 1-3 ms there, and returns
 * what a full scan does unless Fuse matches a query word inside text the index has no word for.
 */
export const PREFILTER_ABOVE: number = 0;

/**
 * The most candidates Fuse scores per query, best estimate first. Fuse takes 40-150 µs a record
 * (more for the records that match best, and for longer queries) and is 85% of a query's time,
 * so this is 2-6 ms; the estimate is Fuse's own score for short fields, so the records a full
 * scan ranks in its top ten come within the first forty by estimate (the furthest the benchmark
 * has seen is #31, at 3,000 records; it checks every run). 50 cost the 300-record queries 25%
 * more for no difference in any top ten.
 */
export const FUSE_BUDGET = 40;

/** The version of the word index's data (vocabulary.ts): raise it when what it holds, or how, changes. */
export const WORD_INDEX_LAYOUT = 1;

/** Fields up to this many characters (titles, names, themes) get Fuse's own score in the
 * estimate, memoised per distinct text; longer ones (summaries) are estimated from the words
 * they hold. A long field's norm makes its weight small, and scoring it costs what Fuse does. */
export const SHORT_FIELD = 120;

/** Bits of the sort key for the estimate; the 4 above it rank by exact words (up to 15). */
const SCORE_BITS = 28;

/** The span of ln(estimate) the sort key resolves: below e^-128 (records with dozens of exact
 * fields), estimates sort as equal, by record number. */
const LOG_SCORE_RANGE = 128;

/** The radix sort's digit: 4 passes of 8 bits over the 32-bit key. */
const RADIX_BITS = 8;
const RADIX = 2 ** RADIX_BITS;

/** Fuse multiplies in EPSILON, not 0, for a field that is exactly the query. */
const LN_PERFECT = Math.log(Number.EPSILON);

// Layout of the per-record scratch (REC_STRIDE entries each, read together): the query that last
// touched the record, how many query words it has matched so far, how many it holds exactly,
// and the query word last counted exact.
const REC_STRIDE = 4;
const REC_SEEN = 0;
const REC_MATCHED = 1;
const REC_EXACT = 2;
const REC_EXACT_SEEN = 3;
// Per long slot: the query and the query word that last credited it, and the letters of the
// query its words account for.
const LONG_STRIDE = 3;
const LONG_QUERY = 0;
const LONG_WORD = 1;
const LONG_FOUND = 2;

interface Scratch {
  records: Int32Array;
  /** Per record: its estimated ln(score). */
  logScore: Float64Array;
  longs: Int32Array;
  /** Per distinct short text, side by side: the query its score is for, and ln of that score (0:
   * no match). Side by side, one memory access finds both: the estimate visits ten texts per
   * candidate, and at 300,000 records its loop, mostly these lookups, was a quarter of a query. */
  textScores: Float64Array;
  /** The candidates collect() has found so far (the first count of list; list is reused, grown
   * when a query needs more, as are the sort's buffers: a large query allocated 2 MB a time). */
  list: Int32Array;
  count: number;
  sortKeys: Uint32Array;
  sortKeys2: Uint32Array;
  sortValues: Int32Array;
}

/** buffer if it holds n, else a new one of at least n (twice its size, to grow seldom). */
function atLeast<A extends Int32Array | Uint32Array>(buffer: A, n: number, make: (length: number) => A): A {
  return buffer.length >= n ? buffer : make(Math.max(n, 2 * buffer.length));
}

/** Records by position: an array, or a list that makes each one when first asked for (a search on
 * a saved word index reaches only its candidates; see lazyRecords). */
export interface RecordList<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** A list of `length` records, each made by make(index) on first use and kept. */
export function lazyRecords<T>(length: number, make: (index: number) => T): RecordList<T> {
  const made: (T | undefined)[] = new Array(length);
  return { length, at: (i) => (Number.isInteger(i) && i >= 0 && i < length ? (made[i] ??= make(i)) : undefined) };
}

export class RecordIndex<T extends object> {
  private fullFuse?: Fuse<T>;
  private words?: WordIndex;
  private scratch?: Scratch;
  /** Stamp of the current query and word in the scratch arrays; never reset, only advanced. */
  private tick = 0;

  constructor(
    readonly records: RecordList<T>,
    private readonly keys: SearchKey[],
    private readonly options: IFuseOptions<T>,
    /**
     * The text of one field of a record (lists joined by spaces). The index reads each key's
     * values as Fuse does instead (to Fuse a list element is a field of its own, with its own
     * length norm); this stays for callers that show or explain a match.
     */
    readonly fieldText: (record: T, key: string) => string,
    /** The word index saved for these records at build time, if there is one (index-file.ts),
     * asked for by the signature of what the index is made from. */
    private readonly saved?: (signature: string) => WordIndexData | undefined,
  ) {}

  /**
   * What the word index depends on besides the records: the keys and weights, the Fuse options
   * it reads, and the layout of its data. A saved index is used only under the same signature.
   */
  get signature(): string {
    const { fieldNormWeight, ignoreFieldNorm, isCaseSensitive, getFn } = this.options;
    return JSON.stringify({
      layout: WORD_INDEX_LAYOUT,
      keys: this.keys,
      options: { fieldNormWeight, ignoreFieldNorm, isCaseSensitive, getFn: getFn ? String(getFn) : null, shortText: this.shortText() },
    });
  }

  private shortText(): number {
    // Without Fuse's own field scores to hand (fuse-score.ts), every field is estimated from its words.
    return bitapOptions(this.options) ? SHORT_FIELD : -1;
  }

  /** The word index's data, made now if it was not saved: what the build saves. */
  wordIndexData(): WordIndexData {
    return this.wordIndex().data;
  }

  /** Distinct words the index knows (0 until a search builds it). */
  get vocabularySize(): number {
    return this.words?.words.length ?? 0;
  }

  /** Distinct adjacent word pairs, which the index also matches run together ("land mines"). */
  get pairCount(): number {
    return this.words?.pairCount ?? 0;
  }

  search(query: string, opts: { prefilter?: boolean } = {}): Hit<T>[] {
    // tokens() exactly, without its regular expressions (compiling them cost a lookup 1 ms).
    const words = fieldTokens(query);
    if (words.length === 0) return [];
    const usePrefilter = opts.prefilter ?? this.records.length > PREFILTER_ABOVE;
    return usePrefilter ? this.prefiltered(words, false).hits : this.fullScan(words);
  }

  /** Builds now what search() builds on first use in one mode: the word index for the prefilter,
   * Fuse's own index for a full scan (so that a benchmark can time queries apart from it). */
  prepare(prefilter: boolean): void {
    if (prefilter) this.wordIndex();
    else this.fullFuse ??= new Fuse(Array.from({ length: this.records.length }, (_, i) => this.records.at(i)!), { ...this.options, keys: this.keys });
  }

  /** Records that hold, for every query word, a word equal to it, started by it, containing it or
   * a few letters from it, or two adjacent words that run together into one of those. */
  candidates(words: string[]): number[] {
    const { list, count } = this.collect(words, 'all');
    return Array.from(list.subarray(0, count)).sort((a, b) => a - b);
  }

  /** What the prefiltered search does for a query: the candidates of the step that answered,
   * in the order Fuse is offered them, and how many it scores. */
  plan(query: string): SearchPlan {
    const words = fieldTokens(query);
    if (words.length === 0) return { step: 'any', candidates: [], ranked: [], estimates: [], scored: 0 };
    return this.prefiltered(words, true).plan;
  }

  /** Fuse over every record, then the exact-word rule: what the prefilter is compared with. */
  private fullScan(words: string[]): Hit<T>[] {
    this.prepare(false);
    const exact = this.exactCounts(words);
    const hits = this.fullFuse!.search(words.join(' ')).map((r) => ({ hit: { item: r.item, score: r.score ?? 1 }, exact: exact[r.refIndex] }));
    const complete = hits.some((h) => h.exact === words.length);
    // A stable sort: Fuse's order within the same number of exact words.
    return hits
      .filter((h) => !complete || h.exact === words.length)
      .sort((a, b) => b.exact - a.exact)
      .map((h) => h.hit);
  }

  /**
   * Fuse ranks "mine" inside "Ministry" close to the word "Mine". So records that hold the query's
   * words as words (or word starts) come first, and when some hold every word, purely fuzzy hits
   * ("DDR" -> "JDR") and partial ones are dropped, as an exact name beats a fuzzy one. Hence three
   * steps, each taken only when the one before finds nothing: records holding every word exactly
   * (the index's exact entries alone, cheap); records holding every word, fuzzily or not; and, as
   * Fuse matches the query as one string, records holding any of the words ("outer space" finds
   * "for space", a record with no "outer").
   */
  private prefiltered(words: string[], explain: boolean): { hits: Hit<T>[]; plan: SearchPlan } {
    let plan: SearchPlan = { step: 'any', candidates: [], ranked: [], estimates: [], scored: 0 };
    const distinct = new Set(words).size;
    for (const step of STEPS) {
      if (step === 'any' && distinct < 2) break; // the same as 'all' for one word
      const ranked = this.rank(words, step);
      if (ranked.length === 0) continue;
      if (explain) {
        const { logScore } = this.scratch!;
        const list = Array.from(ranked);
        plan = {
          step,
          candidates: Array.from(ranked).sort((a, b) => a - b),
          ranked: list,
          estimates: list.map((i) => Math.exp(logScore[i])),
          scored: Math.min(FUSE_BUDGET, list.length),
        };
      }
      const hits = this.scoreRanked(words, ranked);
      if (hits.length > 0) return { hits, plan };
    }
    return { hits: [], plan };
  }

  /**
   * Fuse scores the first FUSE_BUDGET of the ranked candidates; a candidate it does not match is
   * dropped, as a full scan would not find it. Further ones follow, unchecked, in the order of the
   * estimate, those the estimate expects Fuse to match (a field within its threshold): the others
   * a full scan would not return either.
   */
  private scoreRanked(words: string[], ranked: Int32Array): Hit<T>[] {
    const { logScore, records: recs } = this.scratch!;
    const exact = (r: number) => recs[r * REC_STRIDE + REC_EXACT];
    const scored = Math.min(FUSE_BUDGET, ranked.length);
    // Fuse breaks ties by position: give it the records in their own order, as a full scan does.
    const checked = Array.from(ranked.subarray(0, scored)).sort((a, b) => a - b);
    const narrowed = new Fuse(checked.map((i) => this.records.at(i)!), { ...this.options, keys: this.keys });
    const hits = narrowed.search(words.join(' ')).map((r) => ({ index: checked[r.refIndex], score: r.score ?? 1 }));
    // The exact-word rule over what Fuse kept and what it did not see (ranked puts the most exact
    // words first, so the first unchecked record it expects to match says whether any does).
    const all = words.length;
    let firstUnchecked = scored;
    while (firstUnchecked < ranked.length && logScore[ranked[firstUnchecked]] >= 0) firstUnchecked++;
    const complete = hits.some((h) => exact(h.index) === all) || (firstUnchecked < ranked.length && exact(ranked[firstUnchecked]) === all);
    const out: Hit<T>[] = hits
      .filter((h) => !complete || exact(h.index) === all)
      .sort((a, b) => exact(b.index) - exact(a.index) || a.score - b.score || a.index - b.index)
      .map((h) => ({ item: this.records.at(h.index)!, score: h.score }));
    let floor = out.length > 0 ? out[out.length - 1].score : 0;
    for (let k = firstUnchecked; k < ranked.length; k++) {
      const i = ranked[k];
      if (complete && recs[i * REC_STRIDE + REC_EXACT] !== all) break; // the rest hold fewer words exactly
      if (logScore[i] >= 0) continue; // no field the estimate expects Fuse to match
      floor = Math.max(floor, Math.exp(logScore[i]));
      out.push({ item: this.records.at(i)!, score: floor, estimated: true });
    }
    return out;
  }

  /** A step's candidates, most exact words first, then best estimated score, then record order. */
  private rank(words: string[], step: Step): Int32Array {
    const { list, count, query } = this.collect(words, step);
    // In record order, so that estimate() sweeps its arrays forwards (memory-bound at scale).
    const candidates = list.subarray(0, count).sort();
    this.estimate(candidates, words, query);
    return this.order(candidates);
  }

  /**
   * Sorts candidates (given in record order) by exact words descending, then estimate: a stable
   * radix sort on one 32-bit key per record, the exactness rank above the estimate's logarithm
   * quantised to LOG_SCORE_RANGE / 2^28 (far finer than any two records' scores differ). Stable,
   * so equal keys stay in record order, as Fuse breaks its ties.
   */
  private order(candidates: Int32Array): Int32Array {
    const s = this.scratch!;
    const { logScore, records: recs } = s;
    const n = candidates.length;
    let most = 0;
    for (let i = 0; i < n; i++) most = Math.max(most, recs[candidates[i] * REC_STRIDE + REC_EXACT]);
    const scoreSteps = 2 ** SCORE_BITS;
    const perUnit = scoreSteps / LOG_SCORE_RANGE;
    s.sortKeys = atLeast(s.sortKeys, n, (k) => new Uint32Array(k));
    s.sortKeys2 = atLeast(s.sortKeys2, n, (k) => new Uint32Array(k));
    s.sortValues = atLeast(s.sortValues, n, (k) => new Int32Array(k));
    let keys = s.sortKeys.subarray(0, n);
    for (let i = 0; i < n; i++) {
      const r = candidates[i];
      const rank = Math.min(2 ** (32 - SCORE_BITS) - 1, most - recs[r * REC_STRIDE + REC_EXACT]);
      // A lower score is better: the most negative logarithm sorts first.
      const q = scoreSteps - 1 - Math.min(scoreSteps - 1, Math.floor(-logScore[r] * perUnit));
      keys[i] = rank * scoreSteps + q;
    }
    let values: Int32Array = candidates;
    let nextKeys = s.sortKeys2.subarray(0, n);
    let nextValues: Int32Array = s.sortValues.subarray(0, n);
    const counts = new Int32Array(RADIX + 1);
    for (let shift = 0; shift < 32; shift += RADIX_BITS) {
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[((keys[i] >>> shift) & (RADIX - 1)) + 1]++;
      for (let b = 0; b < RADIX; b++) counts[b + 1] += counts[b];
      for (let i = 0; i < n; i++) {
        const to = counts[(keys[i] >>> shift) & (RADIX - 1)]++;
        nextKeys[to] = keys[i];
        nextValues[to] = values[i];
      }
      const spareKeys = keys;
      keys = nextKeys;
      nextKeys = spareKeys;
      const spareValues = values;
      values = nextValues;
      nextValues = spareValues;
    }
    if (values !== candidates) candidates.set(values);
    return candidates;
  }

  /**
   * Candidates into the scratch arrays: for each query word (the rarest first), the records
   * holding one of its expansions in a field value (in the complete step, one it holds exactly),
   * intersected (in the any step, united). Per record, how many query words it holds exactly;
   * per long slot touched, how many of the query's letters its words account for.
   */
  private collect(words: string[], step: Step): { list: Int32Array; count: number; query: number } {
    const onlyComplete = step === 'complete';
    const united = step === 'any';
    const index = this.wordIndex();
    const s = this.scratch!;
    const { longs } = s;
    const times = new Map<string, number>();
    for (const w of words) times.set(w, (times.get(w) ?? 0) + 1);
    const expanded = [...times].map(([word, n]) => {
      // Only whole and word-start matches make a record complete; substrings still inform the estimate.
      const expansions = index.expand(word, !onlyComplete);
      const size = expansions.reduce((sum, e) => sum + (e.exact || !onlyComplete ? index.reach(e) : 0), 0);
      return { word, n, expansions, size };
    });
    const total = expanded.reduce((sum, e) => sum + e.size, 0);
    if (united ? total === 0 : expanded.some((e) => e.size === 0)) return { list: new Int32Array(0), count: 0, query: 0 };
    expanded.sort((a, b) => a.size - b.size);
    const query = ++this.tick;
    s.list = atLeast(s.list, Math.min(this.records.length, united ? total : expanded[0].size), (k) => new Int32Array(k));
    s.count = 0;
    const { textRecords, longRecord } = index;
    for (let j = 0; j < expanded.length && (j === 0 || united || s.count > 0); j++) {
      const { word: text, n, expansions } = expanded[j];
      const word = ++this.tick;
      for (const e of expansions) {
        if (e.exact || !onlyComplete) {
          for (const t of e.texts) {
            for (let i = textRecords.start[t]; i < textRecords.start[t + 1]; i++) this.touch(textRecords.data[i], united ? 0 : j, query, word, e, n);
          }
          for (const l of e.longs) this.touch(longRecord[l], united ? 0 : j, query, word, e, n);
        }
        // Each long slot counts a word once, for its best expansion (expand() lists those first).
        const found = Math.max(0, text.length - e.edits) * n;
        for (const l of e.longs) {
          const at = l * LONG_STRIDE;
          if (longs[at + LONG_WORD] === word) continue;
          longs[at + LONG_WORD] = word;
          if (longs[at + LONG_QUERY] !== query) {
            longs[at + LONG_QUERY] = query;
            longs[at + LONG_FOUND] = 0;
          }
          longs[at + LONG_FOUND] += found;
        }
      }
      if (united) continue;
      // Keep the records that hold this word too.
      const { records: recs, list } = s;
      let kept = 0;
      for (let i = 0; i < s.count; i++) if (recs[list[i] * REC_STRIDE + REC_MATCHED] === j + 1) list[kept++] = list[i];
      s.count = kept;
    }
    return { list: s.list, count: s.count, query };
  }

  /** Record r holds (an expansion of) query word j: a new candidate for the first word, and one
   * still for a later word if it held all before it. */
  private touch(r: number, j: number, query: number, word: number, e: Expansion, n: number): void {
    const s = this.scratch!;
    const recs = s.records;
    const at = r * REC_STRIDE;
    if (j === 0) {
      if (recs[at + REC_SEEN] !== query) {
        recs[at + REC_SEEN] = query;
        recs[at + REC_MATCHED] = 0;
        recs[at + REC_EXACT] = 0;
        s.list[s.count++] = r;
      }
    } else if (recs[at + REC_SEEN] !== query || recs[at + REC_MATCHED] < j) {
      return; // lacks an earlier word
    }
    recs[at + REC_MATCHED] = j + 1;
    if (e.exact && recs[at + REC_EXACT_SEEN] !== word) {
      recs[at + REC_EXACT_SEEN] = word;
      recs[at + REC_EXACT] += n;
    }
  }

  /**
   * ln of each candidate's estimated Fuse score, combined as Fuse combines field scores (the
   * product of each matching field's score raised to key weight x field norm). A short field
   * gets Fuse's own score (fuse-score.ts); a long one, the share of the query's letters its
   * words account for, as Bitap's errors over the pattern's length.
   */
  private estimate(candidates: Int32Array, words: string[], query: number): void {
    const index = this.words!;
    const s = this.scratch!;
    const pattern = words.join(' ');
    const letters = words.reduce((sum, w) => sum + w.length, 0);
    const bitap = bitapOptions(this.options);
    const scorer = bitap ? new FieldScorer(this.options.isCaseSensitive ? pattern : pattern.toLowerCase(), bitap) : undefined;
    const threshold = this.options.threshold ?? FUSE_DEFAULTS.threshold;
    const textTick = ++this.tick;
    // Locals for the loop below, which visits every field value of every candidate.
    const { recordShorts, recordShortWeight, recordLongStart, longWeight, shortTexts } = index;
    if (scorer && candidates.length >= RARE_PIECES_FROM) scorer.preferRarePieces(evenSample(shortTexts, PIECE_SAMPLE));
    const { longs, textScores, logScore } = s;
    for (let c = 0; c < candidates.length; c++) {
      const r = candidates[c];
      let log = 0;
      if (scorer !== undefined) {
        for (let i = recordShorts.start[r], end = recordShorts.start[r + 1]; i < end; i++) {
          const t = recordShorts.data[i];
          if (textScores[2 * t] !== textTick) {
            textScores[2 * t] = textTick;
            const score = scorer.score(shortTexts[t]);
            textScores[2 * t + 1] = score < 0 ? 0 : score === 0 ? LN_PERFECT : Math.log(score);
          }
          log += recordShortWeight[i] * textScores[2 * t + 1];
        }
      }
      for (let l = recordLongStart[r], end = recordLongStart[r + 1]; l < end; l++) {
        const at = l * LONG_STRIDE;
        if (longs[at + LONG_QUERY] !== query) continue;
        const score = Math.max(0.001, (letters - longs[at + LONG_FOUND]) / pattern.length);
        if (score <= threshold) log += longWeight[l] * Math.log(score);
      }
      logScore[r] = log;
    }
  }

  /** Per record, how many query words it holds as words (or, MIN_PREFIX_WORD letters or more, word starts). */
  private exactCounts(words: string[]): Int32Array {
    const index = this.wordIndex();
    const counts = new Int32Array(this.records.length);
    const seen = new Int32Array(this.records.length).fill(-1);
    const count = (r: number, j: number) => {
      if (seen[r] !== j) {
        seen[r] = j;
        counts[r]++;
      }
    };
    words.forEach((w, j) => {
      for (const e of index.expand(w, false)) {
        if (!e.exact) continue;
        for (const t of e.texts) {
          for (let i = index.textRecords.start[t]; i < index.textRecords.start[t + 1]; i++) count(index.textRecords.data[i], j);
        }
        for (const l of e.longs) count(index.longRecord[l], j);
      }
    });
    return counts;
  }

  private buildWordIndex(): WordIndex {
    const getFn = this.options.getFn ?? Fuse.config.getFn;
    const direct = this.options.getFn === undefined;
    const paths = this.keys.map((k) => k.name.split('.'));
    const total = this.keys.reduce((sum, k) => sum + k.weight, 0);
    const normWeight = this.options.fieldNormWeight ?? 1;
    const caseSensitive = this.options.isCaseSensitive ?? false;
    return WordIndex.build({
      count: this.records.length,
      keyWeights: this.keys.map((k) => k.weight / total),
      norm: this.options.ignoreFieldNorm ? () => 1 : (count) => fuseNorm(count, normWeight),
      // One-name keys are read directly, as Fuse's default getFn does, without its path walk.
      texts: (r, k, out) => {
        const record = this.records.at(r)!;
        const path = paths[k];
        return fieldValues(direct && path.length === 1 ? (record as Record<string, unknown>)[path[0]] : getFn(record, path), out);
      },
      shortText: this.shortText(),
      fuseText: (text) => (caseSensitive ? text : text.toLowerCase()),
    });
  }

  private wordIndex(): WordIndex {
    if (this.words) return this.words;
    const saved = this.saved?.(this.signature);
    this.words = saved && fits(saved, this.records.length) ? new WordIndex(saved) : this.buildWordIndex();
    const n = this.records.length;
    const texts = this.words.shortTexts.length;
    this.scratch = {
      records: new Int32Array(n * REC_STRIDE),
      logScore: new Float64Array(n),
      longs: new Int32Array(this.words.longCount * LONG_STRIDE),
      textScores: new Float64Array(2 * texts),
      list: new Int32Array(0),
      count: 0,
      sortKeys: new Uint32Array(0),
      sortKeys2: new Uint32Array(0),
      sortValues: new Int32Array(0),
    };
    return this.words;
  }
}

/** From this many candidates, the estimate's scorer first cuts the query into pieces rare in a
 * sample of the short texts (FieldScorer.preferRarePieces): 0.1-1 ms that thousands of texts
 * repay, a few dozen do not. */
const RARE_PIECES_FROM = 2000;
const PIECE_SAMPLE = 128;

/** Up to n items spread evenly over list. */
function evenSample<T>(list: readonly T[], n: number): T[] {
  const step = Math.max(1, Math.floor(list.length / n));
  const out: T[] = [];
  for (let i = 0; i < list.length && out.length < n; i += step) out.push(list[i]);
  return out;
}

/** Whether saved data has an entry for each of this many records: a last check, on counts only.
 * What ties a saved index to these very records is the corpus identity it was saved under
 * (index-file.ts) and the signature. */
function fits(data: WordIndexData, records: number): boolean {
  return data.ints.recordShortsStart.length === records + 1 && data.ints.recordLongStart.length === records + 1;
}

/**
 * The non-blank texts Fuse indexes for one key of a record into out, as Fuse's default getFn and
 * index read them: a string (or number, boolean) value, or each defined element of a list.
 */
function fieldValues(value: unknown, out: string[]): number {
  let n = 0;
  if (Array.isArray(value)) {
    for (const element of value) {
      // Fuse's getFn hands list elements over as { v, i } (its own default) or bare values.
      const v: unknown = element !== null && typeof element === 'object' && !Array.isArray(element) && 'v' in element ? element.v : element;
      const text = v === null || v === undefined ? '' : String(v);
      if (text.trim().length > 0) out[n++] = text;
    }
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    const text = String(value);
    if (text.trim().length > 0) out[n++] = text;
  }
  return n;
}
