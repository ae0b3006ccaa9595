// Arbitrary chapters assembled from the white paper's layout pieces (and some noise): the import
// never throws, every quote stays verbatim in the paragraph it cites, every reference resolves,
// and the result survives the corpus file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importChapter } from '../../src/importer/index.js';
import { parseCorpusFile, serialiseCorpus } from '../../src/corpus/file.js';
import { realBuild } from '../support/corpus.js';

const reference = realBuild().corpus;

const PIECES = [
  '3 Addressing Global Issues',
  '3-2 Water and Sanitation',
  '(1) Safe Water for',
  "■ Japan's Efforts",
  'A. Rural Water',
  '● Wells',
  'Specific Example: Wells in Niger',
  'Glossary',
  '*Water security',
  'A state in which people have enough safe water.',
  'Japan provided \\$12 million (approximately ¥1.3 billion) to UNICEF for wells in Niger and Chad in 2018.',
  'Through the World Food Programme (WFP), Japan will provide ¥3 billion over the next three years to the Sahel.',
  'Japan has contributed a total of \\$75 million to the Global Partnership for Sanitation Fund (Sanitation Fund) since 2011.',
  'JICA has trained 800 technicians from Sudan, South Sudan and the Gulf of Guinea states.',
  'Japan also contributed 30 million to the project, and',
  'continued the work in the Democratic Republic of the Congo.',
  'WASH (water, sanitation and hygiene) matters for **public health*** and **gender equality**.',
  'A JICA expert checks a pump in Kenya (Photo: JICA)',
  '¹ The fund was set up in 2011.',
  'Water use rose sharply.¹ Demand keeps growing.',
  'Japan achieved \\$900 million, exceeding the \\$800 million it had pledged.',
  '$ ¥ (( )) ** *** \\$ 1,2,3 million billion',
  'the same year in late July, from FY2016 to FY2018, since October 2017',
];

const chapter = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 40 })), { minLength: 0, maxLength: 14 })
  .chain((blocks) => fc.tuple(fc.constant(blocks), fc.array(fc.constantFrom('\n\n', '\n\n\n\n', '\n'), { minLength: blocks.length, maxLength: blocks.length })))
  .map(([blocks, gaps]) => blocks.map((b, i) => b + gaps[i]).join(''));

test('any chapter: no exception, quotes verbatim, references resolved, the corpus file round-trips', () => {
  fc.assert(
    fc.property(chapter, fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: null }), (text, edition) => {
      const { corpus, warnings } = importChapter(text, { name: 'fuzz', edition, sourceFile: 'fuzz.txt' }, reference);
      const paragraphs = new Map(corpus.paragraphs.map((p) => [p.id, p]));
      const organisations = new Set(corpus.organisations.map((o) => o.id));
      const fundingIds = new Set(corpus.funding.map((f) => f.id));
      const records = [...corpus.programs, ...corpus.funding, ...corpus.figures, ...corpus.glossary, ...corpus.organisations];
      assert.equal(new Set(records.map((r) => r.id)).size, records.length, 'unique ids');
      for (const r of records) {
        for (const q of r.quotes) assert.ok(paragraphs.get(q.paragraph ?? '')?.text.includes(q.text), `${r.id}: "${q.text}"`);
      }
      for (const f of corpus.funding) {
        assert.ok(organisations.has(f.donor));
        if (f.channel) assert.ok(organisations.has(f.channel));
        for (const rel of f.relations) assert.ok(fundingIds.has(rel.target));
        assert.ok(f.purpose.length > 0);
      }
      for (const p of corpus.programs) for (const o of [...p.actors, ...p.partners]) assert.ok(organisations.has(o));
      for (const g of corpus.glossary) if (g.organisation) assert.ok(organisations.has(g.organisation));
      assert.ok(warnings.every((w) => typeof w === 'string' && w.length > 0));
      assert.deepEqual(parseCorpusFile(serialiseCorpus(corpus), 'fuzz.corpus', 'odaref import'), corpus);
    }),
    { numRuns: 60 },
  );
});
