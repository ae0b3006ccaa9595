// Fuzzy search over records: a word index finds the records that hold every query word (exactly,
// as a word start, or a few letters off) and estimates how Fuse.js would score each; Fuse then
// scores only the best of them, so a query costs about the same at 300 records as at 300,000.
import Fuse, { type IFuseOptions } from 'fuse.js';
import { FieldScorer, FUSE_DEFAULTS } from './fuse-score.js';
import { tokens } from './normalise.js';
import { fuseNorm, SLOT_RECORD, SLOT_STRIDE, SLOT_TEXT, SLOT_WEIGHT, WordIndex } from './vocabulary.js';

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

/** What the prefilter did for one query, for the benchmark's explanations. */
export interface SearchPlan {
  /** Records holding every query word (exactly or fuzzily), ascending. */
  candidates: number[];
  /** The same records in the order Fuse is offered them: most exact words, then best estimate. */
  ranked: number[];
  /** The estimate of Fuse's score, per record of `ranked`. */
  estimates: number[];
  /** How many of `ranked` Fuse scores (the rest are returned unchecked, in that order). */
  scored: number;
}

/**
 * Records above which search() narrows by the word index before Fuse. Zero: at every size. A
 * full scan costs ~40 µs a record per query, so even the bundled 140 programs (300 in the
 * benchmark) take 10-18 ms, over the 5 ms target; the index takes 1-3 ms there, and returns
 * what a full scan does unless Fuse matches a query word inside text the index has no word for.
 */
export const PREFILTER_ABOVE = 0;

/**
 * The most candidates Fuse scores per query, best estimate first. At ~40-55 µs a record this is
 * 4-6 ms; the estimate is exact for all but long fields, so the records a full scan ranks in its
 * top ten are among the first hundred even at 300,000 records.
 */
export const FUSE_BUDGET = 100;

/** Fields up to this many characters (titles, names, themes) get Fuse's own score in the
 * estimate, memoised per distinct text; longer ones (summaries) are estimated from the words
 * they hold. A long field's norm makes its weight small, and scoring it costs what Fuse does. */
const SHORT_FIELD = 120;

/** Bits for how many query words a candidate holds exactly, in the sort key (queries of up to 15 words). */
const EXACT_RANK_BITS = 4;

/** The span of ln(estimate) the sort key resolves: below e^-128 (records with dozens of exact
 * fields), estimates sort as equal, by record number. */
const LOG_SCORE_RANGE = 128;

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
// Per slot: the query and the query word that last credited it, and the letters of the query
// its words account for.
const SLOT_SCRATCH = 3;
const SLOT_QUERY = 0;
const SLOT_WORD = 1;
const SLOT_FOUND = 2;

interface Scratch {
  records: Int32Array;
  /** Per record: its estimated ln(score). */
  logScore: Float64Array;
  slots: Int32Array;
  /** Per distinct short text: the query its score is for, and ln of that score (0: no match). */
  textQuery: Int32Array;
  textLog: Float64Array;
}

export class RecordIndex<T extends object> {
  private fullFuse?: Fuse<T>;
  private words?: WordIndex;
  private scratch?: Scratch;
  /** Stamp of the current query and word in the scratch arrays; never reset, only advanced. */
  private tick = 0;

  constructor(
    readonly records: T[],
    private readonly keys: SearchKey[],
    private readonly options: IFuseOptions<T>,
    /**
     * The text of one field of a record (lists joined by spaces). The index reads each key's
     * values as Fuse does instead (to Fuse a list element is a field of its own, with its own
     * length norm); this stays for callers that show or explain a match.
     */
    readonly fieldText: (record: T, key: string) => string,
  ) {}

  /** Distinct words the index knows (0 until a search builds it). */
  get vocabularySize(): number {
    return this.words?.words.length ?? 0;
  }

  /** Distinct adjacent word pairs, which the index also matches run together ("land mines"). */
  get pairCount(): number {
    return this.words?.pairCount ?? 0;
  }

  search(query: string, opts: { prefilter?: boolean } = {}): Hit<T>[] {
    const words = tokens(query);
    if (words.length === 0) return [];
    const usePrefilter = opts.prefilter ?? this.records.length > PREFILTER_ABOVE;
    return usePrefilter ? this.prefiltered(words) : this.fullScan(words);
  }

  /** Records that hold, for every query word, a word equal to it, started by it, containing it or
   * a few letters from it, or two adjacent words that run together into one of those. */
  candidates(words: string[]): number[] {
    const { list, count } = this.collect(words, false);
    return Array.from(list.subarray(0, count)).sort((a, b) => a - b);
  }

  /** The candidates in the order Fuse is offered them (those holding every word exactly, if
   * any: see prefiltered), and how many it scores. */
  plan(query: string): SearchPlan {
    const words = tokens(query);
    if (words.length === 0) return { candidates: [], ranked: [], estimates: [], scored: 0 };
    const complete = this.rank(words, true);
    const ranked = Array.from(complete.length > 0 ? complete : this.rank(words, false));
    const { logScore } = this.scratch!;
    return {
      candidates: [...ranked].sort((a, b) => a - b),
      ranked,
      estimates: ranked.map((i) => Math.exp(logScore[i])),
      scored: Math.min(FUSE_BUDGET, ranked.length),
    };
  }

  /** Fuse over every record, then the exact-word rule: what the prefilter is compared with. */
  private fullScan(words: string[]): Hit<T>[] {
    this.fullFuse ??= new Fuse(this.records, { ...this.options, keys: this.keys });
    const exact = this.exactCounts(words);
    const hits = this.fullFuse.search(words.join(' ')).map((r) => ({ hit: { item: r.item, score: r.score ?? 1 }, exact: exact[r.refIndex] }));
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
   * ("DDR" -> "JDR") and partial ones are dropped, as an exact name beats a fuzzy one. So those
   * records are looked for first, with the word index's exact entries alone; the fuzzy ones are
   * needed only when no record holds every word (or Fuse matches none that does).
   */
  private prefiltered(words: string[]): Hit<T>[] {
    const complete = this.rank(words, true);
    const found = complete.length > 0 ? this.scoreRanked(words, complete, true) : undefined;
    if (found) return found;
    const ranked = this.rank(words, false);
    return ranked.length > 0 ? (this.scoreRanked(words, ranked, false) ?? []) : [];
  }

  /**
   * Fuse scores the first FUSE_BUDGET of the ranked candidates; a candidate it does not match is
   * dropped, as a full scan would not find it. Any further ones follow, unchecked, in the order
   * of the estimate. Undefined when every candidate holds every word exactly (onlyComplete) and
   * Fuse matches none of them: then the partial ones are wanted after all.
   */
  private scoreRanked(words: string[], ranked: Int32Array, onlyComplete: boolean): Hit<T>[] | undefined {
    const { logScore } = this.scratch!;
    const exact = (r: number) => this.exactOf(r);
    const scored = Math.min(FUSE_BUDGET, ranked.length);
    // Fuse breaks ties by position: give it the records in their own order, as a full scan does.
    const checked = Array.from(ranked.subarray(0, scored)).sort((a, b) => a - b);
    const narrowed = new Fuse(checked.map((i) => this.records[i]), { ...this.options, keys: this.keys });
    const hits = narrowed.search(words.join(' ')).map((r) => ({ index: checked[r.refIndex], score: r.score ?? 1 }));
    const unchecked = ranked.subarray(scored);
    if (onlyComplete && hits.length === 0 && unchecked.length === 0) return undefined;
    // The exact-word rule over what Fuse kept and what it did not see (ranked puts the most exact
    // words first, so the first unchecked record says whether any of them holds every word).
    const all = words.length;
    const complete = hits.some((h) => exact(h.index) === all) || (unchecked.length > 0 && exact(unchecked[0]) === all);
    const out: Hit<T>[] = hits
      .filter((h) => !complete || exact(h.index) === all)
      .sort((a, b) => exact(b.index) - exact(a.index) || a.score - b.score || a.index - b.index)
      .map((h) => ({ item: this.records[h.index], score: h.score }));
    let floor = out.length > 0 ? out[out.length - 1].score : 0;
    for (const i of unchecked) {
      if (complete && exact(i) !== all) break; // the rest hold fewer words exactly
      floor = Math.max(floor, Math.exp(logScore[i]));
      out.push({ item: this.records[i], score: floor, estimated: true });
    }
    return out;
  }

  /**
   * Candidates (with onlyComplete, only those holding every query word exactly), most exact
   * words first, then best estimated score, then record order.
   */
  private rank(words: string[], onlyComplete: boolean): Int32Array {
    const { list, count, query } = this.collect(words, onlyComplete);
    // In record order, so that estimate() sweeps the slot arrays forwards (memory-bound at scale).
    const candidates = list.subarray(0, count).sort();
    this.estimate(candidates, words, query);
    return this.order(candidates);
  }

  /**
   * Sorts candidates by (exact words descending, estimate, record number) as one native sort of
   * numbers: each packed into a double as exactness rank, estimate quantised to 2^-bits of its
   * logarithm (far finer than any two records' scores differ), and the record number.
   */
  private order(candidates: Int32Array): Int32Array {
    const { logScore } = this.scratch!;
    const exact = (r: number) => this.exactOf(r);
    const indexBits = Math.max(1, Math.ceil(Math.log2(this.records.length + 1)));
    const scoreBits = 53 - EXACT_RANK_BITS - indexBits;
    if (scoreBits < 20) return candidates.sort((a, b) => exact(b) - exact(a) || logScore[a] - logScore[b] || a - b);
    let most = 0;
    for (const r of candidates) most = Math.max(most, exact(r));
    const scoreSteps = 2 ** scoreBits;
    const perUnit = scoreSteps / LOG_SCORE_RANGE;
    const indexSteps = 2 ** indexBits;
    const keys = new Float64Array(candidates.length);
    for (let i = 0; i < candidates.length; i++) {
      const r = candidates[i];
      const rank = Math.min(2 ** EXACT_RANK_BITS - 1, most - exact(r));
      // A lower score is better: the most negative logarithm sorts first.
      const q = scoreSteps - 1 - Math.min(scoreSteps - 1, Math.floor(-logScore[r] * perUnit));
      keys[i] = (rank * scoreSteps + q) * indexSteps + r;
    }
    keys.sort();
    for (let i = 0; i < keys.length; i++) candidates[i] = keys[i] % indexSteps;
    return candidates;
  }

  /**
   * Candidates into the scratch arrays: for each query word (the rarest first), the records
   * with a slot holding one of its expansions (with onlyComplete, one it holds exactly),
   * intersected. Per record, how many query words it holds exactly; per slot touched, how many of
   * the query's letters its words account for.
   */
  private collect(words: string[], onlyComplete: boolean): { list: Int32Array; count: number; query: number } {
    const index = this.wordIndex();
    const { records: recs, slots } = this.scratch!;
    const slotData = index.slotData;
    const times = new Map<string, number>();
    for (const w of words) times.set(w, (times.get(w) ?? 0) + 1);
    const expanded = [...times].map(([word, n]) => {
      // Only whole and word-start matches make a record complete; substrings still inform the estimate.
      const expansions = index.expand(word, !onlyComplete);
      const size = expansions.reduce((sum, e) => sum + (e.exact || !onlyComplete ? e.slots.length : 0), 0);
      return { word, n, expansions, size };
    });
    if (expanded.some((e) => e.size === 0)) return { list: new Int32Array(0), count: 0, query: 0 };
    expanded.sort((a, b) => a.size - b.size);
    const query = ++this.tick;
    const list = new Int32Array(Math.min(this.records.length, expanded[0].size));
    let count = 0;
    for (let j = 0; j < expanded.length && (j === 0 || count > 0); j++) {
      const { word: text, n, expansions } = expanded[j];
      const word = ++this.tick;
      for (const e of expansions) {
        const marks = e.exact || !onlyComplete;
        const found = Math.max(0, text.length - e.edits) * n;
        for (const slot of e.slots) {
          if (marks) {
            const at = slotData[slot * SLOT_STRIDE + SLOT_RECORD] * REC_STRIDE;
            if (j === 0) {
              if (recs[at + REC_SEEN] !== query) {
                recs[at + REC_SEEN] = query;
                recs[at + REC_MATCHED] = 0;
                recs[at + REC_EXACT] = 0;
                list[count++] = at / REC_STRIDE;
              }
            } else if (recs[at + REC_SEEN] !== query || recs[at + REC_MATCHED] < j) {
              continue; // lacks an earlier word
            }
            recs[at + REC_MATCHED] = j + 1;
            if (e.exact && recs[at + REC_EXACT_SEEN] !== word) {
              recs[at + REC_EXACT_SEEN] = word;
              recs[at + REC_EXACT] += n;
            }
          }
          // Each slot counts a word once, for its best expansion (expand() lists those first).
          const sa = slot * SLOT_SCRATCH;
          if (slots[sa + SLOT_WORD] !== word) {
            slots[sa + SLOT_WORD] = word;
            if (slots[sa + SLOT_QUERY] !== query) {
              slots[sa + SLOT_QUERY] = query;
              slots[sa + SLOT_FOUND] = 0;
            }
            slots[sa + SLOT_FOUND] += found;
          }
        }
      }
      // Keep the records that hold this word too.
      let kept = 0;
      for (let i = 0; i < count; i++) if (recs[list[i] * REC_STRIDE + REC_MATCHED] === j + 1) list[kept++] = list[i];
      count = kept;
    }
    return { list, count, query };
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
    const bitap = this.bitapOptions();
    const scorer = bitap ? new FieldScorer(this.options.isCaseSensitive ? pattern : pattern.toLowerCase(), bitap) : undefined;
    const threshold = this.options.threshold ?? FUSE_DEFAULTS.threshold;
    const textTick = ++this.tick;
    // Locals for the loop below, which visits every slot of every candidate.
    const { recordSlots, slotData, slotWeights, shortTexts } = index;
    const { slots, textQuery, textLog, logScore } = s;
    for (let c = 0; c < candidates.length; c++) {
      const r = candidates[c];
      let log = 0;
      for (let slot = recordSlots[r], end = recordSlots[r + 1]; slot < end; slot++) {
        const at = slot * SLOT_STRIDE;
        const t = slotData[at + SLOT_TEXT];
        if (t >= 0 && scorer !== undefined) {
          if (textQuery[t] !== textTick) {
            textQuery[t] = textTick;
            const score = scorer.score(shortTexts[t]);
            textLog[t] = score < 0 ? 0 : score === 0 ? LN_PERFECT : Math.log(score);
          }
          log += slotWeights[at + SLOT_WEIGHT] * textLog[t];
        } else if (slots[slot * SLOT_SCRATCH + SLOT_QUERY] === query) {
          const score = Math.max(0.001, (letters - slots[slot * SLOT_SCRATCH + SLOT_FOUND]) / pattern.length);
          if (score <= threshold) log += slotWeights[at + SLOT_WEIGHT] * Math.log(score);
        }
      }
      logScore[r] = log;
    }
  }

  /** Fuse's Bitap settings, or undefined when Fuse searches some other way than fuse-score.ts does. */
  private bitapOptions() {
    const o = this.options;
    if (o.useExtendedSearch || o.useTokenSearch || o.ignoreDiacritics) return undefined;
    return {
      threshold: o.threshold ?? FUSE_DEFAULTS.threshold,
      location: o.location ?? FUSE_DEFAULTS.location,
      distance: o.distance ?? FUSE_DEFAULTS.distance,
      ignoreLocation: o.ignoreLocation ?? FUSE_DEFAULTS.ignoreLocation,
      findAllMatches: o.findAllMatches ?? FUSE_DEFAULTS.findAllMatches,
      minMatchCharLength: o.minMatchCharLength ?? FUSE_DEFAULTS.minMatchCharLength,
    };
  }

  /** Per record, how many query words it holds as words (or, MIN_PREFIX_WORD letters or more, word starts). */
  private exactCounts(words: string[]): Int32Array {
    const index = this.wordIndex();
    const counts = new Int32Array(this.records.length);
    const seen = new Int32Array(this.records.length).fill(-1);
    words.forEach((w, j) => {
      for (const e of index.expand(w)) {
        if (!e.exact) continue;
        for (const slot of e.slots) {
          const r = index.slotData[slot * SLOT_STRIDE + SLOT_RECORD];
          if (seen[r] !== j) {
            seen[r] = j;
            counts[r]++;
          }
        }
      }
    });
    return counts;
  }

  /** How many query words record r holds exactly, as the last collect() counted. */
  private exactOf(r: number): number {
    return this.scratch!.records[r * REC_STRIDE + REC_EXACT];
  }

  private wordIndex(): WordIndex {
    if (this.words) return this.words;
    const getFn = this.options.getFn ?? Fuse.config.getFn;
    const direct = this.options.getFn === undefined;
    const paths = this.keys.map((k) => k.name.split('.'));
    const total = this.keys.reduce((sum, k) => sum + k.weight, 0);
    const normWeight = this.options.fieldNormWeight ?? 1;
    const caseSensitive = this.options.isCaseSensitive ?? false;
    this.words = new WordIndex({
      count: this.records.length,
      keyWeights: this.keys.map((k) => k.weight / total),
      norm: this.options.ignoreFieldNorm ? () => 1 : (text) => fuseNorm(text, normWeight),
      // One-name keys are read directly, as Fuse's default getFn does, without its path walk.
      texts: (r, k, out) => {
        const record = this.records[r];
        const path = paths[k];
        return fieldValues(direct && path.length === 1 ? (record as Record<string, unknown>)[path[0]] : getFn(record, path), out);
      },
      shortText: SHORT_FIELD,
      fuseText: (text) => (caseSensitive ? text : text.toLowerCase()),
    });
    const n = this.records.length;
    const slots = this.words.slotCount;
    const texts = this.words.shortTexts.length;
    this.scratch = {
      records: new Int32Array(n * REC_STRIDE),
      logScore: new Float64Array(n),
      slots: new Int32Array(slots * SLOT_SCRATCH),
      textQuery: new Int32Array(texts),
      textLog: new Float64Array(texts),
    };
    return this.words;
  }
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
