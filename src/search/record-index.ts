// Fuzzy search over records with Fuse.js, narrowed first by a token index once the record count
// makes a full scan slow (Fuse's cost grows with the records, a word lookup's does not).
import Fuse, { type IFuseOptions } from 'fuse.js';
import { tokens } from './normalise.js';

export interface SearchKey {
  name: string;
  weight: number;
}

export interface Hit<T> {
  item: T;
  /** Fuse's score: 0 is a perfect match, 1 no match. */
  score: number;
}

/**
 * Below this many records a full Fuse scan takes a few milliseconds and the prefilter would
 * only change the ranking (Fuse's token weights depend on the set searched); above it the scan
 * grows linearly (30 ms at 3,000 records) and the prefilter pays for itself.
 */
export const PREFILTER_ABOVE = 2000;

/** Only the best Fuse hits are re-ranked: past these, the order no longer matters to a reader. */
const EXACT_RERANK_LIMIT = 200;
/** A query word this long also counts as exact when it starts a word ("landmine" in "landmines"). */
const MIN_PREFIX_WORD = 4;

/** A query word this short matches too many vocabulary entries fuzzily to narrow anything. */
const MIN_FUZZY_TOKEN = 3;

/** Word-level fuzzy matching over the vocabulary: same threshold as the record search. */
const VOCAB_FUSE: IFuseOptions<string> = { threshold: 0.35, ignoreLocation: true, includeScore: false, minMatchCharLength: 2 };

export class RecordIndex<T extends object> {
  private readonly fuse: Fuse<T>;
  private vocabulary?: { words: string[]; postings: Map<string, number[]>; fuse: Fuse<string> };

  constructor(
    readonly records: T[],
    private readonly keys: SearchKey[],
    private readonly options: IFuseOptions<T>,
    /** The text of one field of a record (lists joined by spaces), for the token index. */
    private readonly fieldText: (record: T, key: string) => string,
  ) {
    this.fuse = new Fuse(records, { ...options, keys });
  }

  search(query: string, opts: { prefilter?: boolean } = {}): Hit<T>[] {
    const words = tokens(query);
    if (words.length === 0) return [];
    const usePrefilter = opts.prefilter ?? this.records.length > PREFILTER_ABOVE;
    let hits: Hit<T>[];
    if (!usePrefilter) {
      hits = this.fuse.search(words.join(' ')).map((r) => ({ item: r.item, score: r.score ?? 1 }));
    } else {
      const candidates = this.candidates(words);
      if (candidates.length === 0) return [];
      const narrowed = new Fuse(candidates.map((i) => this.records[i]), { ...this.options, keys: this.keys });
      hits = narrowed.search(words.join(' ')).map((r) => ({ item: r.item, score: r.score ?? 1 }));
    }
    return this.preferExact(hits, words);
  }

  /**
   * Fuse ranks "mine" inside "Ministry" close to the word "Mine". Records that hold the query's
   * words as words (or word starts) come first; when some hold every word, purely fuzzy hits
   * ("DDR" -> "JDR") and partial ones are dropped, as an exact name beats a fuzzy one.
   */
  private preferExact(hits: Hit<T>[], words: string[]): Hit<T>[] {
    const scored = hits.slice(0, EXACT_RERANK_LIMIT).map((hit, rank) => {
      const text = new Set(this.keys.flatMap((k) => tokens(this.fieldText(hit.item, k.name))));
      const exact = words.filter((w) => text.has(w) || (w.length >= MIN_PREFIX_WORD && [...text].some((t) => t.startsWith(w)))).length;
      return { hit, rank, exact };
    });
    const complete = scored.some((s) => s.exact === words.length);
    return scored
      .filter((s) => !complete || s.exact === words.length)
      .sort((a, b) => b.exact - a.exact || a.rank - b.rank)
      .map((s) => s.hit)
      .concat(complete ? [] : hits.slice(EXACT_RERANK_LIMIT));
  }

  /** Records that hold, for every query word, a word equal, prefixed or fuzzily close to it. */
  candidates(words: string[]): number[] {
    const vocab = this.ensureVocabulary();
    let result = null as Set<number> | null;
    for (const word of words) {
      const matches = new Set<number>();
      const add = (w: string) => vocab.postings.get(w)?.forEach((i) => matches.add(i));
      add(word);
      if (word.length >= MIN_FUZZY_TOKEN) {
        for (const hit of vocab.fuse.search(word)) add(hit.item);
      } else {
        for (const w of vocab.words) if (w.startsWith(word)) add(w);
      }
      result = result === null ? matches : new Set([...result].filter((i) => matches.has(i)));
      if (result.size === 0) break;
    }
    return [...(result ?? [])].sort((a, b) => a - b);
  }

  private ensureVocabulary() {
    if (this.vocabulary) return this.vocabulary;
    const postings = new Map<string, number[]>();
    this.records.forEach((record, i) => {
      const seen = new Set<string>();
      for (const key of this.keys) for (const w of tokens(this.fieldText(record, key.name))) seen.add(w);
      for (const w of seen) {
        const list = postings.get(w);
        if (list) list.push(i);
        else postings.set(w, [i]);
      }
    });
    const words = [...postings.keys()];
    this.vocabulary = { words, postings, fuse: new Fuse(words, VOCAB_FUSE) };
    return this.vocabulary;
  }
}
