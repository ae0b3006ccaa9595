// Fuse.js as odaref uses it: every search goes through Fuse (its options, keys, weights, field
// norms and ranking), but the score of one text for one pattern comes from FieldScorer, Fuse's
// Bitap search ported to typed arrays with exact shortcuts (fuse-score.ts), plugged in through
// Fuse's own searcher hook (Fuse.use). Fuse's Bitap allocates an array the length of the text per
// error level, and one more for its match mask, and scans all of it even when the pattern is
// there verbatim: for the long quotes of program records that was most of a search's time. The
// scores are Fuse's to the bit: test/unit/fuse-searcher.test.ts compares them with an unplugged
// Fuse on the corpus and on random texts. Import Fuse from here, never from 'fuse.js'
// (test/unit/source-text.test.ts).
import Fuse, { type IFuseOptions } from 'fuse.js';
import { bitapOptions, FieldScorer } from './fuse-score.js';

/** Fuse hands a searcher its options over its defaults ({...Config, ...options}): an option set
 * to undefined stays undefined, and its BitapSearch then takes the default, as this one does. */
type SearcherOptions = IFuseOptions<unknown>;

/** A Fuse searcher (the interface of Fuse's BitapSearch) scoring with FieldScorer. */
class FieldScoreSearch {
  /** Fuse asks each plugged-in searcher in turn whether it takes a query. This one takes what
   * FieldScorer reproduces: not the extended or token search (plugged in before it, and asked
   * first), not match positions for highlighting, not diacritics folded. */
  static condition(_pattern: string, o: SearcherOptions): boolean {
    return !o.includeMatches && bitapOptions(o) !== undefined;
  }

  private readonly scorer: FieldScorer;
  private readonly caseSensitive: boolean;

  constructor(pattern: string, o: SearcherOptions) {
    this.caseSensitive = o.isCaseSensitive ?? Fuse.config.isCaseSensitive;
    this.scorer = new FieldScorer(this.fold(pattern), bitapOptions(o)!);
  }

  searchIn(text: string): { isMatch: boolean; score: number } {
    const score = this.scorer.score(this.fold(text));
    return score < 0 ? { isMatch: false, score: 1 } : { isMatch: true, score };
  }

  private fold(text: string): string {
    return this.caseSensitive ? text : text.toLowerCase();
  }
}

Fuse.use(FieldScoreSearch);

export default Fuse;
