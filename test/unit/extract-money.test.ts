import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractCounts, extractMoney, toPlainUnits } from '../../src/extract/index.js';

/** The fields that matter, for exact comparison. */
function money(text: string) {
  return extractMoney(text).map(({ text: printed, value, currency, approximate, qualifier }) => ({
    printed,
    value,
    currency,
    approximate,
    qualifier,
  }));
}

function counts(text: string) {
  return extractCounts(text).map(({ text: printed, value, unit, kind, approximate }) => ({ printed, value, unit, kind, approximate }));
}

test('money: decimal millions are exact (50.5 million is 50500000, not 50499999.99)', () => {
  assert.deepEqual(money('Up until now, Japan has contributed $50.5 million to the Peacebuilding Fund.'), [
    { printed: '$50.5 million', value: 50_500_000, currency: 'USD', approximate: false, qualifier: null },
  ]);
  assert.equal(toPlainUnits('0.1', 'billion') + toPlainUnits('0.2', 'billion'), 300_000_000);
  assert.equal(toPlainUnits('15.1', 'million'), 15_100_000);
  assert.equal(toPlainUnits('1.2345', 'thousand'), 1234.5);
});

test('money: approximate yen in billions', () => {
  assert.deepEqual(money('Japan will provide approximately ¥45 billion over the next three years.'), [
    { printed: 'approximately ¥45 billion', value: 45_000_000_000, currency: 'JPY', approximate: true, qualifier: 'approximately' },
  ]);
});

test('money: a dollar amount and its yen equivalent are two money matches', () => {
  const text = 'Japan would provide support totaling $120 million (approximately ¥14 billion), including human resources development for 30,000 people.';
  assert.deepEqual(money(text), [
    { printed: '$120 million', value: 120_000_000, currency: 'USD', approximate: false, qualifier: null },
    { printed: 'approximately ¥14 billion', value: 14_000_000_000, currency: 'JPY', approximate: true, qualifier: 'approximately' },
  ]);
  const [dollars] = extractMoney(text);
  assert.equal(text.slice(dollars.start, dollars.end), '$120 million');
  assert.equal(dollars.amountText, '$120 million');
});

test('money: thousand separators without a scale word', () => {
  assert.deepEqual(money('Japan contributed approximately $100,000 to UNODC in 2018.'), [
    { printed: 'approximately $100,000', value: 100_000, currency: 'USD', approximate: true, qualifier: 'approximately' },
  ]);
  assert.deepEqual(money('a grant of ¥1,250,000,000 for equipment'), [
    { printed: '¥1,250,000,000', value: 1_250_000_000, currency: 'JPY', approximate: false, qualifier: null },
  ]);
});

test('money: every qualifier is kept; only the estimating ones are approximate', () => {
  const text =
    'around $10 million; about $3 billion; some $2.5 million; nearly ¥1 trillion; over $20 million; more than $1.2 billion; up to ¥5 billion';
  assert.deepEqual(
    extractMoney(text).map((m) => [m.qualifier, m.approximate, m.value]),
    [
      ['around', true, 10_000_000],
      ['about', true, 3_000_000_000],
      ['some', true, 2_500_000],
      ['nearly', true, 1_000_000_000_000],
      ['over', false, 20_000_000],
      ['more than', false, 1_200_000_000],
      ['up to', false, 5_000_000_000],
    ],
  );
});

test('money: a sentence-initial qualifier keeps its capital', () => {
  assert.deepEqual(money('Approximately $2.3 billion was disbursed.')[0], {
    printed: 'Approximately $2.3 billion',
    value: 2_300_000_000,
    currency: 'USD',
    approximate: true,
    qualifier: 'Approximately',
  });
});

test('money: US$, USD, JPY and yen after the number', () => {
  assert.deepEqual(
    money('pledged US$3 billion, USD 40 million and JPY 2 billion, then 100 million yen and 5.5 billion yen').map((m) => [m.printed, m.value, m.currency]),
    [
      ['US$3 billion', 3_000_000_000, 'USD'],
      ['USD 40 million', 40_000_000, 'USD'],
      ['JPY 2 billion', 2_000_000_000, 'JPY'],
      ['100 million yen', 100_000_000, 'JPY'],
      ['5.5 billion yen', 5_500_000_000, 'JPY'],
    ],
  );
});

test('money: "thousand" as a scale word', () => {
  assert.deepEqual(money('a small grant of $500 thousand')[0].value, 500_000);
});

test('money: counts, years, fiscal years and percentages are not money', () => {
  const text =
    'In FY2018, Japan trained 2,653 personnel in 20 countries, 45% of them women, during the 2nd course held from May 19 to 25, 2018 (see page 110).';
  assert.deepEqual(extractMoney(text), []);
});

test('money: the amounts of a real chapter paragraph', () => {
  const text =
    'Moreover, Japan has contributed a total of $15.1 million to the IMO Djibouti Code of Conduct Trust Fund. In addition, Japan has contributed a total of $4.5 million to the International Trust Fund. Furthermore, since 2007, Japan has disbursed approximately $468 million for the restoration of basic social services in Somalia.';
  assert.deepEqual(
    money(text).map((m) => [m.printed, m.value]),
    [
      ['$15.1 million', 15_100_000],
      ['$4.5 million', 4_500_000],
      ['approximately $468 million', 468_000_000],
    ],
  );
});

test('counts: "human resources development for approximately 20,000 people" is a count, not money', () => {
  const text =
    'it would provide comprehensive assistance totaling approximately $6 billion, including human resources development for approximately 20,000 people, over the three-year period from 2016 to 2018';
  assert.deepEqual(money(text), [
    { printed: 'approximately $6 billion', value: 6_000_000_000, currency: 'USD', approximate: true, qualifier: 'approximately' },
  ]);
  assert.deepEqual(counts(text), [
    { printed: 'approximately 20,000 people', value: 20_000, unit: 'people', kind: 'people-to-train', approximate: true },
  ]);
});

test('counts: no number is both money and a count', () => {
  const text =
    'Japan announced $120 million (approximately ¥14 billion), including training for 30,000 people, and 100 million yen for 12 countries.';
  const moneySpans = extractMoney(text);
  for (const count of extractCounts(text)) {
    assert.ok(moneySpans.every((m) => count.end <= m.start || count.start >= m.end), `overlap at ${count.text}`);
  }
  assert.deepEqual(counts(text).map((c) => c.printed), ['30,000 people', '12 countries']);
});

test('counts: target versus achieved training', () => {
  const text =
    'Japan announced that it would also help train 2,000 personnel for counter-terrorism over the next three years. In the past two years, Japan has already yielded significant results exceeding its targets, with assistance of ¥80 billion and the training of 2,653 personnel in the field of counter-terrorism.';
  assert.deepEqual(counts(text), [
    { printed: '2,000 personnel', value: 2000, unit: 'personnel', kind: 'people-to-train', approximate: false },
    { printed: '2,653 personnel', value: 2653, unit: 'personnel', kind: 'people-trained', approximate: false },
  ]);
});

test('counts: graduates and countries', () => {
  assert.deepEqual(counts('To date, this program has produced 84 graduates from 37 countries.'), [
    { printed: '84 graduates', value: 84, unit: 'graduates', kind: 'graduates', approximate: false },
    { printed: '37 countries', value: 37, unit: 'countries', kind: 'countries', approximate: false },
  ]);
});

test('counts: displaced people with an adjective before the noun', () => {
  assert.deepEqual(
    counts('the clearance operations resulted in approximately 700,000 displaced people flowing into Bangladesh'),
    [{ printed: 'approximately 700,000 displaced people', value: 700_000, unit: 'displaced people', kind: 'displaced-people', approximate: true }],
  );
  assert.deepEqual(counts('hosting some 1.2 million refugees')[0], {
    printed: 'some 1.2 million refugees',
    value: 1_200_000,
    unit: 'refugees',
    kind: 'displaced-people',
    approximate: true,
  });
});

test('counts: people outside any training context are "other"', () => {
  assert.deepEqual(counts('The earthquake affected 15,000 households in the region.'), [
    { printed: '15,000 households', value: 15_000, unit: 'households', kind: 'other', approximate: false },
  ]);
});

test('counts: a count inside parentheses', () => {
  assert.deepEqual(counts('all ReCAAP contracting parties (20 countries including Japan)'), [
    { printed: '20 countries', value: 20, unit: 'countries', kind: 'countries', approximate: false },
  ]);
});

test('counts: years, fiscal years, ordinals, list markers, section numbers, dates, pages and percentages are not counts', () => {
  const text = [
    '2-1 Assistance for Realizing an Equitable Society',
    '(1) Assistance for the Development of Legal Systems',
    'In 2016, then Foreign Minister Kishida chaired a debate; in FY2018 the 2nd training was held.',
    'The second training was held in Tokyo from May 19 to 25, 2018, and on 3 June 2018.',
    'Coverage rose by 45% and then by 12 percent (see page 110).',
    'It lasted 10 years and was repeated 3 times.',
  ].join('\n');
  assert.deepEqual(extractCounts(text), []);
});

test('counts: a year-shaped number counting people is a count', () => {
  assert.deepEqual(counts('training for 2000 people')[0].value, 2000);
});

test('money: a range sharing one scale word is one match with rangeEnd, not "$10"', () => {
  const [range] = extractMoney('a pledge of $10–20 million for the fund');
  assert.deepEqual([range.text, range.value, range.rangeEnd], ['$10–20 million', 10_000_000, 20_000_000]);
  const [yen] = extractMoney('about ¥1.5 to 2 billion');
  assert.deepEqual([yen.text, yen.value, yen.rangeEnd, yen.approximate], ['about ¥1.5 to 2 billion', 1_500_000_000, 2_000_000_000, true]);
  assert.deepEqual(
    extractMoney('from $10 million to $20 million').map((m) => [m.text, m.value, m.rangeEnd]),
    [
      ['$10 million', 10_000_000, undefined],
      ['$20 million', 20_000_000, undefined],
    ],
  );
});

test('money: "to" before a count is not a range: "$5 to 12 countries" keeps $5', () => {
  assert.deepEqual(
    extractMoney('grants of $5 to 12 countries and $100,000 to 20 schools').map((m) => [m.text, m.value, m.rangeEnd]),
    [
      ['$5', 5, undefined],
      ['$100,000', 100_000, undefined],
    ],
  );
});

test('counts: an acronym or name may modify the counted noun: "Over 1,000 JICA volunteers"', () => {
  assert.deepEqual(counts('Over 1,000 JICA volunteers were dispatched.'), [
    { printed: 'Over 1,000 JICA volunteers', value: 1000, unit: 'JICA volunteers', kind: 'other', approximate: false },
  ]);
});

test('money: "approx." is an approximate qualifier', () => {
  assert.deepEqual(money('a grant of approx. $5 million')[0], {
    printed: 'approx. $5 million',
    value: 5_000_000,
    currency: 'USD',
    approximate: true,
    qualifier: 'approx.',
  });
});
