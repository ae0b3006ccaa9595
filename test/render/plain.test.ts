import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPlain } from '../../src/render/plain.js';
import type { Column } from '../../src/render/model.js';
import { programColumns, programRows } from './fixtures.js';

const columns: Column[] = [
  { key: 'id', header: 'ID' },
  { key: 'countries', header: 'Countries' },
  { key: 'amount', header: 'Amount' },
];

test('tab-separated lines with a header of keys', () => {
  assert.equal(
    renderPlain(columns, [
      { id: 'p1', countries: ['KHM', 'VNM'], amount: 10000000 },
      { id: 'p2', countries: null, amount: null },
    ]),
    'id\tcountries\tamount\np1\tKHM; VNM\t10000000\np2\t\t\n',
  );
});

test('tabs and newlines inside values become spaces, so each record stays one line', () => {
  assert.equal(renderPlain(columns.slice(0, 1), [{ id: 'a\tb\nc\r\nd' }]), 'id\na b c d\n');
});

test('every record is exactly one line with one field per column', () => {
  const output = renderPlain(programColumns, programRows);
  const lines = output.slice(0, -1).split('\n');
  assert.equal(lines.length, programRows.length + 1);
  for (const line of lines) assert.equal(line.split('\t').length, programColumns.length);
});

test('no escape sequences, no colour, no borders', () => {
  const output = renderPlain(programColumns, programRows);
  assert.doesNotMatch(output, /[\u001b\u009b\u0007\u202e│┌]/);
  assert.ok(output.includes('evil\tClearscreen and gnirts desrever new line\t\t\n'));
});
