// Resolves a name the user typed to a record: exact (after folding) on names, codes, aliases and
// spellings first, then a unique prefix, then Fuse.js. An exact hit always beats a fuzzy one.
import Fuse from './fuse.js';
import { AMBIGUOUS_SCORE_GAP, NAME_FUSE } from './fuse-options.js';
import { fold } from './normalise.js';

/** How a name matched, in the order they are tried; earlier beats later. */
export const MATCH_KINDS = ['name', 'code', 'alias', 'demonym', 'place', 'prefix', 'fuzzy'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface NameEntry<K> {
  name: string;
  key: K;
  via: Exclude<MatchKind, 'prefix' | 'fuzzy'>;
}

export type NameMatch<K> =
  | { status: 'found'; key: K; via: MatchKind; matched: string }
  | { status: 'ambiguous'; keys: K[]; via: MatchKind; matched: string[] }
  | { status: 'none'; suggestions: K[] };

/** A prefix shorter than this matches too much to mean anything ("s" would pick Sudan). */
const MIN_PREFIX = 3;
/** Suggestions for a miss come from a looser pass; past 0.45 they are noise ("Narnia" -> "Mongolia"). */
const SUGGESTION_THRESHOLD = 0.45;
const MAX_SUGGESTIONS = 3;

export class NameTable<K> {
  private readonly exact = new Map<string, NameEntry<K>[]>();
  private fuse?: Fuse<{ name: string; entry: NameEntry<K> }>;
  private folded: { key: string; entry: NameEntry<K> }[] = [];

  constructor(
    private readonly entries: NameEntry<K>[],
    /** Only these keys are offered by prefix and as suggestions (e.g. countries the chapter names). */
    private readonly eligible: (key: K) => boolean = () => true,
  ) {
    for (const entry of entries) {
      const key = fold(entry.name);
      if (!key) continue;
      const list = this.exact.get(key) ?? [];
      list.push(entry);
      this.exact.set(key, list);
      this.folded.push({ key, entry });
    }
  }

  resolve(query: string): NameMatch<K> {
    const q = fold(query);
    const exact = this.exact.get(q);
    if (exact) return best(exact, query, this.eligible);

    if (q.length >= MIN_PREFIX) {
      const prefixed = distinct(this.folded.filter((f) => f.key.startsWith(q) && this.eligible(f.entry.key)).map((f) => f.entry));
      if (prefixed.length === 1) return { status: 'found', key: prefixed[0].key, via: 'prefix', matched: prefixed[0].name };
      if (prefixed.length > 1) return { status: 'ambiguous', keys: prefixed.map((e) => e.key), via: 'prefix', matched: prefixed.map((e) => e.name) };
    }

    const hits = this.fuzzy(q, NAME_FUSE.threshold ?? 0.4);
    if (hits.length > 0) {
      const top = hits[0];
      const close = distinctHits(hits.filter((h) => h.score - top.score <= AMBIGUOUS_SCORE_GAP));
      if (close.length > 1) return { status: 'ambiguous', keys: close.map((h) => h.entry.key), via: 'fuzzy', matched: close.map((h) => h.entry.name) };
      return { status: 'found', key: top.entry.key, via: 'fuzzy', matched: top.entry.name };
    }
    const loose = distinctHits(this.fuzzy(q, SUGGESTION_THRESHOLD).filter((h) => this.eligible(h.entry.key)));
    return { status: 'none', suggestions: loose.slice(0, MAX_SUGGESTIONS).map((h) => h.entry.key) };
  }

  private fuzzy(q: string, threshold: number): { entry: NameEntry<K>; score: number }[] {
    if (q.length < 2) return [];
    this.fuse ??= new Fuse(
      this.entries.map((entry) => ({ name: fold(entry.name), entry })),
      { ...NAME_FUSE, threshold: Math.max(threshold, SUGGESTION_THRESHOLD), keys: ['name'] } as never,
    );
    return this.fuse
      .search(q.slice(0, 64), { limit: 100 })
      .filter((r) => (r.score ?? 1) <= threshold)
      .map((r) => ({ entry: r.item.entry, score: r.score ?? 1 }));
  }
}

function best<K>(entries: NameEntry<K>[], query: string, eligible: (key: K) => boolean): NameMatch<K> {
  const rank = (e: NameEntry<K>) => MATCH_KINDS.indexOf(e.via);
  const top = Math.min(...entries.map(rank));
  const winners = distinct(entries.filter((e) => rank(e) === top));
  if (winners.length === 1) return { status: 'found', key: winners[0].key, via: winners[0].via, matched: winners[0].name };
  // "Congo" names two countries, one of them in the chapter: that one is meant.
  const named = winners.filter((e) => eligible(e.key));
  if (named.length === 1) return { status: 'found', key: named[0].key, via: named[0].via, matched: named[0].name };
  return { status: 'ambiguous', keys: winners.map((e) => e.key), via: winners[0].via, matched: winners.map(() => query) };
}

function distinct<K>(entries: NameEntry<K>[]): NameEntry<K>[] {
  const seen = new Set<K>();
  return entries.filter((e) => (seen.has(e.key) ? false : (seen.add(e.key), true)));
}

function distinctHits<K>(hits: { entry: NameEntry<K>; score: number }[]): { entry: NameEntry<K>; score: number }[] {
  const seen = new Set<K>();
  return hits.filter((h) => (seen.has(h.entry.key) ? false : (seen.add(h.entry.key), true)));
}
