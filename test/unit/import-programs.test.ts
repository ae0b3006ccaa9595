// Programs ("efforts") from an imported chapter: one per body paragraph under "■ Japan's Efforts"
// (with its lettered and ● sub-sections) and per paragraph of a Specific Example box, plus captions
// that name an organisation and a country; with their actors, partners, countries and money.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importChapter } from '../../src/importer/index.js';
import type { Program } from '../../src/corpus/types.js';
import { realBuild } from '../support/corpus.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/chapters/${name}`, import.meta.url), 'utf8');
const reference = realBuild().corpus;
const edition2019 = importChapter(fixture('global-issues-2019.txt'), { name: 'global-issues-2019', edition: 2019, sourceFile: 'global-issues-2019.txt' }, reference).corpus;
const edition2017 = importChapter(fixture('global-issues-2017.txt'), { name: 'global-issues-2017', edition: 2017, sourceFile: 'global-issues-2017.txt' }, reference).corpus;

const row = (p: Program) => ({
  id: p.id,
  actors: p.actors,
  partners: p.partners,
  countries: p.countries.map((c) => `${c.code}:${c.role}`),
  period: p.period?.text ?? null,
  funding: p.funding,
});

test('every effort in the 2019 fixture, with who acts, with whom, where and with what money', () => {
  assert.deepEqual(edition2019.programs.map(row), [
    { id: 'prog-3-1-1-efforts-1', actors: ['japan'], partners: ['who'], countries: ['KEN:recipient', 'ZMB:recipient'], period: null, funding: [] },
    { id: 'prog-3-1-1-efforts-2', actors: ['japan'], partners: ['global-fund'], countries: [], period: 'since 2002', funding: ['fund-1-usd3p46bn', 'fund-2-usd840m', 'fund-3-jpy92p4bn'] },
    // The sentence a page break cut is whole again; the caption in the gap is a program of its own.
    { id: 'prog-3-1-1-efforts-3', actors: ['jica'], partners: [], countries: ['KEN:recipient', 'ZMB:recipient', 'GIN:recipient'], period: 'since 2010', funding: [] },
    { id: 'prog-3-1-1-efforts-4', actors: ['jica'], partners: [], countries: ['ZMB:recipient'], period: null, funding: [] },
    { id: 'prog-3-1-1-example-1-1', actors: ['jica'], partners: ['kemri'], countries: ['KEN:mention'], period: 'Since 2017', funding: [] },
    { id: 'prog-3-1-1-example-1-2', actors: ['japan'], partners: [], countries: [], period: 'By March 2019', funding: [] },
    { id: 'prog-3-1-2-polio-measles-1', actors: ['japan'], partners: ['unicef'], countries: ['NGA:recipient', 'NER:recipient'], period: 'in 2019', funding: ['fund-4-usd5p5m'] },
    { id: 'prog-3-1-2-polio-measles-2', actors: ['japan'], partners: ['unicef'], countries: ['COD:recipient', 'COG:recipient'], period: 'in 2019', funding: ['fund-5-usd4m', 'fund-6-usd1p5m'] },
    { id: 'prog-3-1-2-health-humanitarian-crises-1', actors: ['japan'], partners: ['wfp'], countries: ['SSD:recipient', 'SDN:recipient'], period: 'In 2019', funding: ['fund-7-usd3m', 'fund-8-jpy500m'] },
    { id: 'prog-3-1-2-antimicrobial-resistance-1', actors: ['japan'], partners: ['who'], countries: ['VNM:recipient', 'MMR:recipient', 'JPN:venue'], period: 'In 2019', funding: [] },
    { id: 'prog-3-2-a-1', actors: ['japan'], partners: [], countries: ['developing-countries:recipient'], period: 'In 2015', funding: ['fund-9-jpy1p3tn', 'fund-10-jpy1p4tn'] },
    { id: 'prog-3-2-b-1', actors: ['japan'], partners: [], countries: ['JPN:venue', 'africa:recipient'], period: 'in August 2019', funding: ['fund-11-jpy30bn'] },
    { id: 'prog-3-2-b-2', actors: ['japan'], partners: ['undp'], countries: [], period: 'in 2019', funding: ['fund-12-usd2m'] },
    // "the UN Climate Change Conference" names the UN.
    { id: 'prog-3-2-b-3', actors: ['japan'], partners: ['gcf', 'un'], countries: ['ESP:venue'], period: 'since 2015', funding: [] },
  ]);
});

test('introductions outside the efforts, the glossary, footnotes and captions naming no organisation are not programs', () => {
  const cited = new Set(edition2019.programs.flatMap((p) => p.paragraphs));
  for (const id of ['3/p1', '3-1(1)/p1', '3-1(2)/p1', '3-2/p1', '3-1(1).efforts/fn1']) assert.ok(!cited.has(id), id);
  const figureCaption = edition2019.paragraphs.find((p) => p.text === 'Japan’s climate finance by year');
  assert.equal(figureCaption?.kind, 'caption');
  assert.ok(!cited.has(figureCaption.id));
  assert.ok(edition2019.programs.every((p) => p.section !== '3.glossary'));
});

test('title, summary and notes: the first sentence, cut for the title, and said to be machine-made', () => {
  const first = edition2019.programs[0];
  assert.equal(first.summary, 'Japan promotes UHC (universal health coverage) through bilateral cooperation and through international organizations.');
  assert.equal(first.title, 'Japan promotes UHC (universal health coverage) through bilateral cooperation…');
  for (const p of edition2019.programs) {
    assert.ok(p.title.length <= 80, `${p.id}: title length ${p.title.length}`);
    assert.equal(p.type, 'activity');
    assert.equal(p.origin, 'extracted');
    assert.deepEqual(p.themes, []);
    assert.match(p.notes ?? '', /Machine-extracted by odaref/);
    assert.ok(edition2019.paragraphs.find((x) => x.id === p.quotes[0].paragraph)?.text.startsWith(p.summary), `${p.id}: summary is verbatim`);
  }
  const short = edition2019.programs.find((p) => p.id === 'prog-3-2-b-2');
  // "... in the Gulf of" is 80 characters: with the ellipsis it would be 81, so "of" goes too.
  assert.equal(short?.title, 'Rising seas and stronger storms also threaten coastal communities in the Gulf…');
});

test('a caption that names an organisation and a country is a program from a caption', () => {
  const caption = edition2019.programs.find((p) => p.id === 'prog-3-1-1-efforts-4');
  assert.equal(caption?.fromCaption, true);
  assert.equal(caption?.summary, 'A JICA expert and nurses at a district hospital in Southern Province, Zambia (Photo: JICA)');
  assert.ok(edition2019.programs.filter((p) => p.fromCaption).length === 1);
});

test('the quote is the whole paragraph, and the citation is its section', () => {
  const joined = edition2019.programs.find((p) => p.id === 'prog-3-1-1-efforts-3');
  assert.equal(
    joined?.quotes[0].text,
    'JICA dispatches experts to the ministries of health of Kenya and Zambia, and has trained approximately 3,500 nurses and midwives in the two countries since 2010 through its technical cooperation projects on maternal and child health. In Guinea, JICA supports the rehabilitation of regional hospitals damaged during the Ebola outbreak.',
  );
  assert.deepEqual(joined?.paragraphs, ['3-1(1).efforts/p3']);
  const topic = edition2019.programs.find((p) => p.id === 'prog-3-1-2-polio-measles-1');
  assert.equal(topic?.section, '3-1(2).polio-measles');
  assert.deepEqual(topic?.sectionPath, ['Addressing Global Issues', 'Health', 'Measures against Infectious Diseases and', "Japan's Efforts", 'Polio and Measles']);
});

test('periods: the first one in the paragraph, resolved against the reference date', () => {
  const byId = new Map(edition2019.programs.map((p) => [p.id, p]));
  assert.deepEqual(byId.get('prog-3-1-1-example-1-1')?.period, {
    text: 'Since 2017',
    from: '2017-01-01',
    to: '2019-12-31',
    assumption: 'open-ended "since" runs to the reference date 2019-12-31',
  });
  assert.deepEqual(byId.get('prog-3-1-1-example-1-2')?.period, { text: 'By March 2019', from: null, to: '2019-03-31', assumption: '"by" gives an end date only' });
});

test('the 2017 fixture: efforts, a venue in Tokyo, and only the caption that names an organisation', () => {
  assert.deepEqual(edition2017.programs.map(row), [
    { id: 'prog-2-1-efforts-1', actors: ['japan'], partners: ['global-fund'], countries: ['asia:recipient'], period: 'since 2002', funding: ['fund-1-usd2p87bn', 'fund-2-jpy50bn'] },
    { id: 'prog-2-1-efforts-2', actors: ['japan'], partners: [], countries: ['JPN:venue'], period: 'In December 2017', funding: [] },
    { id: 'prog-2-1-efforts-3', actors: ['jica'], partners: [], countries: ['ZMB:recipient'], period: null, funding: [] },
  ]);
  assert.equal(edition2017.programs[2].fromCaption, true);
  assert.ok(edition2017.paragraphs.some((p) => p.kind === 'caption' && p.text.includes('Bangladesh')), 'the caption naming no organisation is kept as a paragraph');
});
