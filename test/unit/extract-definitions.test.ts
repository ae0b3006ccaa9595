import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractInlineDefinitions, parseGlossaryBox } from '../../src/extract/index.js';

/** term, definition and form, for exact comparison. */
function definitions(text: string): [string, string, string][] {
  return extractInlineDefinitions(text).map((d) => [d.term, d.definition, d.form]);
}

test('term-first: "host communities (regions that accept refugees)" with offsets', () => {
  const text = 'and severely impacted the living environment in the surrounding host communities (regions that accept refugees).';
  const [match] = extractInlineDefinitions(text);
  assert.deepEqual(match, {
    term: 'host communities',
    definition: 'regions that accept refugees',
    form: 'term-first',
    text: 'host communities (regions that accept refugees)',
    start: text.indexOf('host'),
    end: text.indexOf(').') + 1,
  });
});

test('term-first: "homegrown terrorism (acts of terrorism by those ...)"', () => {
  assert.deepEqual(
    definitions('Furthermore, homegrown terrorism (acts of terrorism by those who have grown natively in the country) by individuals'),
    [['homegrown terrorism', 'acts of terrorism by those who have grown natively in the country', 'term-first']],
  );
});

test('term-first: a capitalised name, "the Djibouti Code of Conduct (a regional framework ...)"', () => {
  assert.deepEqual(
    definitions('founded by the International Maritime Organization (IMO) to implement the Djibouti Code of Conduct (a regional framework for Somalia and its neighboring countries).'),
    [['Djibouti Code of Conduct', 'a regional framework for Somalia and its neighboring countries', 'term-first']],
  );
});

test('term-first: a capitalised definition after a plain noun, "experts (Advisors for ...)"', () => {
  assert.deepEqual(
    definitions('Japan has decided to continue to dispatch experts (Advisors for improving oil spill management capabilities) to Sri Lanka'),
    [['experts', 'Advisors for improving oil spill management capabilities', 'term-first']],
  );
});

test('term-first: a quoted title before its explanation', () => {
  assert.deepEqual(
    definitions('who participated in JICA\'s "Project for Community Policing in Guatemala" (a triangular cooperation project with Brazil).'),
    [['Project for Community Policing in Guatemala', 'a triangular cooperation project with Brazil', 'term-first']],
  );
});

test('term-first: a name is not extended over "to the": "Japan to the Mekong Fund (...)"', () => {
  assert.deepEqual(definitions('contributions by Japan to the Mekong Fund (a trust fund for riparian states)'), [
    ['Mekong Fund', 'a trust fund for riparian states', 'term-first'],
  ]);
});

test('term-in-parentheses: a description then the name, "(humanitarian-development nexus)"', () => {
  const text =
    'This is known. Japan is also promoting “development cooperation” to help countries to stand on their own from the medium to long-term perspective, in parallel with urgently required “humanitarian assistance,” from the initial phases after a humanitarian crisis arises (humanitarian-development nexus). This is extremely important.';
  const [match] = extractInlineDefinitions(text);
  assert.equal(match.form, 'term-in-parentheses');
  assert.equal(match.term, 'humanitarian-development nexus');
  assert.equal(
    match.definition,
    'Japan is also promoting “development cooperation” to help countries to stand on their own from the medium to long-term perspective, in parallel with urgently required “humanitarian assistance,” from the initial phases after a humanitarian crisis arises',
  );
  assert.equal(match.start, text.indexOf('Japan is also'));
  assert.equal(match.end, text.indexOf('). This is extremely') + 1);
});

test('a short parenthesis restating the noun before it is term-first: "basic infrastructure (socio-economic infrastructure)"', () => {
  assert.deepEqual(definitions('and the rebuilding of basic infrastructure (socio-economic infrastructure).'), [
    ['basic infrastructure', 'socio-economic infrastructure', 'term-first'],
  ]);
});

test('"i.e." is dropped from the definition', () => {
  assert.deepEqual(definitions('support for returnees (i.e., refugees who have come home)'), [
    ['returnees', 'refugees who have come home', 'term-first'],
  ]);
});

test('acronym expansions belong to acronyms.ts, in either order', () => {
  assert.deepEqual(
    definitions('the United Nations Office on Drugs and Crime (UNODC) and UNDP (United Nations Development Programme), the Information Sharing Centre (ReCAAP-ISC) and the Association for Aid and Relief, Japan (AAR Japan)'),
    [],
  );
});

test('not definitions: credits, list markers, cross-references, frequencies, dates, amounts and counts', () => {
  const text = [
    'Instructor training course (Photo: JICA)',
    'the following five areas: (i) development of social infrastructure, (ii) transport',
    'Japan Platform (see page 110, "B. Cooperation with Japanese NGOs")',
    'an international training course (twice a year) and a seminar (once a year)',
    'a "Global Career Course" (started in FY2018) for practitioners',
    'play an active role in the field (FY2007 to FY2014).',
    'support totaling $120 million (approximately ¥14 billion), including',
    'all ReCAAP contracting parties (20 countries including Japan), as well as',
    'a seminar in Da Nang (Viet Nam) on corruption',
  ].join('\n');
  assert.deepEqual(extractInlineDefinitions(text), []);
});

test('example lists are not definitions: "(face recognition, fingerprint identification, etc.)"', () => {
  // Decision: a list of instances ends in "etc." or starts "e.g.", "such as", "including"; it
  // names examples, not a meaning, so nothing is reported.
  assert.deepEqual(
    definitions('such as biometrics authentication systems (face recognition, fingerprint identification, etc.) and detection equipment'),
    [],
  );
  assert.deepEqual(definitions('small arms (e.g. rifles and pistols) remain'), []);
});

test('a parenthesis across a paragraph break is skipped', () => {
  assert.deepEqual(definitions('the rebuilding of basic infrastructure (socio-economic\n\nPeacebuilding efforts through ODA\n\ninfrastructure).'), []);
});

test('parseGlossaryBox: terms, wrapped definitions and an example', () => {
  const lines = [
    'Glossary',
    '',
    '*Trafficking in persons',
    '',
    'The act of recruitment, transportation, transfer, harboring or receipt of persons for the purpose of exploitation, such as forced labor or prostitution.',
    '',
    '*Money laundering',
    '',
    'The act of disguising criminal proceeds as legally obtained assets,',
    'or the act of hiding such funds. Example: An act where a drug dealer hides money gained through drug trafficking in a bank account opened under a false name.',
  ];
  assert.deepEqual(parseGlossaryBox(lines), [
    {
      term: 'Trafficking in persons',
      definition:
        'The act of recruitment, transportation, transfer, harboring or receipt of persons for the purpose of exploitation, such as forced labor or prostitution.',
    },
    {
      term: 'Money laundering',
      definition: 'The act of disguising criminal proceeds as legally obtained assets, or the act of hiding such funds.',
      example: 'An act where a drug dealer hides money gained through drug trafficking in a bank account opened under a false name.',
    },
  ]);
});

test('parseGlossaryBox: "* Term" with a space, and "Examples:"', () => {
  const lines = ['* Human security', 'A concept that focuses on each individual. Examples: protection and empowerment.', '*Cybercrime', 'Crime committed through networks.'];
  assert.deepEqual(parseGlossaryBox(lines), [
    { term: 'Human security', definition: 'A concept that focuses on each individual.', example: 'protection and empowerment.' },
    { term: 'Cybercrime', definition: 'Crime committed through networks.' },
  ]);
});

test('parseGlossaryBox: a line starting with a bold mark "**" is definition text, not a term', () => {
  assert.deepEqual(parseGlossaryBox(['*Cybercrime', '**Cybercrime** is crime committed through networks.']), [
    { term: 'Cybercrime', definition: '**Cybercrime** is crime committed through networks.' },
  ]);
});

test('parseGlossaryBox: no terms, no entries', () => {
  assert.deepEqual(parseGlossaryBox(['Glossary', '', 'Some text.']), []);
});
