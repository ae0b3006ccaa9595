import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { renderCsv } from '../../src/render/csv.js';
import type { Column, Row } from '../../src/render/model.js';
import { programColumns, programRows } from './fixtures.js';

const columns: Column[] = [
  { key: 'id', header: 'ID' },
  { key: 'title', header: 'Title' },
  { key: 'amount', header: 'Amount' },
];

function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: false }) as string[][];
}

test('header row of keys, CRLF after every record', () => {
  const output = renderCsv(columns, [{ id: 'p1', title: 'Water supply', amount: 10000000 }]);
  assert.equal(output, 'id,title,amount\r\np1,Water supply,10000000\r\n');
});

test('commas, quotes and line breaks are quoted; quotes doubled', () => {
  const output = renderCsv(columns, [{ id: 'p1', title: 'He said "grant", then\nleft', amount: 1 }]);
  assert.equal(output, 'id,title,amount\r\np1,"He said ""grant"", then\r\nleft",1\r\n');
});

test('no bare LF: line breaks outside and inside fields are CRLF', () => {
  const output = renderCsv(programColumns, programRows);
  assert.doesNotMatch(output, /[^\r]\n/);
  assert.doesNotMatch(output, /\r(?!\n)/);
});

test('lists join with "; ", null and missing are empty, numbers untouched', () => {
  const output = renderCsv(
    [{ key: 'countries', header: 'Countries' }, { key: 'amount', header: 'Amount' }, { key: 'missing', header: 'Missing' }],
    [{ countries: ['KHM', 'VNM'], amount: -1234.5 }, { countries: [], amount: null }],
  );
  assert.equal(output, 'countries,amount,missing\r\nKHM; VNM,-1234.5,\r\n,,\r\n');
});

test('formula-looking text gets a leading apostrophe; numbers and signed-number text do not', () => {
  const rows: Row[] = [
    { id: '=HYPERLINK("http://evil","x")', title: '+81 3 1234', amount: -5 },
    { id: '@SUM(A1)', title: '-5', amount: 6e9 },
    { id: '-inject', title: '+3.5', amount: null },
  ];
  assert.deepEqual(parseCsv(renderCsv(columns, rows)), [
    ['id', 'title', 'amount'],
    ['\'=HYPERLINK("http://evil","x")', "'+81 3 1234", '-5'],
    ["'@SUM(A1)", '-5', '6000000000'],
    ["'-inject", '+3.5', ''],
  ]);
});

test('round trip through csv-parse gives back every value', () => {
  const parsed = parseCsv(renderCsv(programColumns, programRows));
  assert.deepEqual(parsed[0], ['id', 'title', 'countries', 'amount']);
  assert.equal(parsed.length, programRows.length + 1);
  assert.deepEqual(parsed[1], ['khm-water-2017', programRows[0].title, 'KHM', '$10 million']);
  assert.deepEqual(parsed[2][2], 'IDN; VNM; LAO; KHM; MMR; PHL; THA; MYS');
  assert.equal(parsed[4][1], programRows[3].title);
});

test('escape sequences and bidi controls are removed, the line break kept', () => {
  const parsed = parseCsv(renderCsv(programColumns, programRows));
  assert.equal(parsed[3][1], 'Clearscreen and gnirts desrever\r\nnew line');
  assert.doesNotMatch(renderCsv(programColumns, programRows), /[\u001b\u009b\u0007\u202e]/);
});
