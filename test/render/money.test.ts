import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAmount, formatTotal } from '../../src/render/money.js';

test('amounts under a million are written in full with thousands separators', () => {
  assert.equal(formatAmount(100000, 'USD', false), '$100,000');
  assert.equal(formatAmount(999999, 'USD', false), '$999,999');
  assert.equal(formatAmount(1000, 'JPY', false), '¥1,000');
  assert.equal(formatAmount(0, 'USD', false), '$0');
});

test('millions and billions read as words', () => {
  assert.equal(formatAmount(10000000, 'USD', false), '$10 million');
  assert.equal(formatAmount(1000000, 'USD', false), '$1 million');
  assert.equal(formatAmount(50500000, 'USD', false), '$50.5 million');
  assert.equal(formatAmount(15100000, 'USD', false), '$15.1 million');
  assert.equal(formatAmount(6e9, 'USD', false), '$6 billion');
  assert.equal(formatAmount(14e9, 'JPY', false), '¥14 billion');
  assert.equal(formatAmount(1.5e12, 'JPY', false), '¥1.5 trillion');
});

test('approximate amounts say so', () => {
  assert.equal(formatAmount(45e9, 'JPY', true), 'approximately ¥45 billion');
  assert.equal(formatAmount(468e6, 'USD', true), 'approximately $468 million');
});

test('up to three decimals when exact, otherwise the full figure: never rounded', () => {
  assert.equal(formatAmount(1234000, 'USD', false), '$1.234 million');
  assert.equal(formatAmount(2725000000, 'JPY', false), '¥2.725 billion');
  assert.equal(formatAmount(1234567, 'USD', false), '$1,234,567');
  assert.equal(formatAmount(1500500000, 'USD', false), '$1,500,500,000');
});

test('no amount, no currency, negative and fractional amounts', () => {
  assert.equal(formatAmount(null, 'USD', false), 'no amount stated');
  assert.equal(formatAmount(null, null, true), 'no amount stated');
  assert.equal(formatAmount(10000000, null, false), '10 million');
  assert.equal(formatAmount(-5000000, 'USD', false), '-$5 million');
  assert.equal(formatAmount(1234.5, 'USD', false), '$1,234.5');
});

test('formatTotal writes a sum the same way', () => {
  assert.equal(formatTotal(60500000, 'USD'), '$60.5 million');
  assert.equal(formatTotal(10000000 + 50500000, 'USD'), '$60.5 million');
  assert.equal(formatTotal(59e9, 'JPY'), '¥59 billion');
  assert.equal(formatTotal(60512345, 'USD'), '$60,512,345');
});
