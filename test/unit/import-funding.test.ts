// Funding extracted from the hand-written fixture chapters: every amount, with the status, basis,
// channel, beneficiaries and period a careful reader would give it, and the relations between them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importChapter } from '../../src/importer/index.js';
import type { Funding } from '../../src/corpus/types.js';
import { realBuild } from '../support/corpus.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/chapters/${name}`, import.meta.url), 'utf8');
const reference = realBuild().corpus;
const edition2019 = importChapter(fixture('global-issues-2019.txt'), { name: 'global-issues-2019', edition: 2019, sourceFile: 'global-issues-2019.txt' }, reference).corpus;
const edition2017 = importChapter(fixture('global-issues-2017.txt'), { name: 'global-issues-2017', edition: 2017, sourceFile: 'global-issues-2017.txt' }, reference).corpus;

type Expected = Pick<Funding, 'id' | 'amount' | 'currency' | 'approximate' | 'amountText' | 'status' | 'basis' | 'channel' | 'beneficiaries' | 'statedTotal'> & {
  period: [string | null, string | null] | null;
};

const row = (f: Funding): Expected => ({
  id: f.id,
  amount: f.amount,
  currency: f.currency,
  approximate: f.approximate,
  amountText: f.amountText,
  status: f.status,
  basis: f.basis,
  channel: f.channel,
  beneficiaries: f.beneficiaries,
  statedTotal: f.statedTotal,
  period: f.period ? [f.period.from, f.period.to] : null,
});

test('every amount in the 2019 fixture, as a reader would record it', () => {
  const expected: Expected[] = [
    // "has contributed a total of $3.46 billion to the Global Fund since 2002": a running total to the reference date.
    { id: 'fund-1-usd3p46bn', amount: 3_460_000_000, currency: 'USD', approximate: false, amountText: '$3.46 billion', status: 'disbursed', basis: 'cumulative', channel: 'global-fund', beneficiaries: [], statedTotal: true, period: ['2002-01-01', '2019-12-31'] },
    // "pledged $840 million (approximately ¥92.4 billion) ... for the three-year period from 2020 to 2022".
    { id: 'fund-2-usd840m', amount: 840_000_000, currency: 'USD', approximate: false, amountText: '$840 million', status: 'announced', basis: 'multi-year', channel: 'global-fund', beneficiaries: [], statedTotal: false, period: ['2020-01-01', '2022-12-31'] },
    { id: 'fund-3-jpy92p4bn', amount: 92_400_000_000, currency: 'JPY', approximate: true, amountText: 'approximately ¥92.4 billion', status: 'announced', basis: 'multi-year', channel: 'global-fund', beneficiaries: [], statedTotal: false, period: ['2020-01-01', '2022-12-31'] },
    // Niger is not Nigeria.
    { id: 'fund-4-usd5p5m', amount: 5_500_000, currency: 'USD', approximate: false, amountText: '$5.5 million', status: 'disbursed', basis: 'one-year', channel: 'unicef', beneficiaries: ['NGA', 'NER'], statedTotal: false, period: ['2019-01-01', '2019-12-31'] },
    // One verb, two amounts: "Through UNICEF ... provided $4 million to the DRC and $1.5 million to the Republic of the Congo in 2019".
    { id: 'fund-5-usd4m', amount: 4_000_000, currency: 'USD', approximate: false, amountText: '$4 million', status: 'disbursed', basis: 'one-year', channel: 'unicef', beneficiaries: ['COD'], statedTotal: false, period: ['2019-01-01', '2019-12-31'] },
    { id: 'fund-6-usd1p5m', amount: 1_500_000, currency: 'USD', approximate: false, amountText: '$1.5 million', status: 'disbursed', basis: 'one-year', channel: 'unicef', beneficiaries: ['COG'], statedTotal: false, period: ['2019-01-01', '2019-12-31'] },
    // South Sudan's grant is bilateral; the WFP channel belongs to Sudan's food assistance only.
    { id: 'fund-7-usd3m', amount: 3_000_000, currency: 'USD', approximate: false, amountText: '$3 million', status: 'disbursed', basis: 'one-year', channel: null, beneficiaries: ['SSD'], statedTotal: false, period: ['2019-01-01', '2019-12-31'] },
    { id: 'fund-8-jpy500m', amount: 500_000_000, currency: 'JPY', approximate: true, amountText: 'approximately ¥500 million', status: 'disbursed', basis: 'one-year', channel: 'wfp', beneficiaries: ['SDN'], statedTotal: false, period: ['2019-01-01', '2019-12-31'] },
    // "committed to providing ¥1.3 trillion ... in 2020": the commitment, not a gift.
    { id: 'fund-9-jpy1p3tn', amount: 1_300_000_000_000, currency: 'JPY', approximate: false, amountText: '¥1.3 trillion', status: 'announced', basis: 'one-year', channel: null, beneficiaries: ['developing-countries'], statedTotal: false, period: ['2020-01-01', '2020-12-31'] },
    { id: 'fund-10-jpy1p4tn', amount: 1_400_000_000_000, currency: 'JPY', approximate: false, amountText: '¥1.4 trillion', status: 'achieved', basis: 'one-year', channel: null, beneficiaries: [], statedTotal: false, period: ['2018-01-01', '2018-12-31'] },
    // "held in Tokyo" is a venue, not a beneficiary; Africa is the region.
    { id: 'fund-11-jpy30bn', amount: 30_000_000_000, currency: 'JPY', approximate: true, amountText: 'approximately ¥30 billion', status: 'announced', basis: 'multi-year', channel: null, beneficiaries: ['africa'], statedTotal: false, period: ['2019-01-01', '2021-12-31'] },
    // The Gulf of Guinea is a sea, not Guinea.
    { id: 'fund-12-usd2m', amount: 2_000_000, currency: 'USD', approximate: false, amountText: '$2 million', status: 'disbursed', basis: 'one-year', channel: 'undp', beneficiaries: [], statedTotal: false, period: ['2019-01-01', '2019-12-31'] },
  ];
  assert.deepEqual(edition2019.funding.map(row), expected);
});

test('an amount with no currency ("contributed 154.5 billion") is not a funding record', () => {
  assert.ok(!edition2019.funding.some((f) => f.amount === 154_500_000_000));
  assert.ok(!edition2019.funding.some((f) => f.quotes.some((q) => q.text.includes('Green Climate Fund'))));
});

test('a dollar amount and its yen equivalent are the same money, both ways', () => {
  const byId = new Map(edition2019.funding.map((f) => [f.id, f]));
  assert.deepEqual(byId.get('fund-2-usd840m')?.relations.map((r) => [r.type, r.target]), [['same-amount', 'fund-3-jpy92p4bn']]);
  assert.deepEqual(byId.get('fund-3-jpy92p4bn')?.relations.map((r) => [r.type, r.target]), [['same-amount', 'fund-2-usd840m']]);
  const others = edition2019.funding.filter((f) => !['fund-2-usd840m', 'fund-3-jpy92p4bn', 'fund-10-jpy1p4tn'].includes(f.id));
  assert.ok(others.every((f) => f.relations.length === 0), 'no other amount is related');
});

test('a result reported against the earlier commitment points at it', () => {
  const achieved = edition2019.funding.find((f) => f.id === 'fund-10-jpy1p4tn');
  assert.deepEqual(achieved?.relations.map((r) => [r.type, r.target]), [['achieved-against', 'fund-9-jpy1p3tn']]);
});

test('the period phrase and its reading are kept', () => {
  const byId = new Map(edition2019.funding.map((f) => [f.id, f]));
  assert.equal(byId.get('fund-1-usd3p46bn')?.period?.text, 'since 2002');
  assert.match(byId.get('fund-1-usd3p46bn')?.period?.assumption ?? '', /reference date 2019-12-31/);
  assert.equal(byId.get('fund-2-usd840m')?.period?.text, 'for the three-year period from 2020 to 2022');
  assert.equal(byId.get('fund-11-jpy30bn')?.period?.text, 'over the next three years');
  assert.match(byId.get('fund-11-jpy30bn')?.period?.assumption ?? '', /anchor year 2019/);
});

test('purposes are short phrases cut from the sentence, and marked as machine-made', () => {
  const purpose = new Map(edition2019.funding.map((f) => [f.id, f.purpose]));
  assert.equal(purpose.get('fund-2-usd840m'), 'fight the three diseases');
  assert.equal(purpose.get('fund-4-usd5p5m'), 'polio vaccination in Nigeria and Niger');
  assert.equal(purpose.get('fund-5-usd4m'), 'measles vaccination');
  assert.equal(purpose.get('fund-9-jpy1p3tn'), 'climate action in developing countries');
  assert.equal(purpose.get('fund-11-jpy30bn'), 'help countries in Africa adapt to climate change');
  for (const f of edition2019.funding) {
    assert.ok(f.purpose.length > 0 && f.purpose.length <= 100, `${f.id}: purpose length`);
    assert.match(f.notes ?? '', /Machine-extracted by odaref/);
  }
});

test('the quote is the sentence that holds the amount, verbatim in its paragraph', () => {
  const paragraphs = new Map(edition2019.paragraphs.map((p) => [p.id, p]));
  for (const f of edition2019.funding) {
    assert.equal(f.quotes.length, 1);
    const [quote] = f.quotes;
    assert.ok(paragraphs.get(quote.paragraph!)?.text.includes(quote.text), `${f.id}: quote is verbatim`);
    assert.ok(quote.text.includes(f.amountText!), `${f.id}: the amount is in its quote`);
  }
  const cumulative = edition2019.funding.find((f) => f.id === 'fund-1-usd3p46bn');
  assert.equal(
    cumulative?.quotes[0].text,
    'Japan has supported the Global Fund to Fight AIDS, Tuberculosis and Malaria (Global Fund) since its foundation, and has contributed a total of $3.46 billion to the Global Fund since 2002.',
  );
  assert.equal(cumulative?.section, '3-1(1).efforts');
  assert.deepEqual(cumulative?.sectionPath, ['Addressing Global Issues', 'Health', 'Universal Health Coverage', "Japan's Efforts"]);
  assert.deepEqual(cumulative?.paragraphs, ['3-1(1).efforts/p2']);
});

test('every amount is given by Japan, with channel names and modalities from the channel', () => {
  for (const f of edition2019.funding) {
    assert.equal(f.donor, 'japan');
    assert.equal(f.origin, 'extracted');
    assert.deepEqual(f.themes, []);
  }
  const unicef = edition2019.funding.find((f) => f.id === 'fund-4-usd5p5m');
  assert.equal(unicef?.channelName, 'United Nations Children’s Fund');
  assert.deepEqual(unicef?.modality, ['through-international-organisation']);
  const bilateral = edition2019.funding.find((f) => f.id === 'fund-7-usd3m');
  assert.equal(bilateral?.channelName, null);
  assert.deepEqual(bilateral?.modality, []);
});

test('the 2017 edition: an earlier cumulative total to the same fund, and a pledge with a bound', () => {
  assert.deepEqual(edition2017.funding.map(row), [
    { id: 'fund-1-usd2p87bn', amount: 2_870_000_000, currency: 'USD', approximate: false, amountText: '$2.87 billion', status: 'disbursed', basis: 'cumulative', channel: 'global-fund', beneficiaries: [], statedTotal: true, period: ['2002-01-01', '2017-12-31'] },
    // "up to" bounds the figure without making it an estimate.
    { id: 'fund-2-jpy50bn', amount: 50_000_000_000, currency: 'JPY', approximate: false, amountText: 'up to ¥50 billion', status: 'announced', basis: 'multi-year', channel: null, beneficiaries: ['asia'], statedTotal: false, period: ['2017-01-01', '2019-12-31'] },
  ]);
});

test('across editions the same fund keeps one organisation id, so totals can be compared', () => {
  const cumulative = (funding: Funding[]) => funding.find((f) => f.channel === 'global-fund' && f.basis === 'cumulative');
  assert.equal(cumulative(edition2017.funding)?.amount, 2_870_000_000);
  assert.equal(cumulative(edition2019.funding)?.amount, 3_460_000_000);
  const fund2017 = edition2017.organisations.find((o) => o.id === 'global-fund');
  const fund2019 = edition2019.organisations.find((o) => o.id === 'global-fund');
  assert.equal(fund2017?.name, 'Global Fund to Fight AIDS, Tuberculosis and Malaria');
  assert.equal(fund2019?.name, fund2017?.name);
});

test('funding records know the programs that cite them', () => {
  const byId = new Map(edition2019.funding.map((f) => [f.id, f]));
  assert.deepEqual(byId.get('fund-1-usd3p46bn')?.programs, ['prog-3-1-1-efforts-2']);
  assert.deepEqual(byId.get('fund-8-jpy500m')?.programs, ['prog-3-1-2-health-humanitarian-crises-1']);
  for (const f of edition2019.funding) assert.equal(f.programs.length, 1, `${f.id} sits in one program paragraph`);
});
