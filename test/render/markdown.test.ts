import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { Column } from '../../src/render/model.js';
import { programColumns, programRows } from './fixtures.js';

const columns: Column[] = [
  { key: 'id', header: 'ID' },
  { key: 'countries', header: 'Countries' },
  { key: 'amount', header: 'Amount', align: 'right' },
];

test('a GFM table with headers, a delimiter row and right alignment', () => {
  assert.equal(
    renderMarkdown(columns, [
      { id: 'p1', countries: ['KHM', 'VNM'], amount: '$10 million' },
      { id: 'p2', countries: [], amount: null },
    ]),
    ['| ID | Countries | Amount |', '| --- | --- | ---: |', '| p1 | KHM; VNM | $10 million |', '| p2 |  | — |', ''].join('\n'),
  );
});

test('pipes are escaped and line breaks become <br>', () => {
  assert.equal(
    renderMarkdown(columns.slice(0, 1), [{ id: 'a | b\nc\r\nd' }]),
    ['| ID |', '| --- |', '| a \\| b<br>c<br>d |', ''].join('\n'),
  );
});

test('every row has the same number of unescaped pipes as the header', () => {
  const output = renderMarkdown(programColumns, programRows);
  const pipes = (line: string): number => (line.match(/(?<!\\)\|/g) ?? []).length;
  const lines = output.slice(0, -1).split('\n');
  assert.equal(lines.length, programRows.length + 2);
  for (const line of lines) assert.equal(pipes(line), programColumns.length + 1);
  assert.doesNotMatch(output, /[\u001b\u009b\u202e]/);
});

test('no columns renders nothing', () => {
  assert.equal(renderMarkdown([], programRows), '');
});
