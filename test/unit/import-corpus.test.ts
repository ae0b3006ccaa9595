// The imported corpus as a whole: its source statement and reference date, the warnings about
// anything suspicious, a file with no headings, the default name, provenance of every record, the
// corpus file round trip, and the bundled chapter imported against its own curated records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defaultCorpusName, importChapter, type ImportOptions } from '../../src/importer/index.js';
import { CORPUS_FORMAT_VERSION, parseCorpusFile, serialiseCorpus } from '../../src/corpus/file.js';
import type { Corpus } from '../../src/corpus/types.js';
import { UsageError } from '../../src/errors.js';
import { realBuild } from '../support/corpus.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/chapters/${name}`, import.meta.url), 'utf8');
const bundledText = readFileSync(new URL('../../data/source/white-paper-2018-peaceful-secure-society.txt', import.meta.url), 'utf8');
const reference = realBuild().corpus;
const run = (text: string, options: Partial<ImportOptions> = {}) =>
  importChapter(text, { name: 'test', edition: null, sourceFile: 'chapter.txt', ...options }, reference);

const text2019 = fixture('global-issues-2019.txt');
const edition2019 = run(text2019, { name: 'global-issues-2019', edition: 2019, sourceFile: 'chapters/global-issues-2019.txt' });
const edition2017 = run(fixture('global-issues-2017.txt'), { edition: 2017, sourceFile: 'global-issues-2017.txt' });
const headingless = run(fixture('notes-on-nutrition.txt'), { sourceFile: 'test/fixtures/chapters/notes-on-nutrition.txt' });
const bundled = run(bundledText, { name: 'bundled-again', edition: 2018, sourceFile: 'white-paper-2018-peaceful-secure-society.txt' });

test('the source statement: from the first heading, the file and the options, and plain that nothing was reviewed', () => {
  const { corpus } = edition2019;
  assert.equal(corpus.formatVersion, CORPUS_FORMAT_VERSION);
  assert.equal(corpus.name, 'global-issues-2019');
  assert.equal(corpus.edition, 2019);
  assert.equal(corpus.source.title, 'Addressing Global Issues');
  assert.equal(corpus.source.part, '3 Addressing Global Issues');
  assert.equal(corpus.source.edition, 'White Paper on Development Cooperation 2019');
  assert.equal(corpus.source.publisher, 'Ministry of Foreign Affairs of Japan (as imported; not checked)');
  assert.equal(corpus.source.file, 'chapters/global-issues-2019.txt');
  assert.equal(corpus.source.sha256, createHash('sha256').update(text2019).digest('hex'));
  for (const statement of [corpus.source.licence, corpus.source.citation, corpus.source.editedStatement]) {
    assert.match(statement, /machine-extracted by odaref/i);
    assert.match(statement, /not (?:been )?reviewed/);
  }
  assert.deepEqual(corpus.dacSectors, {});
  assert.equal(headingless.corpus.edition, 0);
  assert.equal(headingless.corpus.source.edition, 'unknown edition');
});

test('sections and paragraphs: the layout of the 2019 fixture undone', () => {
  const { corpus } = edition2019;
  assert.deepEqual(
    corpus.sections.map((s) => [s.id, s.kind, s.parent]),
    [
      ['3', 'chapter', null],
      ['3-1', 'section', '3'],
      ['3-1(1)', 'subsection', '3-1'],
      ['3-1(1).efforts', 'efforts', '3-1(1)'],
      ['3-1(1).example-1', 'example', '3-1(1).efforts'],
      ['3-1(2)', 'subsection', '3-1'],
      ['3-1(2).efforts', 'efforts', '3-1(2)'],
      ['3-1(2).polio-measles', 'topic', '3-1(2).efforts'],
      ['3-1(2).health-humanitarian-crises', 'topic', '3-1(2).efforts'],
      ['3-1(2).antimicrobial-resistance', 'topic', '3-1(2).efforts'],
      ['3-2', 'section', '3'],
      ['3-2.efforts', 'efforts', '3-2'],
      ['3-2.A', 'lettered', '3-2.efforts'],
      ['3-2.A.oceans', 'topic', '3-2.A'],
      ['3-2.B', 'lettered', '3-2.efforts'],
      ['3.glossary', 'glossary', '3'],
    ],
  );
  // The sentence a page break cut is one paragraph again, the caption dropped into the gap apart.
  const joined = corpus.paragraphs.find((p) => p.id === '3-1(1).efforts/p3');
  assert.deepEqual(joined?.lines, [20, 26]);
  assert.ok(joined?.text.includes('projects on maternal and child health. In Guinea'));
  assert.deepEqual(
    corpus.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.text),
    ['A JICA expert and nurses at a district hospital in Southern Province, Zambia (Photo: JICA)', 'Japan’s climate finance by year'],
  );
  const marked = corpus.paragraphs.find((p) => p.id === '3-1(1).efforts/p2');
  assert.deepEqual(marked?.footnotes.map((f) => [f.marker, f.text]), [['1', 'The Global Fund was established in 2002 as a partnership of governments, civil society and the private sector.']]);
  assert.ok(corpus.paragraphs.some((p) => p.id === '3-1(1).efforts/fn1' && p.kind === 'footnote'));
  assert.ok(!corpus.paragraphs.some((p) => /\\\$|\*\*|[¹²]/.test(p.text)), 'no escaped dollar, bold mark or superscript survives');
});

test('the reference date: the end of the month of the latest dated event, and how it was found', () => {
  assert.equal(edition2019.corpus.source.referenceDate, '2019-12-31');
  assert.match(edition2019.corpus.source.referenceDateNote, /"in December 2019" \(3-2\.B\/p3\)/);
  assert.equal(edition2017.corpus.source.referenceDate, '2017-12-31');
});

test('the reference date: given, or from the edition, or from the latest year, or not known', () => {
  const given = run(text2019, { edition: 2019, referenceDate: '2020-03-31' });
  assert.equal(given.corpus.source.referenceDate, '2020-03-31');
  assert.match(given.corpus.source.referenceDateNote, /Given on import/);
  assert.equal(given.corpus.funding[0].period?.to, '2020-03-31', 'open periods run to it');
  assert.throws(() => run(text2019, { referenceDate: '31/12/2019' }), UsageError);

  const noMonth = 'Japan contributed $1 million to UNICEF in 2020.';
  assert.equal(run(noMonth, { edition: 2021 }).corpus.source.referenceDate, '2021-12-31');
  assert.equal(run(noMonth).corpus.source.referenceDate, '2020-12-31');
  assert.equal(headingless.corpus.source.referenceDate, '2020-12-31');

  const undated = run('Japan has contributed a total of $4 million to UNICEF to date.');
  assert.equal(undated.corpus.source.referenceDate, '');
  assert.match(undated.corpus.source.referenceDateNote, /^Not known/);
  assert.equal(undated.corpus.funding[0].period?.to, null, 'no end date is invented');
  assert.ok(undated.warnings.some((w) => w.startsWith('no reference date')));
});

test('an event beyond the year after the edition is a plan, not the reference date', () => {
  const planned = run('In March 2019, Japan announced support for a conference in October 2025.', { edition: 2018 });
  assert.equal(planned.corpus.source.referenceDate, '2019-03-31');
});

test('warnings: everything suspicious in the 2019 fixture, once each', () => {
  assert.deepEqual(edition2019.warnings, [
    'heading "Measures against Infectious Diseases and" (section 3-1(2)) looks cut: it ends with "and"',
    'section 3-2.A.oceans "Oceans" has no paragraphs',
    'footnote 2 at line 54 has no marker in the text',
    'paragraph 3-1(2)/p1 (line 36) ends mid-sentence',
    'amount with no currency in 3-2.B/p3: "has also contributed 154.5 billion" (not recorded as funding)',
  ]);
  assert.deepEqual(edition2017.warnings, []);
});

test('warnings: an amount with no currency, in the words odaref looks for', () => {
  const warned = (text: string) => run(`2 Heading\n\n${text}`).warnings.filter((w) => w.startsWith('amount with no currency'));
  assert.equal(warned('Japan contributed 5 million to the fund.').length, 1);
  assert.equal(warned('The plan mobilised 45 billion in assistance.').length, 1);
  assert.equal(warned('The epidemic affected 5 million people.').length, 0, 'a count of people');
  assert.equal(warned('Japan contributed $5 million to the fund.').length, 0, 'a currency');
  assert.equal(warned('The region is home to 45 billion trees.').length, 0, 'no money word');
});

test('warnings: a heading ending with a comma, and a footnote marker with no footnote', () => {
  const result = run(['2 Heading', '', '2-1 Health, Water,', '', 'Text with a marker.³ More text.'].join('\n'));
  assert.ok(result.warnings.includes('heading "Health, Water," (section 2-1) looks cut: it ends with ","'));
  assert.ok(result.warnings.includes('footnote marker 3 in 2-1/p1 has no footnote text'));
});

test('a file with no headings: one section "0" titled from the file name, and a warning', () => {
  const { corpus, warnings } = headingless;
  assert.deepEqual(warnings, ['no headings recognised: imported as paragraphs']);
  assert.deepEqual(corpus.sections, [{ id: '0', title: 'notes-on-nutrition', kind: 'chapter', parent: null, path: ['notes-on-nutrition'], paragraphs: ['0/p1', '0/p2'] }]);
  assert.equal(corpus.source.title, 'notes-on-nutrition');
  assert.deepEqual(
    corpus.funding.map((f) => [f.id, f.amount, f.currency, f.status, f.basis, f.channel, f.beneficiaries, f.section, f.sectionPath]),
    [['fund-1-usd1m', 1_000_000, 'USD', 'disbursed', 'one-year', 'unicef', ['ZMB'], '0', ['notes-on-nutrition']]],
  );
  assert.deepEqual(corpus.programs, [], 'no efforts heading, no programs');
  assert.equal(run('').warnings[0], 'the file holds no text');
});

test('the default name comes from the first heading: safe characters only, at most 40', () => {
  assert.equal(defaultCorpusName(text2019), 'addressing-global-issues');
  assert.equal(defaultCorpusName('\n2 Sharing Universal Values and Realizing a Peaceful and Secure Society\n'), 'sharing-universal-values-and-realizing-a');
  assert.equal(defaultCorpusName("4 Côte d'Ivoire: Health & Water\n\nText."), 'cote-divoire-health-water');
  assert.equal(defaultCorpusName('2-1 Health\n\nText.'), 'health');
  assert.equal(defaultCorpusName(fixture('notes-on-nutrition.txt')), 'imported');
  for (const text of [text2019, bundledText]) {
    const name = defaultCorpusName(text);
    assert.match(name, /^[a-z0-9-]{1,40}$/);
  }
});

test('the summary counts what was extracted', () => {
  assert.deepEqual(edition2019.summary, {
    sections: 16,
    paragraphs: 24,
    amounts: 12,
    countries: 13,
    acronyms: 9,
    glossaryTerms: 2,
    definitions: 1,
    programs: 14,
    figures: 2,
  });
  assert.equal(edition2019.summary.flowsWithoutAmount, undefined, 'flows without an amount are not extracted');
});

test('figures: counts are kept apart from money', () => {
  assert.deepEqual(
    edition2019.corpus.figures.map((f) => [f.id, f.value, f.approximate, f.valueText, f.unit, f.kind, f.status, f.section]),
    [
      ['fig-1', 3500, true, 'approximately 3,500', 'nurses', 'people-trained', 'achieved', '3-1(1).efforts'],
      ['fig-2', 1200, false, '1,200', 'community health workers', 'people-trained', 'achieved', '3-1(1).example-1'],
    ],
  );
});

// ---- every record, every corpus ----

function checkProvenance(corpus: Corpus, label: string): void {
  const paragraphs = new Map(corpus.paragraphs.map((p) => [p.id, p]));
  const sections = new Map(corpus.sections.map((s) => [s.id, s]));
  const organisations = new Set(corpus.organisations.map((o) => o.id));
  const places = new Set([...corpus.countries.map((c) => c.alpha3), ...corpus.groupings.map((g) => g.id)]);
  const fundingIds = new Set(corpus.funding.map((f) => f.id));
  const records = [...corpus.programs, ...corpus.funding, ...corpus.figures, ...corpus.glossary, ...corpus.organisations];
  const ids = [...records.map((r) => r.id), ...corpus.groupings.map((g) => g.id)];
  assert.equal(new Set(ids).size, ids.length, `${label}: ids are unique across kinds`);
  for (const r of records) {
    assert.equal((r as { origin?: string }).origin, 'extracted', `${label}: ${r.id} is marked extracted`);
    for (const q of r.quotes) {
      assert.ok(paragraphs.get(q.paragraph ?? '')?.text.includes(q.text), `${label}: ${r.id}: "${q.text}" is verbatim in ${q.paragraph}`);
      assert.ok(r.paragraphs.includes(q.paragraph!), `${label}: ${r.id} cites ${q.paragraph}`);
    }
    if (r.quotes.length) {
      assert.equal(r.section, paragraphs.get(r.paragraphs[0])!.section, `${label}: ${r.id}: section`);
      assert.deepEqual(r.sectionPath, sections.get(r.section)!.path, `${label}: ${r.id}: section path`);
    }
  }
  for (const f of corpus.funding) {
    assert.ok(f.quotes.some((q) => q.text.includes(f.amountText!)), `${label}: ${f.id}: amount in quote`);
    assert.ok(organisations.has(f.donor), `${label}: ${f.id}: donor`);
    if (f.channel) assert.ok(organisations.has(f.channel), `${label}: ${f.id}: channel`);
    for (const b of f.beneficiaries) assert.ok(places.has(b), `${label}: ${f.id}: ${b}`);
    for (const rel of f.relations) assert.ok(fundingIds.has(rel.target), `${label}: ${f.id}: ${rel.target}`);
    for (const p of f.programs) assert.ok(corpus.programs.find((x) => x.id === p)?.funding.includes(f.id), `${label}: ${f.id}: ${p}`);
  }
  for (const p of corpus.programs) {
    for (const o of [...p.actors, ...p.partners]) assert.ok(organisations.has(o), `${label}: ${p.id}: ${o}`);
    for (const c of p.countries) assert.ok(places.has(c.code), `${label}: ${p.id}: ${c.code}`);
    for (const f of p.funding) assert.ok(fundingIds.has(f), `${label}: ${p.id}: ${f}`);
    assert.ok(p.actors.length > 0);
  }
  for (const f of corpus.figures) assert.ok(f.quotes.some((q) => q.text.includes(f.valueText)), `${label}: ${f.id}: value in quote`);
  for (const g of corpus.glossary) if (g.organisation) assert.ok(organisations.has(g.organisation), `${label}: ${g.id}: ${g.organisation}`);
}

test('provenance: every record in every imported corpus is extracted, quoted verbatim and resolves', () => {
  checkProvenance(edition2019.corpus, '2019 fixture');
  checkProvenance(edition2017.corpus, '2017 fixture');
  checkProvenance(headingless.corpus, 'no-heading fixture');
  checkProvenance(bundled.corpus, 'bundled chapter');
});

test('the corpus file round-trips an imported corpus', () => {
  for (const { corpus } of [edition2019, edition2017, headingless, bundled]) {
    const text = serialiseCorpus(corpus);
    assert.deepEqual(parseCorpusFile(text, `${corpus.name}.corpus`, 'odaref import'), corpus);
  }
});

test('the import is pure: the same text gives the same corpus, and the reference is left as it was', () => {
  const before = JSON.stringify(reference);
  const again = run(text2019, { name: 'global-issues-2019', edition: 2019, sourceFile: 'chapters/global-issues-2019.txt' });
  assert.deepEqual(again, edition2019);
  assert.equal(JSON.stringify(reference), before);
});

test('the bundled chapter, imported, agrees with its curated records on every amount', () => {
  const curated = reference.funding.filter((f) => f.amount !== null);
  const key = (f: { amount: number | null; currency: string | null }) => `${f.currency} ${f.amount}`;
  assert.deepEqual(bundled.corpus.funding.map(key).sort(), curated.map(key).sort());
  for (const f of bundled.corpus.funding) {
    const twin = curated.find((c) => key(c) === key(f))!;
    assert.equal(f.status, twin.status, `${f.amountText}: status`);
    assert.equal(f.basis, twin.basis, `${f.amountText}: basis`);
    assert.equal(f.approximate, twin.approximate, `${f.amountText}: approximate`);
  }
  // Channels: all but the pledge made "at a Pledging Conference for the UN Peacebuilding Fund", where
  // "for" introduces the conference, not the money's route.
  const channelMisses = bundled.corpus.funding.filter((f) => f.channel !== curated.find((c) => key(c) === key(f))!.channel).map((f) => f.amountText);
  assert.deepEqual(channelMisses, ['around $10 million']);
  assert.equal(bundled.corpus.source.referenceDate, reference.source.referenceDate);
});
