// The bundled corpus against its source: provenance (every quote verbatim, every id resolves) and
// completeness (what our own extractors find in the chapter is covered by a record).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAcronyms, extractCounts, extractMoney, buildGazetteer, findPlaces } from '../../src/extract/index.js';
import { gazetteerEntries, shadowNames } from '../../src/corpus/mentions.js';
import { readBuildInputs } from '../../scripts/inputs.js';
import { realBuild } from '../support/corpus.js';
import { fold } from '../../src/search/normalise.js';

const { corpus, problems } = realBuild();
const paragraphs = new Map(corpus.paragraphs.map((p) => [p.id, p]));
const sections = new Set(corpus.sections.map((s) => s.id));
const cited = [
  ...corpus.programs.map((r) => ['program', r] as const),
  ...corpus.funding.map((r) => ['funding', r] as const),
  ...corpus.figures.map((r) => ['figure', r] as const),
  ...corpus.glossary.map((r) => ['glossary', r] as const),
  ...corpus.organisations.map((r) => ['organisation', r] as const),
];

test('the curated records build without a problem', () => {
  assert.deepEqual(problems, []);
});

test('provenance: every quote is verbatim in the paragraph it cites, and every id resolves', () => {
  let quotes = 0;
  for (const [kind, r] of cited) {
    const origin = (r as { origin?: string }).origin;
    if (origin !== 'external' && kind !== 'organisation') assert.ok(r.quotes.length > 0, `${kind} ${r.id} has no quote`);
    if (r.quotes.length) {
      assert.ok(sections.has(r.section), `${kind} ${r.id}: section ${r.section}`);
      assert.deepEqual(r.sectionPath, corpus.sections.find((s) => s.id === r.section)!.path);
    }
    for (const q of r.quotes) {
      quotes++;
      const p = paragraphs.get(q.paragraph ?? '');
      assert.ok(p, `${kind} ${r.id}: paragraph ${q.paragraph}`);
      assert.ok(p.text.includes(q.text), `${kind} ${r.id}: "${q.text}" is not in ${q.paragraph}`);
      assert.ok(r.paragraphs.includes(p.id), `${kind} ${r.id}: cites ${p.id}`);
    }
  }
  for (const g of corpus.glossary) {
    for (const e of g.expansions) {
      if (e.origin === 'external') assert.equal(e.quote, undefined, `${g.id}: an external expansion has no quote`);
      else assert.ok(e.quote && paragraphs.get(e.quote.paragraph!)?.text.includes(e.quote.text) && e.quote.text.includes(e.text), `${g.id}: ${e.text}`);
    }
  }
  console.log(`provenance: ${quotes} quotes in ${cited.length} records checked against ${paragraphs.size} paragraphs`);
  assert.ok(quotes > 400);
});

test('provenance: every number a record prints (amount, count, period) is in its own quotes, as printed', () => {
  const inQuotes = (r: { quotes: { text: string }[] }, text: string) => r.quotes.some((q) => q.text.includes(text));
  // A period written from pieces apart in the text ("in 2016 and 2017 ... in 2018") gives each piece verbatim.
  const periodOk = (r: { period: { text: string } | null; quotes: { text: string }[] }) => !r.period || r.period.text.split(' ... ').every((piece) => inQuotes(r, piece));
  let numbers = 0;
  for (const f of corpus.funding) {
    assert.ok(periodOk(f), `${f.id}: period "${f.period?.text}" is not in its quotes`);
    if (f.amount === null) continue;
    numbers++;
    assert.ok(f.amountText && inQuotes(f, f.amountText), `${f.id}: "${f.amountText}" is not in its quotes`);
    assert.ok(f.quotes.some((q) => extractMoney(q.text).some((m) => m.value === f.amount && m.currency === f.currency)), `${f.id}: no quote states ${f.currency} ${f.amount}`);
  }
  for (const g of corpus.figures) {
    numbers++;
    assert.ok(inQuotes(g, g.valueText), `${g.id}: "${g.valueText}" is not in its quotes`);
  }
  for (const p of corpus.programs) assert.ok(periodOk(p), `${p.id}: period "${p.period?.text}" is not in its quotes`);
  assert.ok(numbers >= 23, `${numbers} amounts and counts checked`);
});

test('completeness: every amount the money extractor finds is a funding record, quoted in its paragraph', () => {
  let found = 0;
  for (const p of corpus.paragraphs) {
    for (const m of extractMoney(p.text)) {
      found++;
      const record = corpus.funding.find((f) => f.amount === m.value && f.currency === m.currency && f.quotes.some((q) => q.paragraph === p.id && q.text.includes(m.text)));
      assert.ok(record, `${m.text} in ${p.id} has no funding record`);
      assert.equal(record.approximate, m.approximate, `${record.id}: approximate`);
    }
  }
  console.log(`completeness: ${found} amounts found by the extractor, each covered by a funding record`);
  assert.equal(found, corpus.funding.filter((f) => f.amount !== null).length, 'and no funding record carries an amount the extractor does not see');
});

test('completeness: every count the extractor finds is a figure record, never an amount', () => {
  let found = 0;
  for (const p of corpus.paragraphs) {
    for (const m of extractCounts(p.text)) {
      found++;
      const figure = corpus.figures.find((f) => f.value === m.value && f.quotes.some((q) => q.paragraph === p.id && q.text.includes(m.valueText)));
      assert.ok(figure, `${m.text} in ${p.id} has no figure record`);
      assert.ok(!corpus.funding.some((f) => f.amount === m.value), `${m.text} is also an amount`);
    }
  }
  console.log(`completeness: ${found} counts found by the extractor, each covered by a figure record`);
});

// Japan is the donor nearly everywhere it is named; where it is a venue the records say so, and the
// trap test below proves it is never a recipient. A paragraph no program or funding record cites is
// background (the crisis in Rakhine, piracy off Somalia): its countries are mentions, which
// `odaref country` lists as such, and are counted here apart.
test('completeness: every country the gazetteer finds has a role in a program or funding record citing that paragraph', () => {
  const inputs = readBuildInputs();
  const curation = new Map((inputs.curated.countries as { alpha3: string }[]).map((c) => [c.alpha3, c as never]));
  const gazetteer = buildGazetteer(gazetteerEntries(inputs.isoCountries, curation, inputs.curated.groupings as never));
  const shadows = shadowNames(corpus.organisations);
  let found = 0;
  let background = 0;
  const missing: string[] = [];
  for (const p of corpus.paragraphs) {
    for (const m of findPlaces(p.text, gazetteer, { shadowNames: shadows })) {
      if (m.insideName || m.kind !== 'country') continue;
      if (m.code === 'JPN') continue;
      const citing = [...corpus.programs, ...corpus.funding].filter((r) => r.paragraphs.includes(p.id));
      if (citing.length === 0) {
        background++;
        continue;
      }
      found++;
      const covered =
        corpus.programs.some((r) => r.paragraphs.includes(p.id) && r.countries.some((c) => c.code === m.code)) ||
        corpus.funding.some((r) => r.paragraphs.includes(p.id) && r.beneficiaries.includes(m.code));
      if (!covered) missing.push(`${m.code} (${m.text}) in ${p.id}`);
    }
  }
  console.log(`completeness: ${found} country mentions in cited paragraphs, each with a role; ${background} in background paragraphs`);
  assert.deepEqual(missing, []);
});

test('completeness: every acronym the text expands is in the glossary with that expansion', () => {
  let found = 0;
  for (const p of corpus.paragraphs) {
    for (const m of extractAcronyms(p.text)) {
      found++;
      const entry = corpus.glossary.find((g) => fold(g.term) === fold(m.acronym) || fold(g.term) === fold(m.acronym.replace(/s$/, '')));
      assert.ok(entry, `${m.acronym} (${p.id}) is not in the glossary`);
      if (!m.loose) assert.ok(entry.expansions.some((e) => fold(e.text).includes(fold(m.expansion)) || fold(m.expansion).includes(fold(e.text))), `${m.acronym}: "${m.expansion}" is not among its expansions`);
    }
  }
  console.log(`completeness: ${found} acronym expansions found by the extractor, each in the glossary`);
  assert.ok(found >= 30);
});

// The traps of the chapter, with hand-written expectations.
const country = (code: string) => corpus.countries.find((c) => c.alpha3 === code)!;
const rolesOf = (code: string) => corpus.programs.flatMap((p) => p.countries.filter((c) => c.code === code).map((c) => c.role));

test('trap: "Sudan" inside "South Sudan" — both are named, and kept apart', () => {
  const unmas = corpus.programs.find((p) => p.quotes.some((q) => q.text.includes('South Sudan, Sudan and the Democratic Republic')))!;
  assert.ok(unmas.countries.some((c) => c.code === 'SDN'));
  assert.ok(unmas.countries.some((c) => c.code === 'SSD'));
  const onlySouth = corpus.paragraphs.find((p) => p.text.includes('assistance for South Sudan, as well as'))!;
  assert.ok(!country('SDN').mentions.includes(onlySouth.id), 'South Sudan alone does not mention Sudan');
});

test('trap: "Central Africa" is read as the Central African Republic, flagged ambiguous', () => {
  const unicef = corpus.programs.find((p) => p.quotes.some((q) => q.text.includes('Central Africa, Chad')))!;
  const caf = unicef.countries.find((c) => c.code === 'CAF');
  assert.ok(caf);
  assert.match(`${caf.note ?? ''} ${unicef.notes ?? ''}`, /ambigu/i);
});

test('trap: "Guinea" in the "Gulf of Guinea" and "Niger" are not countries the chapter names', () => {
  assert.equal(country('GIN').mentioned, false);
  assert.equal(country('NER').mentioned, false);
  assert.equal(country('NGA').mentioned, false);
});

test('trap: the Democratic Republic of the Congo is not the Congo', () => {
  assert.equal(country('COD').mentioned, true);
  assert.equal(country('COG').mentioned, false);
});

test('trap: a country inside a fund name is not its beneficiary, and Japan is never a recipient', () => {
  const djiboutiFund = corpus.funding.find((f) => f.amountText === '$15.1 million')!;
  assert.equal(djiboutiFund.channel, 'imo-djibouti-trust-fund');
  assert.ok(!djiboutiFund.beneficiaries.includes('DJI'));
  const unrwa = corpus.organisations.find((o) => o.id === 'unrwa')!;
  assert.match(unrwa.name, /Palestine/);
  assert.ok(!rolesOf('JPN').includes('recipient'));
  assert.ok(!corpus.funding.some((f) => f.beneficiaries.includes('JPN')));
});

test('regional money belongs to its region, never repeated under each country', () => {
  const regional = { '¥45 billion': 'asia', '$6 billion': 'middle-east', '$120 million': 'africa' } as const;
  for (const [amount, region] of Object.entries(regional)) {
    const f = corpus.funding.find((x) => x.amountText?.includes(amount))!;
    assert.deepEqual(f.beneficiaries, [region], amount);
  }
});

test('printed errors are quoted as printed and normalised beside the quote', () => {
  const npa = corpus.programs.find((p) => p.errata?.some((e) => e.printed === 'National Policy Agency'));
  assert.equal(npa?.errata?.[0].normalised, 'National Police Agency');
  const ddr = corpus.glossary.find((g) => g.term === 'DDR')!;
  assert.equal(ddr.expansions.filter((e) => e.origin === 'text').length, 2);
  const ioc = corpus.glossary.find((g) => g.term === 'IOC')!;
  assert.match(ioc.expansions.map((e) => e.text).join(' '), /Intergovernmental Oceanographic Commission/);
});
