// The importer's text helpers: sentences that stay verbatim slices of the paragraph, whole-word
// search, slugs and cuts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdAllocator, cutAtWord, findWhole, kebab, sentenceAt, splitSentences } from '../../src/importer/text.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

test('sentences end at a full stop, a question or exclamation mark, with closing quotes kept', () => {
  assert.deepEqual(texts('Japan acts. It also helps! Does it work? Yes.'), ['Japan acts.', 'It also helps!', 'Does it work?', 'Yes.']);
  assert.deepEqual(texts('The program is called “Safe Water.” It began in 2015.'), ['The program is called “Safe Water.”', 'It began in 2015.']);
});

test('abbreviations, initials, decimals and lower-case continuations do not end a sentence', () => {
  assert.deepEqual(texts('Japan gave $3.46 billion, i.e. more than before. Next.'), ['Japan gave $3.46 billion, i.e. more than before.', 'Next.']);
  assert.deepEqual(texts('Experts from the U.S. Agency met Mr. Tanaka and Taro K. Sato. Then they left.'), [
    'Experts from the U.S. Agency met Mr. Tanaka and Taro K. Sato.',
    'Then they left.',
  ]);
  assert.deepEqual(texts('It costs approx. 5 million yen. Done.'), ['It costs approx. 5 million yen.', 'Done.']);
  assert.deepEqual(texts('Water, sanitation, etc. are covered. Japan, Kenya, etc. Next one.'), ['Water, sanitation, etc. are covered.', 'Japan, Kenya, etc.', 'Next one.']);
});

test('a paragraph with no final stop is one sentence; every span is a verbatim slice', () => {
  const text = '  Japan provides support such as';
  assert.deepEqual(texts(text), ['Japan provides support such as']);
  const paragraph = 'First one. Second one, with $1.5 million.  Third (in parentheses.) Last';
  for (const s of splitSentences(paragraph)) assert.equal(paragraph.slice(s.start, s.end), s.text);
  const spans = splitSentences(paragraph);
  assert.equal(sentenceAt(spans, paragraph.indexOf('$1.5')).text, 'Second one, with $1.5 million.');
});

test('whole-word search, with curly and straight apostrophes alike', () => {
  assert.deepEqual(findWhole('UNICEF and UNICEFs and pre-UNICEF', 'UNICEF'), [{ start: 0, end: 6 }, { start: 27, end: 33 }]); // a hyphen is a word boundary ("Japan-ASEAN")
  assert.deepEqual(findWhole('the United Nations Children’s Fund', "United Nations Children's Fund"), [{ start: 4, end: 34 }]);
  assert.deepEqual(findWhole('Nigeria', 'Niger'), []);
});

test('slugs, cuts and ids', () => {
  assert.equal(kebab('3-1(2).polio-measles'), '3-1-2-polio-measles');
  assert.equal(kebab("Japan's Efforts"), 'japans-efforts');
  assert.equal(kebab('Sharing Universal Values and Realizing a Peaceful Society', 40), 'sharing-universal-values-and-realizing-a');
  assert.equal(cutAtWord('short enough', 80), 'short enough');
  assert.equal(cutAtWord('one two three four five', 12), 'one two…');
  const ids = new IdAllocator(['who']);
  assert.equal(ids.take('who'), 'who-2');
  assert.equal(ids.take('who'), 'who-3');
  assert.equal(ids.take('kemri'), 'kemri');
});
