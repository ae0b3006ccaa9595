import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fundingTotals } from '../../src/search/totals.js';
import { funding } from '../support/corpus.js';
import { realCatalogue } from '../support/corpus.js';

test('sums only within one currency, status and basis', () => {
  const t = fundingTotals([
    funding('a', { amount: 100 }),
    funding('b', { amount: 50 }),
    funding('c', { amount: 7, currency: 'JPY' }),
    funding('d', { amount: 9, status: 'announced' }),
    funding('e', { amount: 11, basis: 'cumulative' }),
  ]);
  assert.deepEqual(
    t.groups.map((g) => [g.currency, g.status, g.basis, g.total]),
    [
      ['JPY', 'disbursed', 'one-year', 7],
      ['USD', 'announced', 'one-year', 9],
      ['USD', 'disbursed', 'one-year', 150],
      ['USD', 'disbursed', 'cumulative', 11],
    ],
  );
});

test('an amount that a cumulative total may include is not added to it', () => {
  const t = fundingTotals([
    funding('somalia', { amount: 468_000_000, basis: 'cumulative', approximate: true, relations: [{ type: 'may-include', target: 'trust' }] }),
    funding('trust', { amount: 15_100_000, basis: 'cumulative' }),
  ]);
  assert.equal(t.groups.length, 1);
  assert.equal(t.groups[0].total, 468_000_000);
  assert.deepEqual(t.groups[0].excluded, [{ id: 'trust', amount: 15_100_000, containedIn: 'somalia', relation: 'may-include' }]);
  assert.equal(t.groups[0].approximate, true);
});

test('a part declared from the inner side is not added either', () => {
  const t = fundingTotals([funding('whole', { amount: 10 }), funding('part', { amount: 4, relations: [{ type: 'part-of', target: 'whole' }] })]);
  assert.equal(t.groups[0].total, 10);
});

test('the two currencies of one amount are never both counted: the approximate conversion is left out', () => {
  const t = fundingTotals([
    funding('usd', { amount: 120_000_000, status: 'announced', basis: 'multi-year', relations: [{ type: 'same-amount', target: 'jpy' }] }),
    funding('jpy', { amount: 14_000_000_000, currency: 'JPY', approximate: true, status: 'announced', basis: 'multi-year', relations: [{ type: 'same-amount', target: 'usd' }] }),
  ]);
  assert.equal(t.groups.find((g) => g.currency === 'JPY'), undefined, 'no "¥0" total');
  assert.deepEqual(t.notAdded, [{ id: 'jpy', amount: 14_000_000_000, containedIn: 'usd', relation: 'same-amount' }]);
  assert.equal(t.groups.find((g) => g.currency === 'USD')!.total, 120_000_000);
});

test('a result and its target sit in different groups, never summed', () => {
  const t = fundingTotals([
    funding('target', { amount: 45, currency: 'JPY', status: 'announced', basis: 'multi-year' }),
    funding('result', { amount: 80, currency: 'JPY', status: 'achieved', basis: 'multi-year', relations: [{ type: 'achieved-against', target: 'target' }] }),
  ]);
  assert.deepEqual(t.groups.map((g) => g.total), [45, 80]);
});

test('flows without an amount are counted apart', () => {
  const t = fundingTotals([funding('a'), funding('b', { amount: null, currency: null, amountText: null })]);
  assert.equal(t.withoutAmount, 1);
  assert.equal(t.groups[0].added.length, 1);
});

test('the real corpus: no group adds a record to one it is related to', () => {
  const cat = realCatalogue();
  const t = fundingTotals(cat.corpus.funding);
  for (const g of t.groups) {
    const added = new Set(g.added);
    for (const id of g.added) {
      for (const rel of cat.funding.get(id)!.relations) {
        assert.ok(!added.has(rel.target) || rel.type === 'achieved-against', `${id} and ${rel.target} (${rel.type}) both added to ${g.currency} ${g.status} ${g.basis}`);
      }
    }
  }
});
