// Places in an imported chapter: the gazetteer's traps (Niger and Nigeria, Guinea and the Gulf of
// Guinea, Sudan inside South Sudan, the two Congos, a country inside an organisation's name) and
// the countries and groupings lists recomputed from the chapter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importChapter } from '../../src/importer/index.js';
import { PlaceFinder, gazetteerFromCorpus } from '../../src/importer/places.js';
import { realBuild } from '../support/corpus.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/chapters/${name}`, import.meta.url), 'utf8');
const reference = realBuild().corpus;
const { corpus } = importChapter(fixture('global-issues-2019.txt'), { name: 'global-issues-2019', edition: 2019, sourceFile: 'global-issues-2019.txt' }, reference);
const country = (alpha3: string) => corpus.countries.find((c) => c.alpha3 === alpha3)!;
const grouping = (id: string) => corpus.groupings.find((g) => g.id === id)!;
const finder = new PlaceFinder(gazetteerFromCorpus(reference), reference.organisations);
const codesIn = (text: string) => finder.find(text).map((m) => [m.code, m.role]);

test('Niger and Nigeria are told apart', () => {
  assert.deepEqual(country('NGA').mentions, ['3-1(2).polio-measles/p1']);
  assert.deepEqual(country('NER').mentions, ['3-1(2).polio-measles/p1']);
  assert.deepEqual(codesIn('vaccination in Nigeria and Niger'), [['NGA', 'recipient'], ['NER', 'recipient']]);
});

test('the Gulf of Guinea is a sea, not Guinea', () => {
  // Guinea is named once, in the JICA paragraph; the Gulf of Guinea twice in 3-2.B/p2.
  assert.deepEqual(country('GIN').mentions, ['3-1(1).efforts/p3']);
  assert.deepEqual(codesIn('coastal communities in the Gulf of Guinea'), []);
});

test('Sudan inside South Sudan is South Sudan', () => {
  assert.deepEqual(codesIn('aid to South Sudan'), [['SSD', 'recipient']]);
  assert.deepEqual(country('SSD').mentions, ['3-1(2).health-humanitarian-crises/p1']);
  assert.deepEqual(country('SDN').mentions, ['3-1(2).health-humanitarian-crises/p1']);
});

test('the Republic of the Congo inside the Democratic Republic of the Congo is not a second country', () => {
  assert.deepEqual(codesIn('the Democratic Republic of the Congo'), [['COD', 'recipient']]);
  assert.deepEqual(codesIn('the Republic of the Congo'), [['COG', 'recipient']]);
  assert.deepEqual(country('COD').mentions, ['3-1(2).polio-measles/p2']);
  assert.deepEqual(country('COG').mentions, ['3-1(2).polio-measles/p2']);
});

test('a country inside an organisation the chapter introduces is a mention, not a recipient', () => {
  // "the Kenya Medical Research Institute (KEMRI)" is the only Kenya in the Specific Example.
  const example = corpus.programs.find((p) => p.section === '3-1(1).example-1' && p.partners.includes('kemri'));
  assert.deepEqual(example?.countries, [{ code: 'KEN', role: 'mention' }]);
  assert.deepEqual(country('KEN').mentions, ['3-1(1).efforts/p1', '3-1(1).efforts/p3'], 'the name inside KEMRI is not a mention');
});

test('Japan acting is the donor, not a place; Japan as the place where it happens is a venue', () => {
  // Found, but given no role: no record lists it.
  assert.deepEqual(codesIn('Japan provided $5 million'), [['JPN', null]]);
  assert.deepEqual(codesIn("Japan's support"), [['JPN', null]]);
  assert.ok(corpus.funding.every((f) => !f.beneficiaries.includes('JPN')));
  assert.ok(corpus.programs.every((p) => p.countries.every((c) => c.code !== 'JPN' || c.role === 'venue')));
  assert.deepEqual(codesIn('trained staff in Tokyo'), [['JPN', 'venue']]);
  assert.deepEqual(codesIn('a summit held in Madrid, Spain'), [['ESP', 'venue']]);
});

test('the countries list is the whole reference list, with mentions recomputed from this chapter', () => {
  assert.equal(corpus.countries.length, reference.countries.length);
  const mentioned = corpus.countries.filter((c) => c.mentioned).map((c) => c.alpha3).sort();
  assert.deepEqual(mentioned, ['COD', 'COG', 'ESP', 'GIN', 'JPN', 'KEN', 'MMR', 'NER', 'NGA', 'SDN', 'SSD', 'VNM', 'ZMB']);
  assert.equal(country('ZMB').name, 'Zambia');
  assert.deepEqual(country('AFG').mentions, [], 'a country the bundled chapter names but this one does not');
  assert.equal(country('AFG').mentioned, false);
  // Names and curation come from the reference.
  assert.deepEqual(country('COD').aliases, reference.countries.find((c) => c.alpha3 === 'COD')!.aliases);
});

test('groupings are recomputed the same way', () => {
  assert.equal(corpus.groupings.length, reference.groupings.length);
  assert.deepEqual(grouping('africa').mentions, ['3-2.B/p1']);
  assert.equal(grouping('middle-east').mentioned, false);
  assert.ok(grouping('developing-countries').mentions.includes('3-2.A/p1'));
});
