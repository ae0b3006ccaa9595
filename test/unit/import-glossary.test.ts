// Glossary and organisations from an imported chapter: acronyms both ways, reference organisations
// kept by id, new ones from acronyms and short names, the glossary box, inline definitions, and
// bold terms the chapter never defines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importChapter } from '../../src/importer/index.js';
import { extractShortNames, looksLikeOrganisation } from '../../src/importer/organisations.js';
import { realBuild } from '../support/corpus.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/chapters/${name}`, import.meta.url), 'utf8');
const { corpus } = importChapter(fixture('global-issues-2019.txt'), { name: 'global-issues-2019', edition: 2019, sourceFile: 'global-issues-2019.txt' }, realBuild().corpus);
const entry = (id: string) => corpus.glossary.find((g) => g.id === id)!;

test('every acronym the chapter expands, with the expansion as printed', () => {
  const acronyms = corpus.glossary.filter((g) => g.type === 'acronym').map((g) => [g.term, g.expansions.map((e) => e.text), g.organisation ?? null]);
  assert.deepEqual(acronyms, [
    ['SDGs', ['Sustainable Development Goals'], null],
    // Acronym first: "UHC (universal health coverage)".
    ['UHC', ['universal health coverage'], null],
    ['WHO', ['World Health Organization'], 'who'],
    ['KEMRI', ['Kenya Medical Research Institute'], 'kemri'],
    // Reference organisations keep their ids, even when the chapter spells the name its own way.
    ['UNICEF', ["United Nations Children's Fund"], 'unicef'],
    ['WFP', ['World Food Programme'], 'wfp'],
    ['AMR', ['antimicrobial resistance'], null],
    ['UNDP', ['United Nations Development Programme'], 'undp'],
    ['GCF', ['Green Climate Fund'], 'gcf'],
  ]);
});

test('an expansion is quoted with its acronym, and the record with the sentence', () => {
  const uhc = entry('gl-uhc');
  assert.deepEqual(uhc.expansions, [{ text: 'universal health coverage', origin: 'text', quote: { text: 'UHC (universal health coverage)', paragraph: '3-1(1).efforts/p1' } }]);
  assert.deepEqual(uhc.quotes, [{ text: 'Japan promotes UHC (universal health coverage) through bilateral cooperation and through international organizations.', paragraph: '3-1(1).efforts/p1' }]);
  assert.equal(uhc.definition, null);
  assert.equal(uhc.definitionOrigin, null);
  const who = entry('gl-who');
  assert.deepEqual(who.expansions[0].quote, { text: 'World Health Organization (WHO)', paragraph: '3-1(1).efforts/p1' });
});

test('usedIn: the sections whose paragraphs use the acronym', () => {
  assert.deepEqual(entry('gl-who').usedIn, ['3-1(1).efforts', '3-1(2).antimicrobial-resistance']);
  assert.deepEqual(entry('gl-unicef').usedIn, ['3-1(2).polio-measles']);
  assert.deepEqual(entry('gl-climate-finance').usedIn, ['3-2.A', '3-2.B', '3.glossary']);
});

test('the inline definition, verbatim', () => {
  const concepts = corpus.glossary.filter((g) => g.type === 'concept');
  assert.deepEqual(
    concepts.map((g) => [g.id, g.term, g.definition, g.definitionOrigin]),
    [['gl-climate-resilience', 'climate resilience', 'the capacity of a community to absorb and recover from climate shocks', 'inline']],
  );
  assert.equal(concepts[0].section, '3-2');
});

test("the chapter's glossary box: terms, definitions, the example, and the bold marks that point to it", () => {
  const box = corpus.glossary.filter((g) => g.type === 'glossary');
  assert.deepEqual(
    box.map((g) => [g.term, g.definition, g.definitionOrigin, g.example ?? null, g.bold ?? false]),
    [
      [
        'Climate finance',
        'Public and private money that helps developing countries reduce greenhouse gas emissions and adapt to the effects of climate change.',
        'glossary',
        'A loan that pays for a solar power plant.',
        true,
      ],
      ['Polio', 'A viral disease that can cause paralysis, mainly in children under five, and that vaccination can prevent.', 'glossary', null, true],
    ],
  );
  const finance = entry('gl-climate-finance');
  assert.equal(finance.section, '3.glossary');
  assert.ok(finance.quotes.some((q) => q.paragraph === '3-2.A/p1'), 'the sentence that prints it in bold is quoted too');
});

test('bold terms with no glossary entry say so and define nothing', () => {
  const bold = corpus.glossary.filter((g) => g.type === 'bold-term');
  assert.deepEqual(
    bold.map((g) => [g.term, g.definition, g.definitionOrigin, g.noDefinition, g.bold]),
    [
      ['antimicrobial resistance', null, null, true, true],
      ['disaster risk reduction', null, null, true, true],
    ],
  );
  // Marked with the glossary asterisk, yet the box has no entry: the note says so.
  assert.match(entry('gl-disaster-risk-reduction').notes ?? '', /glossary asterisk, but the chapter's glossary has no entry/);
  assert.doesNotMatch(entry('gl-antimicrobial-resistance').notes ?? '', /asterisk/);
});

test('organisations: the reference ones named, by their ids, and new ones from acronyms and short names', () => {
  assert.deepEqual(
    corpus.organisations.map((o) => [o.id, o.kind]),
    [
      ['japan', 'japanese-government'],
      ['jica', 'japanese-agency'],
      ['un', 'un'],
      ['undp', 'un'],
      ['wfp', 'un'],
      ['unicef', 'un'],
      ['who', 'other'],
      ['kemri', 'other'],
      ['gcf', 'other'],
      ['global-fund', 'other'],
    ],
  );
  const fund = corpus.organisations.find((o) => o.id === 'global-fund');
  assert.equal(fund?.name, 'Global Fund to Fight AIDS, Tuberculosis and Malaria');
  assert.deepEqual(fund?.aliases, ['Global Fund']);
  assert.equal(fund?.quotes[0].paragraph, '3-1(1).efforts/p2');
  // Acronyms that name no body make no organisation.
  for (const id of ['sdgs', 'uhc', 'amr']) assert.ok(!corpus.organisations.some((o) => o.id === id), id);
});

test('what counts as an organisation name, and a short name in parentheses', () => {
  assert.ok(looksLikeOrganisation('Kenya Medical Research Institute'));
  assert.ok(looksLikeOrganisation('International Organization for Migration'));
  assert.ok(!looksLikeOrganisation('Sustainable Development Goals'));
  assert.ok(!looksLikeOrganisation('universal health coverage'));
  assert.deepEqual(extractShortNames('a grant to the Global Fund to Fight AIDS, Tuberculosis and Malaria (Global Fund) in 2019'), [
    { name: 'Global Fund to Fight AIDS, Tuberculosis and Malaria', shortName: 'Global Fund', start: 15, end: 80 },
  ]);
  assert.deepEqual(extractShortNames('a visit to Lusaka (Zambia)'), []);
  assert.deepEqual(extractShortNames('(Photo: JICA)'), []);
});

test('every glossary record is extracted and cites the paragraphs it quotes', () => {
  const paragraphs = new Map(corpus.paragraphs.map((p) => [p.id, p]));
  for (const g of corpus.glossary) {
    assert.equal(g.origin, 'extracted', g.id);
    assert.ok(g.quotes.length > 0, `${g.id} has a quote`);
    for (const q of g.quotes) assert.ok(paragraphs.get(q.paragraph!)?.text.includes(q.text), `${g.id}: "${q.text}"`);
    for (const e of g.expansions) assert.ok(e.quote && e.quote.text.includes(e.text) && paragraphs.get(e.quote.paragraph!)?.text.includes(e.quote.text), `${g.id}: ${e.text}`);
    if (g.definition) assert.ok(corpus.paragraphs.some((p) => p.text.includes(g.definition!)), `${g.id}: the definition is verbatim`);
  }
});
