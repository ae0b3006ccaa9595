import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderJson } from '../../src/render/json.js';
import { loadColor, render } from '../../src/render/index.js';
import { programColumns, programRows } from './fixtures.js';

// Colour is loaded on demand (theme.ts); these tests render with it.
await loadColor();

test('renderJson is JSON.stringify with 2-space indent and a final newline', () => {
  const payload = { query: 'water', results: [{ id: 'p1', amount: 10000000, countries: ['KHM'] }], total: null };
  assert.equal(renderJson(payload), JSON.stringify(payload, null, 2) + '\n');
});

test('C1 and bidi controls are written as \\u escapes; the parsed value is unchanged', () => {
  const payload = { title: 'a\u009b31mb\u202ec\u001b[2J' };
  const output = renderJson(payload);
  assert.doesNotMatch(output, /[\u001b\u0080-\u009f\u202e]/);
  assert.deepEqual(JSON.parse(output), payload);
  assert.ok(output.includes('a\\u009b31mb\\u202ec\\u001b[2J'));
});

test('undefined renders as null', () => {
  assert.equal(renderJson(undefined), 'null\n');
});

test('render dispatches every format; json prints the payload, or the rows without one', () => {
  const opts = { width: 80, color: false };
  assert.ok(render('table', programColumns, programRows, opts).startsWith('┌'));
  assert.ok(render('plain', programColumns, programRows, opts).startsWith('id\ttitle\t'));
  assert.ok(render('csv', programColumns, programRows, opts).startsWith('id,title,countries,amount\r\n'));
  assert.ok(render('markdown', programColumns, programRows, opts).startsWith('| ID | Title |'));
  assert.deepEqual(JSON.parse(render('json', programColumns, programRows, { ...opts, payload: { count: 4 } })), { count: 4 });
  assert.equal(JSON.parse(render('json', programColumns, programRows, opts)).length, programRows.length);
});

test('only the table format uses colour', () => {
  const opts = { width: 80, color: true };
  assert.match(render('table', programColumns, programRows, opts), /\u001b\[/);
  for (const format of ['plain', 'csv', 'markdown', 'json'] as const) {
    assert.doesNotMatch(render(format, programColumns, programRows, opts), /\u001b\[\d/);
  }
});
