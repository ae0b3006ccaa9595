import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderKeyValue, renderStacked, renderTable } from '../../src/render/table.js';
import { createTheme, loadColor } from '../../src/render/theme.js';
import { displayWidth } from '../../src/render/text.js';
import type { Column } from '../../src/render/model.js';
import { programColumns, programRows } from './fixtures.js';

// Colour is loaded on demand (theme.ts); these tests render with it.
await loadColor();

const columns: Column[] = [
  { key: 'id', header: 'ID' },
  { key: 'title', header: 'Title' },
  { key: 'countries', header: 'Countries' },
  { key: 'amount', header: 'Amount' },
];

test('each row is a block of "Header: value" lines with aligned values', () => {
  const output = renderStacked(columns, [{ id: 'p1', title: 'Short title', countries: ['KHM', 'VNM'], amount: null }], { width: 40, color: false });
  assert.equal(output, ['ID:        p1', 'Title:     Short title', 'Countries: KHM, VNM', 'Amount:    —', ''].join('\n'));
});

test('rows are separated by one blank line', () => {
  const output = renderStacked(columns.slice(0, 1), [{ id: 'a' }, { id: 'b' }], { width: 40, color: false });
  assert.equal(output, 'ID: a\n\nID: b\n');
});

test('long values wrap with a hanging indent under the value column', () => {
  const output = renderStacked(
    columns.slice(0, 2),
    [{ id: 'p1', title: 'Japan provided grant aid for the improvement of the water supply system' }],
    { width: 40, color: false },
  );
  assert.equal(
    output,
    ['ID:    p1', 'Title: Japan provided grant aid for the', '       improvement of the water supply', '       system', ''].join('\n'),
  );
});

test('on very narrow terminals the value hangs from its label with a 2-space indent', () => {
  const output = renderStacked(
    columns.slice(1, 3),
    [{ title: 'Grant aid for the water supply', countries: ['KHM', 'VNM', 'LAO'] }],
    { width: 20, color: false },
  );
  assert.equal(output, ['Title: Grant aid for', '  the water supply', 'Countries: KHM, VNM,', '  LAO', ''].join('\n'));
});

test('a label wider than the terminal gets lines of its own', () => {
  const output = renderStacked([{ key: 'x', header: 'Extraordinarily long header' }], [{ x: 'value' }], { width: 12, color: false });
  assert.equal(output, ['Extraordinar', 'ily long', 'header:', '  value', ''].join('\n'));
});

test('stacked output never exceeds the width, and renderTable below 60 is exactly renderStacked', () => {
  for (const width of [59, 45, 40, 30, 20, 12]) {
    const stacked = renderStacked(programColumns, programRows, { width, color: false });
    assert.equal(renderTable(programColumns, programRows, { width, color: false }), stacked);
    for (const line of stacked.split('\n')) assert.ok(displayWidth(line) <= width, `${width}: ${line}`);
    assert.doesNotMatch(stacked, /[\u001b\u009b]/);
  }
});

test('no rows renders nothing', () => {
  assert.equal(renderStacked(columns, [], { width: 40, color: false }), '');
});

test('with color, labels use the theme label style and values their column tone', () => {
  const theme = createTheme(true);
  const output = renderStacked(programColumns, programRows.slice(0, 1), { width: 50, color: true });
  assert.ok(output.includes(theme.label('ID:')));
  assert.ok(output.includes(theme.id('khm-water-2017')));
  assert.ok(output.includes(theme.amount('$10 million')));
});

test('renderKeyValue renders a record header', () => {
  const output = renderKeyValue(
    [
      ['Name', 'Cambodia'],
      ['ISO codes', ['KHM', 'KH', '116']],
      ['Region', 'Southeast Asia'],
      ['Income group', null],
    ],
    { width: 80, color: false },
  );
  assert.equal(output, ['Name:         Cambodia', 'ISO codes:    KHM, KH, 116', 'Region:       Southeast Asia', 'Income group: —', ''].join('\n'));
});

test('renderKeyValue sanitizes labels and values and applies an optional tone', () => {
  const theme = createTheme(true);
  const output = renderKeyValue(
    [
      ['Na\u001b[31mme', 'Cam\u001b]0;x\u0007bodia'],
      ['ISO', 'KHM', 'id'],
    ],
    { width: 80, color: true },
  );
  assert.ok(output.includes(theme.id('KHM')));
  assert.equal(output.replace(/\u001b\[[0-9;]*m/g, ''), 'Name: Cambodia\nISO:  KHM\n');
  assert.equal(renderKeyValue([], { width: 80, color: false }), '');
});
