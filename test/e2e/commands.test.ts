// Each command and filter through the real binary, answers checked against the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { json, odaref } from '../support/cli.js';

const displayWidth = (s: string) => [...s].length;

test('country Myanmar: header, efforts, funding, mentions; JSON is one object with totals', () => {
  const r = odaref(['country', 'Myanmar']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Country: +Myanmar/);
  assert.match(r.stdout, /ISO codes: +MM, MMR/);
  assert.match(r.stdout, /What Japan does in Myanmar/);
  assert.match(r.stdout, /Funding for Myanmar/);
  assert.match(r.stdout, /The chapter gives no amount for Myanmar/);
  assert.match(r.stdout, /Also named: venue, host or mention only/);
  const j = json(['country', 'Myanmar']).body;
  assert.equal(j.country.alpha3, 'MMR');
  assert.ok(j.programs.every((p: any) => ['recipient', 'indirect-beneficiary'].includes(p.role)));
  assert.ok(j.mentions.every((p: any) => ['venue', 'host', 'mention'].includes(p.role)));
  assert.ok(j.programs.every((p: any) => p.quotes.length > 0 && p.section && p.paragraphs.length > 0));
  assert.equal(j.totals.computedBy, 'odaref');
  assert.ok(!j.funding.some((f: any) => f.beneficiaries.includes('asia')), 'regional money is not the country\'s');
});

test('country: aliases, places and misspellings reach the same country; a note says how', () => {
  for (const q of ['Burma', 'mmr', 'Mianmar', 'Rakhine']) assert.equal(json(['country', q]).body.country.alpha3, 'MMR', q);
  const fuzzy = odaref(['country', 'Mianmar']);
  assert.match(fuzzy.stderr, /showing Myanmar for 'Mianmar'/);
  assert.equal(json(['country', "cote d'ivoire"]).body.country.alpha3, 'CIV');
  assert.equal(json(['country', 'Sudan']).body.country.alpha3, 'SDN');
});

test('country Somalia: amounts with their relations, and odaref totals that do not add related amounts', () => {
  const j = json(['country', 'Somalia']).body;
  const amounts = j.funding.filter((f: any) => f.amount !== null).map((f: any) => f.amount);
  assert.ok(amounts.includes(468000000));
  const disbursed = j.totals.groups.find((g: any) => g.currency === 'USD' && g.status === 'disbursed' && g.basis === 'cumulative');
  if (disbursed) assert.equal(disbursed.total, 468000000, 'trust funds that $468 million may include are not added');
  const t = odaref(['country', 'Somalia']);
  assert.match(t.stdout, /approximately \$468 million/);
});

test('country for a region or grouping lists its records and the members the chapter names', () => {
  const africa = json(['country', 'Africa']).body;
  assert.equal(africa.country.type, 'grouping');
  assert.ok(africa.funding.some((f: any) => f.amount === 120000000));
  assert.ok(africa.country.memberCountries.length > 5);
  const asean = odaref(['country', 'ASEAN']);
  assert.equal(asean.code, 0);
  assert.match(asean.stdout, /Members the chapter names: .*Viet Nam/s);
});

test('country --list: every country named, sortable', () => {
  const j = json(['country', '--list', '--sort', 'programs']).body;
  assert.ok(j.count >= 35);
  const counts = j.results.map((r: any) => r.programs);
  assert.deepEqual(counts, [...counts].sort((a: number, b: number) => b - a));
  assert.ok(!j.results.some((r: any) => r.alpha3 === 'DEU'));
  assert.equal(json(['country']).body.count, j.count, 'no name lists too');
});

test('programs: fuzzy query ranks the obvious record first; filters narrow', () => {
  const mine = json(['programs', 'CMAC']).body;
  assert.ok(mine.results[0].partners.includes('cmac') || mine.results[0].title.includes('CMAC'));
  const typo = json(['programs', 'landmien']).body;
  assert.ok(typo.count > 0, 'a misspelling still finds mine action');
  const cambodia = json(['programs', '--country', 'Cambodia']).body;
  assert.ok(cambodia.results.every((p: any) => p.countries.some((c: any) => c.code === 'KHM')));
  const unodc = json(['programs', '--partner', 'UNODC']).body;
  assert.ok(unodc.count > 0 && unodc.results.every((p: any) => p.partners.includes('unodc') || p.actors.includes('unodc')));
  const section = json(['programs', '--section', '2-2(3).D']).body;
  assert.ok(section.results.every((p: any) => p.section.startsWith('2-2(3).D')));
  const theme = json(['programs', '--theme', '15250']).body;
  assert.ok(theme.count > 0 && theme.results.every((p: any) => p.themes.includes(15250)));
  const themeByName = json(['programs', '--theme', 'land mines']).body;
  assert.equal(themeByName.count, theme.count);
});

test('programs --year: periods overlapping a calendar or a fiscal year', () => {
  const y = json(['programs', '--year', '2015']).body;
  for (const p of y.results) assert.ok((p.period.from ?? '0000') <= '2015-12-31' && (p.period.to ?? '9999') >= '2015-01-01', p.id);
  const fy = json(['programs', '--year', 'FY2014']).body;
  assert.ok(fy.results.some((p: any) => p.period.text.includes('FY2007 to FY2014')), 'FY2014 (to March 2015) overlaps FY2007-FY2014');
  const since = json(['programs', '--year', '2012']).body;
  assert.ok(since.results.some((p: any) => /since 2007/i.test(p.period.text)), '"since 2007" runs to the reference date');
});

test('funding: every amount and named flow, with odaref totals that never mix currency, status or basis', () => {
  const j = json(['funding']).body;
  assert.ok(j.count >= 40);
  assert.equal(j.totals.computedBy, 'odaref');
  const keys = j.totals.groups.map((g: any) => `${g.currency}|${g.status}|${g.basis}`);
  assert.equal(new Set(keys).size, keys.length);
  assert.ok(j.totals.withoutAmount > 0);
  for (const f of j.results) assert.ok(f.section && f.paragraphs.length && f.quotes.length, f.id);
  const t = odaref(['funding']);
  assert.match(t.stdout, /Totals computed by odaref/);
  assert.match(t.stdout, /flows with no amount stated/);
  const usd120 = j.results.find((f: any) => f.amount === 120000000);
  assert.ok(usd120.relationTexts.includes('same amount as approximately ¥14 billion'));
});

test('funding filters: partner, status, basis, currency, region, country, year, sort', () => {
  const unicef = json(['funding', '--partner', 'UNICEF']).body;
  assert.ok(unicef.count > 0 && unicef.results.every((f: any) => f.channel === 'unicef'));
  const announced = json(['funding', '--status', 'announced']).body;
  assert.ok(announced.results.every((f: any) => f.status === 'announced'));
  const cumulative = json(['funding', '--basis', 'cumulative']).body;
  assert.ok(cumulative.results.some((f: any) => f.amount === 50500000));
  const yen = json(['funding', '--currency', 'yen']).body;
  assert.ok(yen.count >= 3 && yen.results.every((f: any) => f.currency === 'JPY'));
  const africa = json(['funding', '--region', 'Africa']).body;
  assert.ok(africa.results.some((f: any) => f.beneficiaries.includes('africa')));
  const somalia = json(['funding', '--country', 'Somalia']).body;
  assert.ok(somalia.results.every((f: any) => f.beneficiaries.includes('SOM')));
  const y2018 = json(['funding', '--year', '2018']).body;
  assert.ok(y2018.results.every((f: any) => f.period && (f.period.from ?? '0000') <= '2018-12-31' && (f.period.to ?? '9999') >= '2018-01-01'));
  const byAmount = json(['funding', '--sort', 'amount', '--currency', 'USD']).body.results.map((f: any) => f.amount).filter((a: any) => a !== null);
  assert.deepEqual(byAmount, [...byAmount].sort((a: number, b: number) => b - a));
});

test('funding --by partner|region|country|status|section: grouped totals, regional money with its region', () => {
  for (const by of ['partner', 'region', 'country', 'status', 'section']) {
    const j = json(['funding', '--by', by]).body;
    assert.equal(j.by, by);
    assert.ok(j.groups.length > 1, by);
  }
  const region = json(['funding', '--by', 'region']).body;
  assert.ok(region.groups.some((g: any) => g.key === 'Africa (regional money)'));
  const country = json(['funding', '--by', 'country']).body;
  assert.ok(!country.groups.some((g: any) => g.key === 'Kenya' && g.totals.groups.length));
  // Grouped by status, the table has one Status column, not the group and a copy of it.
  const header = odaref(['funding', '--by', 'status'], { COLUMNS: '100' }).stdout.split('\n')[1];
  assert.equal(header.match(/Status/g)?.length, 1, header);
  assert.equal(odaref(['funding', '--by', 'partner'], { COLUMNS: '100' }).stdout.split('\n')[1].match(/Status/g)?.length, 1);
});

test('glossary: acronyms with every expansion, bold terms without invented definitions, the glossary box', () => {
  const ddr = json(['glossary', 'ddr']).body;
  assert.equal(ddr.exact, true);
  assert.equal(ddr.results[0].expansions.length, 2);
  const text = odaref(['glossary', 'DDR']).stdout;
  assert.match(text, /Disarmament, Demobilization and Reintegration/);
  assert.match(text, /Disarmament, Demobilization, Reintegration/);
  assert.equal(json(['glossary', 'unodc']).body.results[0].expansions[0].text, 'United Nations Office on Drugs and Crime');
  const cyber = json(['glossary', 'cybercrime']).body.results[0];
  assert.equal(cyber.definition, null);
  assert.equal(cyber.noDefinition, true);
  assert.match(odaref(['glossary', 'cybercrime']).stdout, /never defines it/);
  const ml = json(['glossary', 'money laundering']).body.results[0];
  assert.equal(ml.definitionOrigin, 'glossary');
  assert.match(ml.example, /drug dealer/);
  const acronyms = json(['glossary', '--type', 'acronym']).body;
  assert.ok(acronyms.results.every((g: any) => g.type === 'acronym'));
  const fuzzy = json(['glossary', 'peacbuilding']).body;
  assert.ok(fuzzy.count > 0 && fuzzy.exact === false);
});

test('tables fit the terminal width; below 60 columns records stack as key: value lines', () => {
  for (const width of [200, 120, 80, 61]) {
    const r = odaref(['funding'], { COLUMNS: String(width) });
    assert.equal(r.code, 0);
    for (const line of r.stdout.split('\n')) assert.ok(displayWidth(line) <= width, `${width}: ${line}`);
    if (width >= 80) assert.match(r.stdout, /┌/);
  }
  for (const width of [59, 40, 20]) {
    const r = odaref(['programs', 'landmine'], { COLUMNS: String(width) });
    assert.doesNotMatch(r.stdout, /┌/, `${width} stacks`);
    assert.match(r.stdout, /^ID: /m);
    for (const line of r.stdout.split('\n')) assert.ok(displayWidth(line) <= width, `${width}: ${line}`);
  }
});

test('formats: csv (RFC 4180), plain (tab-separated), markdown, json; each row carries its citation', () => {
  const csv = odaref(['funding', '--format', 'csv']);
  const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
  assert.equal(rows.length, json(['funding']).body.count);
  assert.ok(rows.every((r) => r.section && r.paragraphs));
  assert.ok(rows.some((r) => r.beneficiaries.includes('; ')), 'lists joined with "; "');
  const plain = odaref(['programs', '--format', 'plain']).stdout.trimEnd().split('\n');
  const header = plain[0].split('\t');
  assert.ok(header.includes('id') && header.includes('section') && header.includes('paragraphs'));
  assert.ok(plain.slice(1).every((l) => l.split('\t').length === header.length));
  const md = odaref(['glossary', '--format', 'markdown']).stdout.split('\n');
  assert.match(md[1], /^\|( ?-+ ?\|)+$/);
});

test('about: the source, its licence, the statement of editing, and the counts', () => {
  const r = odaref(['about'], { COLUMNS: '1000' });
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Ministry of Foreign Affairs of Japan/);
  assert.match(r.stdout, /PDL 1\.0/);
  assert.match(r.stdout, /created by the odaref project by editing this source/);
  const j = json(['about']).body;
  assert.ok(j.counts.programs > 100);
});
