import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAcronyms, findAcronymUses } from '../../src/extract/index.js';

/** acronym => expansion (form, loose), for exact comparison. */
function pairs(text: string): string[] {
  return extractAcronyms(text).map(
    (m) => `${m.acronym} => ${m.expansion}${m.form === 'acronym-first' ? ' [acronym-first]' : ''}${m.loose ? ' [loose]' : ''}`,
  );
}

test('expansion-first: a plain organisation name', () => {
  const text = 'through cooperation with the United Nations Office on Drugs and Crime (UNODC), the secretariat';
  const [match] = extractAcronyms(text);
  assert.deepEqual(match, {
    acronym: 'UNODC',
    expansion: 'United Nations Office on Drugs and Crime',
    form: 'expansion-first',
    text: 'United Nations Office on Drugs and Crime (UNODC)',
    start: text.indexOf('United'),
    end: text.indexOf('),') + 1,
  });
});

test('acronym-first: "UNODC (United Nations Office on Drugs and Crime)"', () => {
  const text = 'Japan contributed to UNODC (United Nations Office on Drugs and Crime) in 2018.';
  const [match] = extractAcronyms(text);
  assert.deepEqual(match, {
    acronym: 'UNODC',
    expansion: 'United Nations Office on Drugs and Crime',
    form: 'acronym-first',
    text: 'UNODC (United Nations Office on Drugs and Crime)',
    start: text.indexOf('UNODC'),
    end: text.indexOf(') in') + 1,
  });
  assert.deepEqual(pairs('the agency JICA (Japan International Cooperation Agency) said'), [
    'JICA => Japan International Cooperation Agency [acronym-first]',
  ]);
});

test('acronym-first is not claimed for an unrelated parenthesis', () => {
  assert.deepEqual(pairs('Japan supports UNICEF (see page 40) and WFP (twice a year).'), []);
});

test('chapter: DDR with "and" and with a comma list', () => {
  assert.deepEqual(pairs('Japan assists in Disarmament, Demobilization and Reintegration (DDR) of ex-combatants'), [
    'DDR => Disarmament, Demobilization and Reintegration',
  ]);
  assert.deepEqual(pairs('supported the implementation of Disarmament, Demobilization, Reintegration (DDR) projects'), [
    'DDR => Disarmament, Demobilization, Reintegration',
  ]);
});

test('chapter: "the Association for Aid and Relief, Japan (AAR Japan)" starts at Association, not at Aid', () => {
  assert.deepEqual(pairs('In Afghanistan, the Association for Aid and Relief, Japan (AAR Japan), also a specified non-profit corporation'), [
    'AAR Japan => Association for Aid and Relief, Japan',
  ]);
});

test('chapter: UNAFEI, whose expansion runs past the last matched word', () => {
  assert.deepEqual(
    pairs('in collaboration with the United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders (UNAFEI).'),
    ['UNAFEI => United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders'],
  );
});

test('chapter: ReCAAP, a mixed-case acronym whose letters are not the initials', () => {
  assert.deepEqual(
    pairs('Japan was at the forefront of efforts to formulate the Regional Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia (ReCAAP).'),
    ['ReCAAP => Regional Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia'],
  );
});

test('chapter: "Information Sharing Centre (ReCAAP-ISC)" is reported loose', () => {
  assert.deepEqual(pairs('Each of the contracting parties cooperates via the Information Sharing Centre (ReCAAP-ISC) established in Singapore.'), [
    'ReCAAP-ISC => Information Sharing Centre [loose]',
  ]);
});

test('chapter: "AHA Centre", whose word "Centre" sits inside the expansion', () => {
  assert.deepEqual(
    pairs('the capacity of the ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management (AHA Centre), established in 2011'),
    ['AHA Centre => ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management'],
  );
});

test('chapter: lower-case expansions "unexploded ordnance (UXO)" and "UN peacekeeping operations (PKOs)"', () => {
  assert.deepEqual(pairs('antipersonnel landmines and unexploded ordnance (UXO) remain to this day'), ['UXO => unexploded ordnance']);
  const [pkos] = extractAcronyms('international peace cooperation activities such as UN peacekeeping operations (PKOs).');
  assert.equal(pkos.acronym, 'PKOs');
  assert.equal(pkos.expansion, 'peacekeeping operations');
});

test('chapter: letters taken two at a time from one word: CYDER and GEBCO', () => {
  assert.deepEqual(pairs('as well as provide the Cyber Defense Exercise with Recurrence (CYDER), a practical exercise'), [
    'CYDER => Cyber Defense Exercise with Recurrence',
  ]);
  assert.deepEqual(pairs('a joint project to create the General Bathymetric Chart of Oceans (GEBCO), a topographical map'), [
    'GEBCO => General Bathymetric Chart of Oceans',
  ]);
});

test('chapter: "Japan Chernobyl Foundation (JCF)" picks the nearest Japan', () => {
  assert.deepEqual(
    pairs('the government of Japan worked together with a Japanese NGO, the Japan Chernobyl Foundation (JCF), to improve health services'),
    ['JCF => Japan Chernobyl Foundation'],
  );
});

test('hyphenated words count as words: "Capacity-Building" and "Multi-Partner"', () => {
  assert.deepEqual(pairs('the Regional Maritime Capacity-Building Initiative (RMCBI) for coastal states'), [
    'RMCBI => Regional Maritime Capacity-Building Initiative',
  ]);
  assert.deepEqual(
    pairs('From December 2012, the United Nations Development Programme Multi-Partner Trust Fund Office (UNDP-MPTF Office) took over'),
    ['UNDP-MPTF Office => United Nations Development Programme Multi-Partner Trust Fund Office'],
  );
});

test('a function word may give a letter: "Ministry of Justice (MOJ)"', () => {
  assert.deepEqual(pairs('Every year, the Ministry of Justice (MOJ) holds an international training course'), [
    'MOJ => Ministry of Justice',
  ]);
});

test('letters inside words when the initials do not fit: "United Nations Children\'s Fund (UNICEF)"', () => {
  assert.deepEqual(pairs("with support from the United Nations Children's Fund (UNICEF) in Jordan"), [
    "UNICEF => United Nations Children's Fund",
  ]);
});

test('several acronyms in one sentence each find their own expansion', () => {
  assert.deepEqual(
    pairs('Japan works with the United Nations High Commissioner for Refugees (UNHCR) and the International Organization for Migration (IOM) to provide assistance.'),
    ['UNHCR => United Nations High Commissioner for Refugees', 'IOM => International Organization for Migration'],
  );
});

test('not acronyms: years, roman numerals, list markers, names and amounts in parentheses', () => {
  assert.deepEqual(
    pairs('the Program (FY2007 to FY2014); Phase (II) of the plan; (i) development; support in Benin (Kenya); $120 million (approximately ¥14 billion); the Program (FY2015)'),
    [],
  );
});

test('findAcronymUses: every acronym token, plural and mixed case included', () => {
  const text = 'JICA’s UN PKOs and NGOs worked with ReCAAP-ISC, the UNDP-MPTF Office and the Japan-ASEAN fund in FY2018.';
  assert.deepEqual(
    findAcronymUses(text).map((u) => u.acronym),
    ['JICA', 'UN', 'PKOs', 'NGOs', 'ReCAAP-ISC', 'UNDP-MPTF', 'ASEAN', 'FY'],
  );
  const fy = findAcronymUses(text).find((u) => u.acronym === 'FY');
  assert.equal(text.slice(fy?.start, fy?.end), 'FY');
});

test('findAcronymUses: roman numerals, single capitals and capitalised words are not acronyms', () => {
  assert.deepEqual(findAcronymUses('Part II, Chapter IV and World War II; (i), (ii) and (iii); A. Enhancing; Japan; McDonald; G7'), []);
});
