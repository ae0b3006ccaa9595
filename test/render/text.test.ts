import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayWidth, ONE_COLUMN_EACH, padToWidth, reflow, wrap } from '../../src/render/text.js';

test('displayWidth: ASCII, wide East Asian, halfwidth forms', () => {
  assert.equal(displayWidth(''), 0);
  assert.equal(displayWidth('abc'), 3);
  assert.equal(displayWidth('日本'), 4);
  assert.equal(displayWidth('開発協力白書'), 12);
  assert.equal(displayWidth('한국'), 4);
  assert.equal(displayWidth('ＡＢ'), 4);
  assert.equal(displayWidth('ｱｲ'), 2);
  assert.equal(displayWidth('Côte d’Ivoire'), 13);
});

test('displayWidth: combining marks are 0, emoji are 2', () => {
  assert.equal(displayWidth('e\u0301'), 1);
  assert.equal(displayWidth('Cô\u0302te'), 4);
  assert.equal(displayWidth('👍'), 2);
  assert.equal(displayWidth('👩\u200d💻'), 2);
  assert.equal(displayWidth('🇯🇵'), 2);
  assert.equal(displayWidth('❤\ufe0f'), 2);
  assert.equal(displayWidth('©'), 1);
});

test('displayWidth: escape codes are 0; multi-line text measures its widest line', () => {
  assert.equal(displayWidth('\u001b[1m\u001b[31mred\u001b[39m\u001b[22m'), 3);
  assert.equal(displayWidth('\u001b]8;;https://x\u0007link\u001b]8;;\u0007'), 4);
  assert.equal(displayWidth('ab\nabcd\n日'), 4);
});

test('padToWidth pads by display width', () => {
  assert.equal(padToWidth('日本', 6), '日本  ');
  assert.equal(padToWidth('ab', 4, 'right'), '  ab');
  assert.equal(padToWidth('abcdef', 3), 'abcdef');
});

test('wrap breaks on word boundaries', () => {
  assert.deepEqual(wrap('the quick brown fox', 10), ['the quick', 'brown fox']);
  assert.deepEqual(wrap('the quick brown fox', 9), ['the quick', 'brown fox']);
  assert.deepEqual(wrap('the quick brown fox', 8), ['the', 'quick', 'brown', 'fox']);
  assert.deepEqual(wrap('a   b', 10), ['a b']);
});

test('wrap hard-breaks words longer than the width', () => {
  assert.deepEqual(wrap('abcdefghijkl', 5), ['abcde', 'fghij', 'kl']);
  assert.deepEqual(wrap('a abcdefghijkl b', 5), ['a', 'abcde', 'fghij', 'kl b']);
  assert.deepEqual(wrap('日本語テキスト', 5), ['日本', '語テ', 'キス', 'ト']);
  assert.deepEqual(wrap('👩\u200d💻👩\u200d💻👩\u200d💻', 4), ['👩\u200d💻👩\u200d💻', '👩\u200d💻']);
});

test('wrap keeps explicit newlines, returns [""] for empty text, keeps no-break spaces', () => {
  assert.deepEqual(wrap('a\nb c', 10), ['a', 'b c']);
  assert.deepEqual(wrap('', 10), ['']);
  assert.deepEqual(wrap('¥45\u00a0billion total', 12), ['¥45\u00a0billion', 'total']);
});

test('wrap with a shorter first line moves a word down rather than splitting it', () => {
  assert.deepEqual(wrap('hello world', 20, 3), ['', 'hello world']);
  assert.deepEqual(wrap('hi hello world', 12, 5), ['hi', 'hello world']);
  assert.deepEqual(wrap('abcdefghij', 4, 2), ['ab', 'cdef', 'ghij']);
});

test('wrap never returns a line wider than the width', () => {
  const text = 'Japan 日本 provides 👩\u200d💻 assistance supercalifragilisticexpialidocious through JICA-ODA-loans'.repeat(3);
  for (let width = 2; width <= 40; width++) {
    for (const line of wrap(text, width)) assert.ok(displayWidth(line) <= width, `${width}: ${line}`);
  }
});

test('reflow joins lines and indents every line', () => {
  assert.equal(reflow('The  quick\nbrown fox jumps', 12, 2), '  The quick\n  brown fox\n  jumps');
  assert.equal(reflow('The quick brown fox', 12, '> '), '> The quick\n> brown fox');
  assert.equal(reflow('short', 80), 'short');
});

test('wrap breaks a word too long for the width after a hyphen where it has one', () => {
  assert.deepEqual(wrap('prog-cmac-south-south-colombia', 12), ['prog-cmac-', 'south-south-', 'colombia']);
  assert.deepEqual(wrap('fund-pbf-pledge', 12), ['fund-pbf-', 'pledge']);
  // No hyphen in reach, or only at the start: cut where the line is full, as before.
  assert.deepEqual(wrap('Peacebuilding', 7), ['Peacebu', 'ilding']);
  assert.deepEqual(wrap('-abcdefghij', 5), ['-abcd', 'efghi', 'j']);
  for (const line of wrap('a-very-long-identifier-with-many-parts x', 9)) assert.ok(displayWidth(line) <= 9, line);
});

test("displayWidth's quick path takes only characters of one column that never join the next", () => {
  // Every code unit of the Basic Multilingual Plane the quick path takes (surrogates are not text).
  const taken: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (ONE_COLUMN_EACH.test(ch)) taken.push(ch);
  }
  assert.equal(taken.length, 773);
  // No mark, format, control or emoji-presentation character among them ...
  assert.deepEqual(taken.filter((ch) => /[\p{M}\p{Cf}\p{Cc}\p{Emoji_Presentation}]/u.test(ch)), []);
  // ... no two of them one grapheme, whatever the order (a Segmenter over every pair, in one text) ...
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const first of taken) assert.equal([...segmenter.segment(first + taken.join(first))].length, 2 * taken.length, first);
  // ... and each one column by the grapheme-by-grapheme path too (a zero-width space sends text there).
  for (const ch of taken) assert.equal(displayWidth(`${ch}\u200b`), 1, `U+${ch.charCodeAt(0).toString(16)}`);
  // Just outside it: a soft hyphen, a combining accent, wide signs.
  assert.equal(displayWidth('a\u00adb'), 2);
  assert.equal(displayWidth('e\u0301—'), 2);
  assert.equal(displayWidth('—日本'), 5);
});
