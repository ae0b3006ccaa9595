// Fuzzy search over records: a word index finds the records that hold every query word (exactly,
// as a word start, or a few letters off) and estimates how Fuse.js would score each; Fuse then
// scores only the best of them, so a query costs about the same at 300 records as at 300,000.
import Fuse, { type IFuseOptions } from 'fuse.js';
import { FieldScorer, FUSE_DEFAULTS } from './fuse-score.js';
import { tokens } from './normalise.js';
import { fuseNorm, WordIndex } from './vocabulary.js';

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

/** Fuse multiplies in EPSILON, not 0, for a field that is exactly the query. */
const LN_PERFECT = Math.log(Number.EPSILON);

interface Scratch {
  /** Per record: the query that last touched it, how many query words it has matched so far,
   * how many it holds exactly, the word last counted exact, and its estimated ln(score). */
  seen: Int32Array;
  matched: Int32Array;
  exact: Int32Array;
  exactSeen: Int32Array;
  logScore: Float64Array;
  /** Per slot: the query and the query word that last credited it, and the letters of the query
   * its words account for. */
  slotQuery: Int32Array;
  slotWord: Int32Array;
  slotFound: Int32Array;
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
    const { list, count } = this.collect(words);
    return Array.from(list.subarray(0, count)).sort((a, b) => a - b);
  }

  /** The candidates in the order Fuse is offered them, and how many it scores. */
  plan(query: string): SearchPlan {
    const words = tokens(query);
    if (words.length === 0) return { candidates: [], ranked: [], estimates: [], scored: 0 };
    const ranked = Array.from(this.rank(words));
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
   * ("DDR" -> "JDR") and partial ones are dropped, as an exact name beats a fuzzy one. Fuse scores
   * the first FUSE_BUDGET candidates (a candidate it does not match is dropped, as a full scan
   * would not find it); any further ones follow, unchecked, in the order of the estimate.
   */
  private prefiltered(words: string[]): Hit<T>[] {
    const ranked = this.rank(words);
    if (ranked.length === 0) return [];
    const { exact, logScore } = this.scratch!;
    const scored = Math.min(FUSE_BUDGET, ranked.length);
    // Fuse breaks ties by position: give it the records in their own order, as a full scan does.
    const checked = Array.from(ranked.subarray(0, scored)).sort((a, b) => a - b);
    const narrowed = new Fuse(checked.map((i) => this.records[i]), { ...this.options, keys: this.keys });
    const hits = narrowed.search(words.join(' ')).map((r) => ({ index: checked[r.refIndex], score: r.score ?? 1 }));
    const unchecked = ranked.subarray(scored);
    // The exact-word rule over what Fuse kept and what it did not see (ranked puts the most exact
    // words first, so the first unchecked record says whether any of them holds every word).
    const all = words.length;
    const complete = hits.some((h) => exact[h.index] === all) || (unchecked.length > 0 && exact[unchecked[0]] === all);
    const out: Hit<T>[] = hits
      .filter((h) => !complete || exact[h.index] === all)
      .sort((a, b) => exact[b.index] - exact[a.index] || a.score - b.score || a.index - b.index)
      .map((h) => ({ item: this.records[h.index], score: h.score }));
    let floor = out.length > 0 ? out[out.length - 1].score : 0;
    for (const i of unchecked) {
      if (complete && exact[i] !== all) break; // the rest hold fewer words exactly
      floor = Math.max(floor, Math.exp(logScore[i]));
      out.push({ item: this.records[i], score: floor, estimated: true });
    }
    return out;
  }

  /** Candidates, most exact words first, then best estimated score, then record order. */
  private rank(words: string[]): Int32Array {
    const { list, count, query } = this.collect(words);
    const candidates = list.subarray(0, count);
    this.estimate(candidates, words, query);
    const { exact, logScore } = this.scratch!;
    return candidates.sort((a, b) => exact[b] - exact[a] || logScore[a] - logScore[b] || a - b);
  }

  /**
   * Candidates into the scratch arrays: for each query word (the rarest first), the records
   * with a slot holding one of its expansions, intersected. Per record, how many query words it
   * holds exactly; per slot touched, how many of the query's letters its words account for.
   */
  private collect(words: string[]): { list: Int32Array; count: number; query: number } {
    const index = this.wordIndex();
    const s = this.scratch!;
    const times = new Map<string, number>();
    for (const w of words) times.set(w, (times.get(w) ?? 0) + 1);
    const expanded = [...times].map(([word, n]) => {
      const expansions = index.expand(word);
      return { word, n, expansions, size: expansions.reduce((sum, e) => sum + e.slots.length, 0) };
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
        const found = Math.max(0, text.length - e.edits) * n;
        for (const slot of e.slots) {
          const r = index.slotRecord[slot];
          if (j === 0) {
            if (s.seen[r] !== query) {
              s.seen[r] = query;
              s.matched[r] = 0;
              s.exact[r] = 0;
              list[count++] = r;
            }
          } else if (s.seen[r] !== query || s.matched[r] < j) {
            continue; // lacks an earlier word
          }
          s.matched[r] = j + 1;
          if (e.exact && s.exactSeen[r] !== word) {
            s.exactSeen[r] = word;
            s.exact[r] += n;
          }
          // Each slot counts a word once, for its best expansion (expand() lists those first).
          if (s.slotWord[slot] !== word) {
            s.slotWord[slot] = word;
            if (s.slotQuery[slot] !== query) {
              s.slotQuery[slot] = query;
              s.slotFound[slot] = 0;
            }
            s.slotFound[slot] += found;
          }
        }
      }
      // Keep the records that hold this word too.
      let kept = 0;
      for (let i = 0; i < count; i++) if (s.matched[list[i]] === j + 1) list[kept++] = list[i];
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
    for (const r of candidates) {
      let log = 0;
      for (let slot = index.recordSlots[r]; slot < index.recordSlots[r + 1]; slot++) {
        const t = index.slotText[slot];
        if (scorer && t >= 0) {
          if (s.textQuery[t] !== textTick) {
            s.textQuery[t] = textTick;
            const score = scorer.score(index.shortTexts[t]);
            s.textLog[t] = score < 0 ? 0 : score === 0 ? LN_PERFECT : Math.log(score);
          }
          log += index.slotWeight[slot] * s.textLog[t];
        } else if (s.slotQuery[slot] === query) {
          const score = Math.max(0.001, (letters - s.slotFound[slot]) / pattern.length);
          if (score <= threshold) log += index.slotWeight[slot] * Math.log(score);
        }
      }
      s.logScore[r] = log;
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
          const r = index.slotRecord[slot];
          if (seen[r] !== j) {
            seen[r] = j;
            counts[r]++;
          }
        }
      }
    });
    return counts;
  }

  private wordIndex(): WordIndex {
    if (this.words) return this.words;
    const getFn = this.options.getFn ?? Fuse.config.getFn;
    const paths = this.keys.map((k) => k.name.split('.'));
    const total = this.keys.reduce((sum, k) => sum + k.weight, 0);
    const normWeight = this.options.fieldNormWeight ?? 1;
    const caseSensitive = this.options.isCaseSensitive ?? false;
    this.words = new WordIndex({
      count: this.records.length,
      keyWeights: this.keys.map((k) => k.weight / total),
      norm: this.options.ignoreFieldNorm ? () => 1 : (text) => fuseNorm(text, normWeight),
      texts: (r, k) => fieldValues(getFn(this.records[r], paths[k])),
      shortText: SHORT_FIELD,
      fuseText: (text) => (caseSensitive ? text : text.toLowerCase()),
    });
    const n = this.records.length;
    const slots = this.words.slotCount;
    const texts = this.words.shortTexts.length;
    this.scratch = {
      seen: new Int32Array(n),
      matched: new Int32Array(n),
      exact: new Int32Array(n),
      exactSeen: new Int32Array(n),
      logScore: new Float64Array(n),
      slotQuery: new Int32Array(slots),
      slotWord: new Int32Array(slots),
      slotFound: new Int32Array(slots),
      textQuery: new Int32Array(texts),
      textLog: new Float64Array(texts),
    };
    return this.words;
  }
}

/** The non-blank texts Fuse indexes for a key's value: the string, or each list element. */
function fieldValues(value: unknown): string[] {
  const text = (v: unknown): string =>
    typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v && typeof v === 'object' && 'v' in v ? text(v.v) : '';
  const all = Array.isArray(value) ? value.map(text) : [text(value)];
  return all.filter((t) => t.trim().length > 0);
}
