// cli-table3's helpers as applyCliTable3Fix() replaces them give what cli-table3's own give: on
// plain text (their fast paths), on text with colour codes and newlines (passed through).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import utils from 'cli-table3/src/utils.js';
import { applyCliTable3Fix, original } from '../../src/render/cli-table3-fix.js';

applyCliTable3Fix();

const piece = fc.constantFrom('a', 'Mine', ' ', '  ', '—', '¥', '日本', '\n', '\u001b[31m', '\u001b[39m', '\u001b[1m', '\u001b[0m', '-', 'x'.repeat(12));
const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

test('the patched helpers are in place', () => {
  assert.notEqual(utils.colorizeLines, original.colorizeLines);
  assert.notEqual(utils.strlen, original.strlen);
});

test("colorizeLines, strlen, truncate and pad give cli-table3's own results", () => {
  fc.assert(
    fc.property(fc.array(text, { maxLength: 6 }), fc.integer({ min: 0, max: 20 }), fc.constantFrom('left', 'right', 'center'), (lines, width, direction) => {
      assert.deepEqual(utils.colorizeLines(lines), original.colorizeLines(lines), JSON.stringify(lines));
      for (const line of lines) {
        assert.equal(utils.strlen(line), original.strlen(line), JSON.stringify(line));
        // Multi-line text is cut from its first line by design (see cli-table3-fix.ts): a cell's
        // lines never hold a newline, only cli-table3's discarded debug message does.
        if (!line.includes('\n')) assert.equal(utils.truncate(line, width, '…'), original.truncate(line, width, '…'), JSON.stringify([line, width]));
        assert.equal(utils.pad(line, width, ' ', direction), original.pad(line, width, ' ', direction), JSON.stringify([line, width, direction]));
      }
    }),
    { numRuns: 3000 },
  );
});
