// Ranking: a query puts the record a reader expects first, and exact words beat fuzzy ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryPrograms } from '../../src/search/programs.js';
import { queryFunding } from '../../src/search/funding.js';
import { queryGlossary } from '../../src/search/glossary.js';
import { overlapsYear, inSection } from '../../src/search/filters.js';
import { realCatalogue } from '../support/corpus.js';

const cat = realCatalogue();
const firstProgram = (q: string) => queryPrograms(cat, q, {})[0]?.id;

test('programs: the obvious record comes first', () => {
  assert.match(firstProgram('CMAC') ?? '', /^prog-cmac-/);
  assert.equal(firstProgram('mine cambodia'), 'prog-cmac-support');
  assert.equal(firstProgram('DDR'), 'prog-ddr-ex-combatants');
  assert.match(firstProgram('UNAFEI') ?? '', /unafei|moj/);
});

test('programs: a misspelling still finds the record; an exact word drops purely fuzzy hits', () => {
  assert.ok(queryPrograms(cat, 'peacbuilding', {}).some((p) => p.id === 'prog-pbf-contributions'));
  assert.deepEqual(queryPrograms(cat, 'DDR', {}).map((p) => p.id), ['prog-ddr-ex-combatants']);
});

test('funding: a fund by name, and a channel by acronym', () => {
  assert.deepEqual(queryFunding(cat, 'Peacebuilding Fund', {}).map((f) => f.id).sort(), ['fund-pbf-cumulative', 'fund-pbf-pledge']);
  assert.ok(queryFunding(cat, 'unicef', {}).every((f) => f.channel === 'unicef'));
});

test('glossary: exact acronyms and terms, case-insensitively; fuzzy otherwise', () => {
  assert.deepEqual(queryGlossary(cat, 'ddr').entries.map((g) => g.term), ['DDR']);
  assert.equal(queryGlossary(cat, 'ddr').exact, true);
  assert.equal(queryGlossary(cat, 'United Nations Office on Drugs and Crime').entries[0].term, 'UNODC');
  const fuzzy = queryGlossary(cat, 'monney laundring');
  assert.equal(fuzzy.exact, false);
  assert.equal(fuzzy.entries[0].term, 'Money laundering');
});

test('year overlap: calendar and fiscal years, open periods', () => {
  const fy = { text: 'FY2007 to FY2014', from: '2007-04-01', to: '2015-03-31' };
  assert.equal(overlapsYear(fy, { label: '2015', from: '2015-01-01', to: '2015-12-31' }), true);
  assert.equal(overlapsYear(fy, { label: 'FY2015', from: '2015-04-01', to: '2016-03-31' }), false);
  assert.equal(overlapsYear({ text: 'since 2007', from: '2007-01-01', to: '2019-01-31' }, { label: '2012', from: '2012-01-01', to: '2012-12-31' }), true);
  assert.equal(overlapsYear({ text: 'even after FY2018', from: '2019-04-01', to: null }, { label: '2030', from: '2030-01-01', to: '2030-12-31' }), true);
  assert.equal(overlapsYear(null, { label: '2018', from: '2018-01-01', to: '2018-12-31' }), false);
});

test('sections hold their subsections and parts', () => {
  assert.ok(inSection('2-2(1).efforts', '2-2(1)'));
  assert.ok(inSection('2-2(1)', '2-2'));
  assert.ok(inSection('2-2(3).C.measures-drug-trafficking', '2-2(3).C'));
  assert.ok(!inSection('2-2(3).D.seas', '2-2(3).C'));
  assert.ok(!inSection('2-1(1)', '2-2'));
});
