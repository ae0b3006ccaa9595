import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPeriods, sentenceYear, type PeriodContext } from '../../src/extract/index.js';

const REFERENCE: PeriodContext = { referenceDate: '2019-01-31' };

/** text, from, to and fiscal of each period, for exact comparison. */
function spans(text: string, ctx: PeriodContext = REFERENCE): [string, string | null, string | null, boolean][] {
  return extractPeriods(text, ctx).map((p) => [p.text, p.from, p.to, p.fiscal]);
}

test('a calendar year: "in 2018"', () => {
  const text = 'Japan contributed approximately $100,000 to UNODC in 2018.';
  const [period] = extractPeriods(text, REFERENCE);
  assert.deepEqual(period, { text: 'in 2018', start: text.indexOf('in 2018'), end: text.indexOf('in 2018') + 7, from: '2018-01-01', to: '2018-12-31', fiscal: false, kind: 'point' });
});

test('months with a year: "In February 2018", "in January 2019"', () => {
  assert.deepEqual(spans('In February 2018, Japan provided Cambodia with supplies. Furthermore, in January 2019, Japan decided'), [
    ['In February 2018', '2018-02-01', '2018-02-28', false],
    ['in January 2019', '2019-01-01', '2019-01-31', false],
  ]);
  assert.deepEqual(spans('the flood of August 2020')[0], ['August 2020', '2020-08-01', '2020-08-31', false]);
});

test('"since 2007" runs to the reference date and says so', () => {
  const [period] = extractPeriods('Japan has held an annual seminar since 2007, with the objectives', REFERENCE).filter((p) => p.kind === 'since');
  assert.equal(period.text, 'since 2007');
  assert.equal(period.from, '2007-01-01');
  assert.equal(period.to, '2019-01-31');
  assert.equal(period.assumption, 'open-ended "since" runs to the reference date 2019-01-31');
});

test('"since October 2017" and "Since FY2009"', () => {
  assert.deepEqual(spans('support in Bangladesh since October 2017. Since FY2009, AAR Japan has been conducting education'), [
    ['since October 2017', '2017-10-01', '2019-01-31', false],
    ['Since FY2009', '2009-04-01', '2019-01-31', true],
  ]);
});

test('year ranges: "from 2016 to 2018" and "over the three-year period from 2016 to 2018"', () => {
  assert.deepEqual(spans('human resources development for 30,000 people, from 2016 to 2018 for counter-terrorism'), [
    ['from 2016 to 2018', '2016-01-01', '2018-12-31', false],
  ]);
  assert.deepEqual(spans('for approximately 20,000 people, over the three-year period from 2016 to 2018, to prevent'), [
    ['over the three-year period from 2016 to 2018', '2016-01-01', '2018-12-31', false],
  ]);
  assert.deepEqual(spans('between 2014 and 2016, and in 2019–2021'), [
    ['between 2014 and 2016', '2014-01-01', '2016-12-31', false],
    ['2019–2021', '2019-01-01', '2021-12-31', false],
  ]);
});

test('"2016 and 2017" is two years, not a range', () => {
  assert.deepEqual(spans('Following its previous contributions in 2016 and 2017, Japan'), [
    ['in 2016', '2016-01-01', '2016-12-31', false],
    ['2017', '2017-01-01', '2017-12-31', false],
  ]);
});

test('fiscal years run April to March: "FY2015", "(FY2007 to FY2014)", "FY2016-2018"', () => {
  assert.deepEqual(spans('In FY2015, the program was renamed'), [['In FY2015', '2015-04-01', '2016-03-31', true]]);
  assert.deepEqual(spans('so that they can play an active role in the field (FY2007 to FY2014).'), [
    ['FY2007 to FY2014', '2007-04-01', '2015-03-31', true],
  ]);
  assert.deepEqual(spans('the plan for FY2016-2018'), [['FY2016-2018', '2016-04-01', '2019-03-31', true]]);
  assert.deepEqual(spans('a “Global Career Course” (started in FY2018) for practitioners'), [['in FY2018', '2018-04-01', '2019-03-31', true]]);
});

test('"even after FY2018" starts the next fiscal year and has no end', () => {
  const [period] = extractPeriods('Japan has decided to continue to dispatch experts to Sri Lanka, even after FY2018, which is positioned', REFERENCE);
  assert.deepEqual(
    { text: period.text, from: period.from, to: period.to, fiscal: period.fiscal, kind: period.kind },
    { text: 'even after FY2018', from: '2019-04-01', to: null, fiscal: true, kind: 'after' },
  );
  assert.equal(period.assumption, 'starts after FY2018 ends; no end is given');
});

test('"over the next three years" counts from the anchor year', () => {
  const sentence =
    'Japan announced at the Japan-ASEAN Summit Meeting held in 2016, that it will provide approximately ¥45 billion over the next three years as comprehensive assistance.';
  const next = extractPeriods(sentence, { ...REFERENCE, anchorYear: 2016 }).find((p) => p.kind === 'relative');
  assert.equal(next?.text, 'over the next three years');
  assert.equal(next?.from, '2016-01-01');
  assert.equal(next?.to, '2018-12-31');
  assert.equal(next?.assumption, '"next three years" counted as 3 calendar years from the anchor year 2016');
});

test('"over the next three years" without an anchor year has no dates and says why', () => {
  const [period] = extractPeriods('it would also help train 2,000 personnel over the next three years', REFERENCE);
  assert.equal(period.from, null);
  assert.equal(period.to, null);
  assert.equal(period.assumption, '"next three years" needs the year it was announced (anchorYear); none was given');
});

test('sentenceYear finds the one year of the announcement sentence, for the caller to pass as anchorYear', () => {
  const text =
    'Moreover, in Asia, Japan announced at the Japan-ASEAN Summit Meeting held in 2016, that it will provide approximately ¥45 billion over the next three years. In the past two years, Japan has already yielded results.';
  assert.equal(sentenceYear(text, text.indexOf('next three')), 2016);
  assert.equal(sentenceYear(text, text.indexOf('past two')), undefined);
  assert.equal(sentenceYear('From 2016 to 2018, and then over the next two years.', 30), undefined);
});

test('"in the past two years" is the two calendar years before the reference year', () => {
  const [period] = extractPeriods('In the past two years, Japan has already yielded significant results', REFERENCE);
  assert.deepEqual([period.text, period.from, period.to], ['In the past two years', '2017-01-01', '2018-12-31']);
  assert.equal(period.assumption, '"past two years" read as the two calendar years before the reference date\'s year (2019-01-31)');
});

test('recurring and open phrases have no dates: "Every year", "annual", "twice a year", "in the coming years"', () => {
  const text =
    'Every year, MOJ holds a course (twice a year) and an annual seminar. Japan would contribute around $10 million in the coming years.';
  assert.deepEqual(
    extractPeriods(text, REFERENCE).map((p) => [p.text, p.from, p.to, p.kind]),
    [
      ['Every year', null, null, 'recurring'],
      ['twice a year', null, null, 'recurring'],
      ['annual', null, null, 'recurring'],
      ['in the coming years', null, null, 'open'],
    ],
  );
});

test('a day range: "May 19 to 25, 2018"', () => {
  assert.deepEqual(spans('The second training was held in Tokyo from May 19 to 25, 2018.'), [
    ['from May 19 to 25, 2018', '2018-05-19', '2018-05-25', false],
  ]);
  assert.deepEqual(spans('May 19 to 25, 2018'), [['May 19 to 25, 2018', '2018-05-19', '2018-05-25', false]]);
  assert.deepEqual(spans('from November 28 to December 3, 2019'), [['from November 28 to December 3, 2019', '2019-11-28', '2019-12-03', false]]);
  assert.deepEqual(spans('signed on March 1, 2017'), [['March 1, 2017', '2017-03-01', '2017-03-01', false]]);
});

test('"in late July" without a year has no dates unless an anchor year is given', () => {
  const text = 'the flooding that resulted from the dam collapse in late July.';
  const [unanchored] = extractPeriods(text, REFERENCE);
  assert.deepEqual([unanchored.text, unanchored.from, unanchored.to], ['in late July', null, null]);
  const [anchored] = extractPeriods(text, { ...REFERENCE, anchorYear: 2018 });
  assert.deepEqual([anchored.text, anchored.from, anchored.to], ['in late July', '2018-07-21', '2018-07-31']);
});

test('"In April of the same year" takes the anchor year', () => {
  assert.deepEqual(spans('In April of the same year, the meeting was held.', { ...REFERENCE, anchorYear: 2018 }), [
    ['In April of the same year', '2018-04-01', '2018-04-30', false],
  ]);
});

test('amounts and counts contain no years: "2,653", "$120 million", "20 countries", "2000 people"', () => {
  assert.deepEqual(
    extractPeriods('the training of 2,653 personnel, support of $120 million, 20 countries, ¥2018 and 2000 people trained', REFERENCE),
    [],
  );
});

test('a year is a whole word: not in "FY20189", "12018" or "2018th"', () => {
  assert.deepEqual(extractPeriods('codes 12018 and FY20189 and 2018th', REFERENCE), []);
});

test('cumulative "Up until now" and "To date" end at the reference date', () => {
  assert.deepEqual(spans('Up until now, Japan has contributed $50.5 million. To date, 84 graduates.'), [
    ['Up until now', null, '2019-01-31', false],
    ['To date', null, '2019-01-31', false],
  ]);
});

test('"by 2030" gives only an end; "at the end of 2017" its last day', () => {
  assert.deepEqual(spans('achieve the goals by 2030'), [['by 2030', null, '2030-12-31', false]]);
  assert.deepEqual(spans('the number of refugees at the end of 2017 reached'), [['at the end of 2017', '2017-12-31', '2017-12-31', false]]);
});

test('a referenceDate that is not YYYY-MM-DD is refused', () => {
  assert.throws(() => extractPeriods('in 2018', { referenceDate: 'January 2019' }), /YYYY-MM-DD/);
});
