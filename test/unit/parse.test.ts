import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cleanInline, matchHeading, parseChapter, slugify } from '../../src/corpus/parse.js';

const chapter = readFileSync(new URL('../../data/source/white-paper-2018-peaceful-secure-society.txt', import.meta.url), 'utf8');

// A chapter written for these tests, in the white paper's layout, with each artefact once.
const FIXTURE = [
  '',
  '3 Addressing Global Issues',
  '',
  'Intro paragraph about health.',
  '',
  '3-1 Health',
  '',
  '(1) Universal Health Coverage',
  '',
  'Context for the section.',
  '',
  '■ Japan’s Efforts',
  '',
  'Japan contributed \\$2.5 million to the Fund in 2017, and the page broke in the',
  '',
  '',
  '',
  'A nurse at a clinic in Lusaka (Photo: JICA)',
  '',
  'middle of this sentence. Japan also fights **malaria*** and **polio**.',
  '',
  '● Vaccines',
  '',
  'Japan has contributed a total of \\$4 million to the Trust Fund.¹ More text',
  '',
  '¹ From 2015, the fund was managed by UNDP.',
  '',
  'follows here.',
  '',
  'Specific Example: Clinics in Zambia',
  '',
  'A box paragraph.',
  '',
  '',
  '',
  'Glossary',
  '',
  '*Malaria',
  '',
  'A disease spread by mosquitoes.',
].join('\n');

test('headings of every kind are recognised, body text is not', () => {
  assert.deepEqual(matchHeading('2-1 Assistance for Realizing an Equitable and Inclusive Society', false)?.kind, 'section');
  assert.deepEqual(matchHeading('(2) Assistance for Governance (Including Anti-Corruption)', false)?.kind, 'subsection');
  assert.deepEqual(matchHeading("■ Japan's Efforts", false)?.kind, 'efforts');
  assert.deepEqual(matchHeading('● The Seas', false)?.kind, 'topic');
  assert.deepEqual(matchHeading('C. Measures against Transnational Organized Crime', false)?.kind, 'lettered');
  assert.deepEqual(matchHeading('Specific Example: Humanitarian Assistance', false)?.kind, 'example');
  assert.equal(matchHeading('A. This is a sentence that ends with a period.', false), null);
  assert.equal(matchHeading('2,653 personnel were trained', false), null);
});

test('the escaped dollar sign is restored', () => {
  assert.equal(cleanInline('approximately \\$100,000 to UNODC').text, 'approximately $100,000 to UNODC');
});

test('bold marks are removed and remembered, with the asterisk that points to the glossary', () => {
  const c = cleanInline('including **trafficking in persons***, **cybercrime**, and more');
  assert.equal(c.text, 'including trafficking in persons, cybercrime, and more');
  assert.deepEqual(c.bold, [
    { term: 'trafficking in persons', glossary: true },
    { term: 'cybercrime', glossary: false },
  ]);
});

test('a page break inside a sentence is rejoined, and the caption in the gap is kept apart', () => {
  const doc = parseChapter(FIXTURE);
  const body = doc.paragraphs.find((p) => p.text.startsWith('Japan contributed $2.5 million'));
  assert.ok(body);
  assert.equal(body.text, 'Japan contributed $2.5 million to the Fund in 2017, and the page broke in the middle of this sentence. Japan also fights malaria and polio.');
  const caption = doc.paragraphs.find((p) => p.kind === 'caption');
  assert.equal(caption?.text, 'A nurse at a clinic in Lusaka (Photo: JICA)');
  assert.equal(caption?.section, body.section);
  assert.ok(!body.text.includes('Lusaka'));
});

test('a footnote is attached to the sentence that carries its marker, and the marker leaves the text', () => {
  const doc = parseChapter(FIXTURE);
  const body = doc.paragraphs.find((p) => p.text.startsWith('Japan has contributed a total of $4 million'));
  assert.equal(body?.text, 'Japan has contributed a total of $4 million to the Trust Fund. More text follows here.');
  assert.deepEqual(body?.footnotes, [{ marker: '1', text: 'From 2015, the fund was managed by UNDP.', sentence: 'Japan has contributed a total of $4 million to the Trust Fund.' }]);
  assert.ok(doc.paragraphs.some((p) => p.kind === 'footnote' && p.id.endsWith('/fn1')));
});

test('sections nest and get stable ids', () => {
  const doc = parseChapter(FIXTURE);
  assert.deepEqual(
    doc.sections.map((s) => [s.id, s.parent]),
    [
      ['3', null],
      ['3-1', '3'],
      ['3-1(1)', '3-1'],
      ['3-1(1).efforts', '3-1(1)'],
      ['3-1(1).vaccines', '3-1(1).efforts'],
      ['3-1(1).example-1', '3-1(1).vaccines'],
      ['3.glossary', '3'],
    ],
  );
  const glossary = doc.paragraphs.filter((p) => p.section === '3.glossary').map((p) => [p.kind, p.text]);
  assert.deepEqual(glossary, [
    ['glossary-term', 'Malaria'],
    ['glossary-definition', 'A disease spread by mosquitoes.'],
  ]);
});

test('slugs drop small words and keep four', () => {
  assert.equal(slugify('Countermeasures Against Antipersonnel Landmines, Unexploded Ordnance'), 'countermeasures-antipersonnel-landmines-unexploded');
});

test('the real chapter: structure, joins, captions and the footnote', () => {
  const doc = parseChapter(chapter);
  assert.deepEqual(doc.warnings, []);
  const ids = doc.sections.map((s) => s.id);
  for (const id of ['2', '2-1', '2-1(1)', '2-1(1).efforts', '2-2(1).example-1', '2-2(3).A', '2-2(3).D.seas', '2.glossary']) assert.ok(ids.includes(id), id);
  assert.equal(doc.paragraphs.filter((p) => p.kind === 'caption').length, 10);
  const seminar = doc.paragraphs.find((p) => p.text.includes('In 2018, a seminar was held in Da Nang'));
  assert.deepEqual(seminar?.lines, [37, 39]);
  const figure = doc.paragraphs.find((p) => p.text === 'Peacebuilding efforts through ODA');
  assert.equal(figure?.kind, 'caption');
  const benin = doc.paragraphs.find((p) => p.text.includes('Center for Humanitarian Demining Training in Benin'));
  assert.equal(benin?.kind, 'body');
  const somalia = doc.paragraphs.find((p) => p.id === '2-2(3).D.seas/p4');
  assert.equal(somalia?.footnotes[0]?.marker, '10');
  assert.match(somalia?.footnotes[0]?.text ?? '', /UNDP-MPTF Office/);
  assert.ok(!doc.paragraphs.some((p) => /\\\$|\*\*|[¹⁰]/.test(p.text)), 'no layout artefact survives');
});
