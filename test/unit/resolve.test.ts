import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NotFoundError, UsageError } from '../../src/errors.js';
import { placeCode } from '../../src/search/catalogue.js';
import { resolveOrganisation, resolvePlace } from '../../src/search/resolve.js';
import { fold } from '../../src/search/normalise.js';
import { realCatalogue } from '../support/corpus.js';

const cat = realCatalogue();
const code = (q: string) => placeCode(resolvePlace(cat, q).value);
const via = (q: string) => resolvePlace(cat, q).via;

test('folding: case, accents, curly apostrophes, hyphens and a leading "the"', () => {
  assert.equal(fold('Côte d’Ivoire'), "cote d'ivoire");
  assert.equal(fold('Timor-Leste'), 'timor leste');
  assert.equal(fold('The Philippines'), 'philippines');
  assert.equal(fold('U.S.A.'), 'usa');
});

test('canonical names, ISO codes, aliases, spellings of the source, demonyms and places', () => {
  const cases: [string, string][] = [
    ['Myanmar', 'MMR'], ['myanmar', 'MMR'], ['MMR', 'MMR'], ['mm', 'MMR'], ['Burma', 'MMR'],
    ["cote d'ivoire", 'CIV'], ['Côte d’Ivoire', 'CIV'], ['Cote d’Ivoire', 'CIV'], ['Ivory Coast', 'CIV'], ['CIV', 'CIV'],
    ['vietnam', 'VNM'], ['Viet Nam', 'VNM'], ['Lao PDR', 'LAO'], ['Laos', 'LAO'], ['DRC', 'COD'],
    ['Democratic Republic of the Congo', 'COD'], ['Cambodian', 'KHM'], ['Brazilian', 'BRA'],
    ['Rakhine', 'MMR'], ["Cox's Bazar", 'BGD'], ['Erbil', 'IRQ'], ['Kurdistan Region', 'IRQ'], ['Bangkok', 'THA'],
    ['timor leste', 'TLS'], ['ミャンマー', 'MMR'],
  ];
  for (const [q, expected] of cases) assert.equal(code(q), expected, q);
  assert.equal(via('Burma'), 'alias');
  assert.equal(via('Rakhine'), 'place');
  assert.equal(via('MMR'), 'code');
});

test('an exact or alias hit always beats a fuzzy one', () => {
  assert.equal(code('Sudan'), 'SDN');
  assert.equal(code('South Sudan'), 'SSD');
  assert.equal(code('Iran'), 'IRN');
  assert.equal(code('Iraq'), 'IRQ');
  assert.throws(() => resolvePlace(cat, 'Niger'), (e: Error) => e instanceof NotFoundError && e.message === 'Niger is not mentioned in this chapter.');
  assert.equal(code('Congo'), 'COD', '"Congo" names two countries; only the DRC is in the chapter');
});

test('misspellings resolve fuzzily', () => {
  assert.equal(code('Mianmar'), 'MMR');
  assert.equal(code('Cambodja'), 'KHM');
  assert.equal(code('Somaila'), 'SOM');
  assert.equal(via('Mianmar'), 'fuzzy');
});

test('a real country the chapter never names is said to be unmentioned, not guessed', () => {
  assert.throws(() => resolvePlace(cat, 'Germany'), (e: Error) => e instanceof NotFoundError && e.message === 'Germany is not mentioned in this chapter.');
  assert.throws(() => resolvePlace(cat, 'DE'), /Germany is not mentioned/);
});

test('nothing close: no match, with suggestions only when something is near', () => {
  assert.throws(() => resolvePlace(cat, 'Narnia'), (e: Error) => e instanceof NotFoundError && /^No country or region matches 'Narnia'\./.test(e.message));
  assert.throws(() => resolvePlace(cat, 'xqzv'), (e: Error) => e instanceof NotFoundError && e.message === "No country or region matches 'xqzv'.");
});

test('regions and groupings resolve to themselves', () => {
  assert.equal(code('Africa'), 'africa');
  assert.equal(code('ASEAN'), 'asean');
  assert.equal(code('Middle East'), 'middle-east');
});

test('an empty or blank name is a usage error', () => {
  assert.throws(() => resolvePlace(cat, ''), UsageError);
  assert.throws(() => resolvePlace(cat, '   '), UsageError);
});

test('several candidates are listed, not guessed between', () => {
  assert.throws(() => resolvePlace(cat, 'Korea'), (e: Error) => e instanceof NotFoundError && e.message === "'Korea' could be South Korea or North Korea; neither is mentioned in this chapter.");
  assert.equal(code('Sudann'), 'SDN', 'a clearly closer candidate wins');
});

test('partners resolve by acronym, name or alias', () => {
  assert.equal(resolveOrganisation(cat, 'unicef').value.id, 'unicef');
  assert.equal(resolveOrganisation(cat, 'UN Peacebuilding Fund').value.id, 'pbf');
  assert.equal(resolveOrganisation(cat, 'Japan Platform').value.id, 'jpf');
  assert.equal(resolveOrganisation(cat, 'UNODC').value.id, 'unodc');
});
