// odaref's Fuse (src/search/fuse.ts: FieldScorer plugged in as Fuse's searcher) against Fuse as
// published, which scores with its own Bitap search: the same matches and the same scores, to the
// bit, on the corpus's own texts and on random ones, for odaref's options and others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import Fuse from '../../src/search/fuse.js';
import { NAME_FUSE, PROGRAM_KEYS, recordFuse } from '../../src/search/fuse-options.js';
import { programDoc } from '../../src/search/programs.js';
import { FieldScorer } from '../../src/search/fuse-score.js';
import { realCatalogue } from '../support/corpus.js';

// The CommonJS build of the same Fuse 7.5: a separate module with its own (empty) plugin list.
const PlainFuse = createRequire(import.meta.url)('fuse.js') as typeof Fuse;

type Options = Parameters<typeof Fuse.match>[2];

const cat = realCatalogue();
const programs = cat.corpus.programs.map((p) => programDoc(cat, p));

/** Every text Fuse is given to search, and the paragraphs the records quote. */
const texts = [
  ...programs.flatMap((d) => [d.title, d.summary, d.quoteText, d.sectionTitle, ...d.partnerNames, ...d.countryNames, ...d.actorNames, ...d.themeNames]),
  ...cat.corpus.funding.flatMap((f) => [f.purpose, f.amountText, ...f.quotes.map((q) => q.text)]),
  ...cat.corpus.glossary.flatMap((g) => [g.term, g.definition ?? '']),
  ...cat.corpus.paragraphs.map((p) => p.text),
].filter((t): t is string => typeof t === 'string' && t.length > 0);

/** Query words from the corpus, each also misspelt four ways, plus phrases and long patterns. */
function patterns(): string[] {
  const words = [...new Set(texts.flatMap((t) => t.toLowerCase().match(/[a-z]{4,}/g) ?? []))].sort();
  const picked = words.filter((_, i) => i % 151 === 0);
  const misspelt = picked.flatMap((w) => [
    w.slice(0, 2) + w[3] + w[2] + w.slice(4), // two letters swapped
    w.slice(0, 1) + w.slice(2), // one dropped
    w.slice(0, 3) + 'x' + w.slice(3), // one added
    'q' + w.slice(1), // one changed
  ]);
  return [
    ...picked,
    ...misspelt,
    'landmine', 'landmien', 'mine cambodia', 'DDR', 'Peacbuilding', 'UNICEF', 'Myanmar', 'Côte', 'a', 'zz',
    'disarmament demobilization and reintegration of former combatants', // over 32 letters: chunks
  ];
}

test("odaref's Fuse has FieldScorer plugged in; the plain one, used as the reference here, has not", () => {
  const searcher = (F: typeof Fuse, o?: Options) => new F(['text'], o)._getSearcher('text').constructor.name;
  assert.equal(searcher(Fuse), 'FieldScoreSearch');
  assert.equal(searcher(PlainFuse), 'BitapSearch');
  // What FieldScorer does not reproduce stays with Fuse's own searcher.
  assert.equal(searcher(Fuse, { includeMatches: true }), 'BitapSearch');
  assert.equal(searcher(Fuse, { ignoreDiacritics: true }), 'BitapSearch');
  assert.equal(searcher(Fuse, { useExtendedSearch: true }), 'ExtendedSearch');
});

test("one text's score is Fuse's own, for every corpus text and odaref's options and Fuse's defaults", () => {
  const optionSets: Options[] = [
    recordFuse(PROGRAM_KEYS),
    NAME_FUSE,
    {}, // Fuse's defaults: location 0, distance 100, threshold 0.6
    { threshold: 0.35, ignoreLocation: true, isCaseSensitive: true },
    { threshold: 0.35, ignoreLocation: true, findAllMatches: true, minMatchCharLength: 3 },
  ];
  const queries = patterns();
  let compared = 0;
  let matched = 0;
  optionSets.forEach((o, set) => {
    // Half the texts with the record options, a tenth with each of the others: a few seconds.
    const some = texts.filter((_, i) => (set === 0 ? i % 2 === 0 : i % 10 === set));
    for (const pattern of queries) {
      for (const text of some) {
        const got = Fuse.match(pattern, text, o);
        assert.deepEqual(got, PlainFuse.match(pattern, text, o), JSON.stringify({ pattern, text: text.slice(0, 80), o }));
        compared++;
        if (got.isMatch) matched++;
      }
    }
  });
  // Enough of both outcomes for the comparison to mean something.
  assert.ok(compared > 50_000 && matched > 2_000, `${compared} compared, ${matched} matched`);
});

test('the programs search ranks and scores as Fuse with its own searcher does', () => {
  const options = { ...recordFuse(PROGRAM_KEYS), includeScore: true };
  const ours = new Fuse(programs, options);
  const plain = new PlainFuse(programs, options);
  for (const q of patterns().filter((_, i) => i % 3 === 0)) {
    const got = ours.search(q).map((r) => [r.refIndex, r.score]);
    assert.deepEqual(got, plain.search(q).map((r) => [r.refIndex, r.score]), q);
  }
  assert.ok(ours.search('landmine').length >= 10);
});

test('random texts and patterns score as Fuse scores them, whatever the options', () => {
  const unit = fc.constantFrom('a', 'n', 'm', 'i', 'e', ' ', 'land', 'mine', 'cambodia', 'é', 'É', 'peacebuilding', 'L', 'x');
  // Every option also left undefined: Fuse then takes its default, and so must FieldScoreSearch.
  // includeMatches stays off: with it on, Fuse's own searcher answers (the first test checks that).
  const options = fc.record({
    threshold: fc.constantFrom(0, 0.1, 0.2, 0.35, 0.6, 1, undefined),
    ignoreLocation: fc.constantFrom(true, false, undefined),
    minMatchCharLength: fc.constantFrom(1, 2, 3, undefined),
    findAllMatches: fc.constantFrom(true, false, undefined),
    location: fc.constantFrom(0, 5, undefined),
    distance: fc.constantFrom(0, 10, 100, undefined),
    isCaseSensitive: fc.constantFrom(true, false, undefined),
  });
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 40 }), fc.array(unit, { maxLength: 20 }), options, (t, p, o) => {
      const text = t.join('');
      const pattern = p.join('');
      assert.deepEqual(Fuse.match(pattern, text, o), PlainFuse.match(pattern, text, o), JSON.stringify({ text, pattern, o }));
    }),
    { numRuns: 5000 },
  );
  // An option set to undefined, through a whole search as well.
  const docs = ['landmines in cambodia', 'mine action', 'peacebuilding'];
  const o = { keys: [] as string[], threshold: undefined, includeScore: true };
  assert.deepEqual(new Fuse(docs, o).search('landmien'), new PlainFuse(docs, o).search('landmien'));
  assert.ok(new Fuse(docs, o).search('landmien').length > 0);
});

test('a scorer that cut its pattern into rare pieces scores every text as Fuse does', () => {
  const lowered = texts.map((t) => t.toLowerCase());
  const o = recordFuse(PROGRAM_KEYS);
  const bitap = { threshold: 0.35, location: 0, distance: 100, ignoreLocation: true, findAllMatches: false, minMatchCharLength: 2 };
  let recut = 0;
  for (const pattern of patterns().filter((_, i) => i % 2 === 0)) {
    const p = pattern.toLowerCase();
    const plain = new FieldScorer(p, bitap);
    const rare = new FieldScorer(p, bitap);
    rare.preferRarePieces(lowered.filter((_, i) => i % 7 === 0));
    if (JSON.stringify(rare) !== JSON.stringify(plain)) recut++;
    for (const text of lowered.filter((_, i) => i % 3 === 0)) {
      const hit = PlainFuse.match(p, text, o);
      const expected = hit.isMatch ? hit.score : -1;
      assert.equal(rare.score(text), expected, JSON.stringify({ p, text: text.slice(0, 80) }));
      assert.equal(plain.score(text), expected);
    }
  }
  assert.ok(recut > 5, `${recut} patterns were cut otherwise`);
});

test('the rare cut avoids pieces most texts hold: "landmien" is not cut around "en"', () => {
  const bitap = { threshold: 0.35, location: 0, distance: 100, ignoreLocation: true, findAllMatches: false, minMatchCharLength: 2 };
  const scorer = new FieldScorer('landmien', bitap);
  scorer.preferRarePieces(['entente', 'open ended', 'the lens', 'women', 'land', 'a plan', 'kids', 'patient']);
  const pieces = (scorer as unknown as { chunks: { pieces: string[] }[] }).chunks[0].pieces;
  assert.ok(!pieces.includes('en'), pieces.join('|'));
  assert.equal(pieces.join(''), 'landmien');
});
