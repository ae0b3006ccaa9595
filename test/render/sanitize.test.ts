import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sanitize, sanitizeMultiline, truncateForDisplay } from '../../src/render/sanitize.js';

const ESC = '\u001b';
const BEL = '\u0007';

test('sanitize removes SGR colour and cursor-control CSI sequences', () => {
  assert.equal(sanitize(`${ESC}[31mred${ESC}[0m text`), 'red text');
  assert.equal(sanitize(`before${ESC}[2J${ESC}[H${ESC}[1;1Hafter`), 'beforeafter');
  assert.equal(sanitize(`${ESC}[?25l${ESC}[38;2;255;0;0mx`), 'x');
});

test('sanitize removes OSC sequences ended by BEL or ST (window title, hyperlinks)', () => {
  assert.equal(sanitize(`a${ESC}]0;pwned${BEL}b`), 'ab');
  assert.equal(sanitize(`${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\`), 'click');
  assert.equal(sanitize(`${ESC}]52;c;ZWNobyBoaQ==${BEL}clipboard`), 'clipboard');
});

test('sanitize removes 8-bit C1 sequences and lone controls', () => {
  assert.equal(sanitize('\u009b31mx\u009b0m'), 'x');
  assert.equal(sanitize('\u009d0;title\u009cy'), 'y');
  assert.equal(sanitize(`a\u0000b${BEL}c\u007fd\u0090e${ESC}`), 'abcde');
});

test('sanitize leaves only inert text of an unterminated OSC', () => {
  assert.equal(sanitize(`a${ESC}]0;title`), 'a0;title');
});

test('a second ESC cannot rebuild a sequence after removal', () => {
  assert.equal(sanitize(`${ESC}${ESC}[31mX`), 'X');
  assert.equal(sanitize(`${ESC}\u0000[31mX`), '[31mX');
});

test('sanitize turns newlines and tabs into spaces', () => {
  assert.equal(sanitize('a\nb\tc\r\nd\re\u2028f\u0085g'), 'a b c d e f g');
});

test('sanitizeMultiline keeps line breaks, normalised to \\n', () => {
  assert.equal(sanitizeMultiline(`a\r\nb\rc\nd\te${ESC}[1m!`), 'a\nb\nc\nd e!');
});

test('bidi overrides and isolates are removed (Trojan Source)', () => {
  assert.equal(sanitize('abc\u202edef\u202c'), 'abcdef');
  assert.equal(sanitize('\u2066x\u2067y\u2068z\u2069'), 'xyz');
  assert.equal(sanitize('a\u200eb\u200fc\u061cd\u202a\u202b\u202d'), 'abcd');
});

test('ZWJ and ZWNJ are kept: emoji sequences and scripts need them', () => {
  assert.equal(sanitize('👩\u200d💻'), '👩\u200d💻');
  assert.equal(sanitize('می\u200cخواهم'), 'می\u200cخواهم');
  assert.equal(sanitize('日本の開発協力 🇯🇵'), '日本の開発協力 🇯🇵');
});

test('property: no control or bidi character survives sanitize', () => {
  const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const pieces = fc.constantFrom(ESC, '[', ']', '\\', BEL, '\u009b', '\u009c', '\u202e', '\n', '\t', '31m', ';', 'a', '日', '\u0000');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assert.doesNotMatch(sanitize(text), unsafe);
      assert.doesNotMatch(sanitizeMultiline(text), /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }),
  );
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => !unsafe.test(sanitize(text))));
});

test('truncateForDisplay cuts to the width and adds an ellipsis', () => {
  assert.equal(truncateForDisplay('hello world', 5), 'hell…');
  assert.equal(truncateForDisplay('hello', 5), 'hello');
  assert.equal(truncateForDisplay('hello', 1), '…');
  assert.equal(truncateForDisplay('hello', 0), '');
});

test('truncateForDisplay counts wide characters and never splits an emoji', () => {
  assert.equal(truncateForDisplay('日本語テキスト', 5), '日本…');
  assert.equal(truncateForDisplay('日本語テキスト', 6), '日本…');
  assert.equal(truncateForDisplay('ab👩\u200d💻cd', 4), 'ab…');
  assert.equal(truncateForDisplay('ab👩\u200d💻cd', 5), 'ab👩\u200d💻…');
});

test('truncateForDisplay is quick on absurdly long input', () => {
  const huge = 'x'.repeat(5_000_000);
  const start = performance.now();
  assert.equal(truncateForDisplay(huge, 10), 'xxxxxxxxx…');
  assert.ok(performance.now() - start < 1000, 'cost should depend on max, not on the length');
});
