// Fuzzy search over records: a word index finds the records that hold every query word (exactly,
// as a word start, or a few letters off) and estimates how Fuse.js would score each; Fuse then
// scores only the best of them, so a query costs about the same at 300 records as at 300,000.
import Fuse, { type IFuseOptions } from 'fuse.js';
import { tokens } from './normalise.js';
import { fuseNorm, MIN_PREFIX_WORD, WordIndex } from './vocabulary.js';

export { MIN_PREFIX_WORD } from './vocabulary.js';

export interface SearchKey {
  name: string;
  weight: number;
}

export interface Hit<T> {
  item: T;
  /** Fuse's score: 0 is a perfect match, 1 no match. */
  score: number;
  /** Fuse did not score this hit (it ranked below FUSE_BUDGET other candidates): the score is the
   * word index's estimate, never better than the hit before it. */
  estimated?: boolean;
}

/** What the prefilter did for one query, for the benchmark's explanations. */
export interface SearchPlan {
  /** Records holding every query word (exactly or fuzzily), ascending. */
  candidates: number[];
  /** The same records in the order Fuse is offered them: most exact words, then best estimate. */
  ranked: number[];
  /** How many of `ranked` Fuse scored (the rest are returned unchecked, in that order). */
  scored: number;
}

/**
 * Records above which search() narrows by the word index before Fuse. Zero: at every size. A
 * full scan costs ~40 µs a record per query, so even the bundled 140 programs (300 in the
 * benchmark) take 10-18 ms, over the 5 ms target; the index takes 1-2 ms there. The ranking
 * differs from a full scan only where the index does not find what Fuse's substring match does.
 */
export const PREFILTER_ABOVE = 0;

/**
 * The most candidates Fuse scores per query, best estimate first. At ~40-55 µs a record this is
 * 8-11 ms; 200 leaves room for the 20 ms target at 30,000 records while reaching well past the
 * top ten even when the estimate misplaces records (it misses Fuse's substring matches).
 */
export const FUSE_BUDGET = 200;

/** ln of what Fuse multiplies in for a field that is exactly the query (its score 0 -> EPSILON). */
const LN_PERFECT = Math.log(Number.EPSILON);

interface Scratch {
  /** Per record: the query that last touched it, how many query words it has matched so far,
   * how many it holds exactly, the word last counted exact, and its estimated ln(score). */
  seen: Int32Array;
  matched: Int32Array;
  exact: Int32Array;
  exactSeen: Int32Array;
  logScore: Float64Array;
  /** Per slot: the query word that last credited it, so each slot counts once per word. */
  slotSeen: Int32Array;
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
     * values as Fuse does instead (a list element is a field of its own to Fuse, with its own
     * length norm), so this is kept for callers that explain a match in words.
     */
    readonly fieldText: (record: T, key: string) => string,
  ) {}

  /** Distinct words the index knows (0 before the first prefiltered search builds it). */
  get vocabularySize(): number {
    return this.words?.words.length ?? 0;
  }

  /** Distinct adjacent word pairs run together ("land mines" -> "landmines"). */
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
    if (words.length === 0) return { candidates: [], ranked: [], scored: 0 };
    const ranked = this.rank(words);
    return { candidates: [...ranked].sort((a, b) => a - b), ranked: [...ranked], scored: Math.min(FUSE_BUDGET, ranked.length) };
  }

  /** Fuse over every record, then the exact-word rule: the comparison the prefilter is held to. */
  private fullScan(words: string[]): Hit<T>[] {
    this.fullFuse ??= new Fuse(this.records, { ...this.options, keys: this.keys });
    const exact = this.exactCounts(words);
    const hits = this.fullFuse.search(words.join(' ')).map((r) => ({ hit: { item: r.item, score: r.score ?? 1 }, exact: exact[r.refIndex] }));
    // Stable sort: within the same count of exact words, Fuse's order.
    const complete = hits.some((h) => h.exact === words.length);
    return hits
      .filter((h) => !complete || h.exact === words.length)
      .sort((a, b) => b.exact - a.exact)
      .map((h) => h.hit);
  }

  /**
   * Fuse ranks "mine" inside "Ministry" close to the word "Mine". So records that hold the query's
   * words as words (or word starts) come first, and when some hold every word, purely fuzzy hits
   * ("DDR" -> "JDR") and partial ones are dropped, as an exact name beats a fuzzy one. Fuse scores
   * the first FUSE_BUDGET candidates; any further ones follow, unchecked, by the index's estimate.
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
    // The exact-word rule, over what Fuse kept and what it did not see (which holds every word
    // exactly when any of it does: ranked puts the most exact words first).
    const complete = hits.some((h) => exact[h.index] === words.length) || (unchecked.length > 0 && exact[unchecked[0]] === words.length);
    const keep = (i: number) => !complete || exact[i] === words.length;
    const out: Hit<T>[] = hits
      .filter((h) => keep(h.index))
      .sort((a, b) => exact[b.index] - exact[a.index] || a.score - b.score || a.index - b.index)
      .map((h) => ({ item: this.records[h.index], score: h.score }));
    let floor = out.length > 0 ? out[out.length - 1].score : 0;
    for (const i of unchecked) {
      if (!keep(i)) break; // ranked by exact words first: the rest hold fewer
      floor = Math.max(floor, Math.exp(logScore[i]));
      out.push({ item: this.records[i], score: floor, estimated: true });
    }
    return out;
  }

  /** Candidates, most exact words first, then best estimated score, then record order. */
  private rank(words: string[]): Int32Array {
    const { list, count } = this.collect(words);
    const { exact, logScore } = this.scratch!;
    return list.subarray(0, count).sort((a, b) => exact[b] - exact[a] || logScore[a] - logScore[b] || a - b);
  }

  /**
   * Candidates into the scratch arrays: for each query word (the rarest first), the records
   * with a slot holding one of its expansions, intersected; per record, how many query words it
   * holds exactly and an estimate of Fuse's score, ln of the product over slots of the best
   * expansion's score raised to the slot's weight, as Fuse combines its field scores.
   */
  private collect(words: string[]): { list: Int32Array; count: number } {
    const index = this.wordIndex();
    const s = this.scratch!;
    const times = new Map<string, number>();
    for (const w of words) times.set(w, (times.get(w) ?? 0) + 1);
    const expanded = [...times].map(([word, n]) => {
      const expansions = index.expand(word);
      return { n, expansions, size: expansions.reduce((sum, e) => sum + e.slots.length, 0) };
    });
    if (expanded.some((e) => e.size === 0)) return { list: new Int32Array(0), count: 0 };
    expanded.sort((a, b) => a.size - b.size);
    const oneWord = words.length === 1;
    const query = ++this.tick;
    const list = new Int32Array(Math.min(this.records.length, expanded[0].size));
    let count = 0;
    for (let j = 0; j < expanded.length && (j === 0 || count > 0); j++) {
      const { n, expansions } = expanded[j];
      const word = ++this.tick;
      for (const e of expansions) {
        const lnScore = Math.log(e.score);
        for (const slot of e.slots) {
          const r = index.slotRecord[slot];
          if (j === 0) {
            if (s.seen[r] !== query) {
              s.seen[r] = query;
              s.matched[r] = 0;
              s.exact[r] = 0;
              s.logScore[r] = 0;
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
          if (s.slotSeen[slot] !== word) {
            s.slotSeen[slot] = word;
            const perfect = oneWord && e.word >= 0 && index.slotWhole[slot] === e.word;
            s.logScore[r] += index.slotWeight[slot] * (perfect ? LN_PERFECT : lnScore);
          }
        }
      }
      // Keep the records that hold this word too.
      let kept = 0;
      for (let i = 0; i < count; i++) if (s.matched[list[i]] === j + 1) list[kept++] = list[i];
      count = kept;
    }
    return { list, count };
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
    this.words = new WordIndex({
      count: this.records.length,
      keyWeights: this.keys.map((k) => k.weight / total),
      norm: this.options.ignoreFieldNorm ? () => 1 : (text) => fuseNorm(text, normWeight),
      texts: (r, k) => fieldValues(getFn(this.records[r], paths[k])),
    });
    const n = this.records.length;
    const slots = this.words.slotCount;
    this.scratch = {
      seen: new Int32Array(n),
      matched: new Int32Array(n),
      exact: new Int32Array(n),
      exactSeen: new Int32Array(n),
      logScore: new Float64Array(n),
      slotSeen: new Int32Array(slots),
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
