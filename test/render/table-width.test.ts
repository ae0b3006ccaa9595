import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTable, STACKED_BELOW } from '../../src/render/table.js';
import { createTheme, loadColor } from '../../src/render/theme.js';
import { displayWidth } from '../../src/render/text.js';
import { stripAnsi } from '../../src/render/ansi.js';
import type { Column, Row } from '../../src/render/model.js';
import { programColumns, programRows } from './fixtures.js';

// Colour is loaded on demand (theme.ts); these tests render with it.
await loadColor();

const WIDTHS = [200, 120, 80, 61, 60, 40, 20];
const ANY_ESCAPE = /[\u001b\u009b]/;
const LEFT_BORDER = new Set(['┌', '├', '│', '└']);
const RIGHT_BORDER = new Set(['┐', '┤', '│', '┘']);

function lines(output: string): string[] {
  assert.ok(output.endsWith('\n'), 'output ends with a newline');
  return output.slice(0, -1).split('\n');
}

function isTable(output: string): boolean {
  return output.startsWith('┌');
}

function assertIntactTable(output: string, width: number): void {
  const all = lines(stripAnsi(output));
  const tableWidth = displayWidth(all[0]);
  assert.ok(tableWidth <= width, `table ${tableWidth} wider than ${width}`);
  for (const line of all) {
    assert.ok(LEFT_BORDER.has(line[0]), `left border missing: ${line}`);
    assert.ok(RIGHT_BORDER.has(line[line.length - 1]), `right border missing: ${line}`);
    assert.equal(displayWidth(line), tableWidth, `ragged line: ${line}`);
  }
  assert.ok(all[all.length - 1].startsWith('└'));
}

for (const color of [false, true]) {
  for (const width of WIDTHS) {
    test(`width ${width}, color ${color}: no line is wider than the terminal`, () => {
      const output = renderTable(programColumns, programRows, { width, color });
      for (const line of lines(output)) assert.ok(displayWidth(line) <= width, `${displayWidth(line)} > ${width}: ${line}`);
      if (isTable(stripAnsi(output))) assertIntactTable(output, width);
      // At 61 these columns' minimum widths (two whole noWrap values) do not fit: stacked too.
      if (width >= 80) assert.ok(isTable(stripAnsi(output)), 'bordered table expected');
      if (width < STACKED_BELOW) assert.ok(!isTable(stripAnsi(output)), 'stacked layout expected');
    });
  }
}

test('below STACKED_BELOW (60) the layout is stacked; at 60 and 61 it is a table', () => {
  assert.equal(STACKED_BELOW, 60);
  const columns = programColumns.filter((column) => column.key !== 'amount');
  assert.ok(!isTable(renderTable(columns, programRows, { width: 59, color: false })));
  for (const width of [60, 61]) {
    const output = renderTable(columns, programRows, { width, color: false });
    assert.ok(isTable(output));
    assertIntactTable(output, width);
    assert.equal(displayWidth(lines(output)[0]), width);
  }
});

test('a table whose content fits keeps its natural width', () => {
  const columns: Column[] = [
    { key: 'id', header: 'ID' },
    { key: 'title', header: 'Title' },
    { key: 'amount', header: 'Amount', align: 'right' },
  ];
  const rows: Row[] = [
    { id: 'a', title: 'Hello', amount: 5 },
    { id: 'bb', title: null, amount: 12345 },
  ];
  assert.equal(
    renderTable(columns, rows, { width: 120, color: false }),
    [
      '┌────┬───────┬────────┐',
      '│ ID │ Title │ Amount │',
      '├────┼───────┼────────┤',
      '│ a  │ Hello │      5 │',
      '├────┼───────┼────────┤',
      '│ bb │ —     │  12345 │',
      '└────┴───────┴────────┘',
      '',
    ].join('\n'),
  );
});

test('wrapped columns shrink, noWrap columns stay whole, lists are comma-joined', () => {
  const output = renderTable(programColumns, programRows, { width: 80, color: false });
  assertIntactTable(output, 80);
  assert.equal(displayWidth(lines(output)[0]), 80, 'a table with long text uses the full width');
  assert.ok(output.includes('│ khm-water-2017 │'));
  assert.ok(output.includes(' approximately ¥45 billion │'), 'amount kept whole and right-aligned');
  assert.ok(output.includes('IDN, VNM,'));
});

test('long unbreakable words are hard-wrapped, not truncated', () => {
  const output = renderTable(programColumns, programRows, { width: 80, color: false });
  assert.ok(!output.includes('…'), 'cli-table3 truncation must not kick in');
  const joined = lines(output)
    .map((line) => line.split('│')[2] ?? '')
    .join('')
    .replace(/\s+/g, '');
  assert.ok(joined.includes('an-extremely-long-unbreakable-address-that-goes-on-and-on'));
});

test('the table falls back to stacked when the minimum widths cannot fit', () => {
  const columns: Column[] = Array.from({ length: 8 }, (_, index) => ({ key: `c${index}`, header: `Column ${index}`, minWidth: 10 }));
  const row: Row = Object.fromEntries(columns.map((column) => [column.key, 'some text that needs at least ten columns']));
  const output = renderTable(columns, [row], { width: 80, color: false });
  assert.ok(!isTable(output));
  assert.ok(output.startsWith('Column 0: some text'));
});

test('the weight decides which column gives up width', () => {
  const columns: Column[] = [
    { key: 'a', header: 'A', weight: 3 },
    { key: 'b', header: 'B', weight: 1 },
  ];
  const text = 'word '.repeat(60);
  const [header] = lines(renderTable(columns, [{ a: text, b: text }], { width: 87, color: false }));
  // 87 - 3 borders - 4 padding = 80 content columns, split 3:1.
  assert.equal(header, `┌${'─'.repeat(62)}┬${'─'.repeat(22)}┐`);
});

test('maxWidth caps a column even when there is room', () => {
  const columns: Column[] = [{ key: 'a', header: 'A', maxWidth: 12 }];
  const output = renderTable(columns, [{ a: 'alpha beta gamma delta' }], { width: 120, color: false });
  assert.equal(output, ['┌──────────────┐', '│ A            │', '├──────────────┤', '│ alpha beta   │', '│ gamma delta  │', '└──────────────┘', ''].join('\n'));
});

test('no escape codes at all when color is false, even from hostile data', () => {
  for (const width of WIDTHS) {
    const output = renderTable(programColumns, programRows, { width, color: false });
    assert.doesNotMatch(output, ANY_ESCAPE);
    assert.doesNotMatch(output, /[\u202a-\u202e\u2066-\u2069]/);
    assert.ok(!output.includes('pwned'));
  }
});

test('with color, the only escape codes are the theme’s', () => {
  const theme = createTheme(true);
  const allowed = new Set<string>();
  for (const style of Object.values(theme)) {
    for (const code of style('x').match(/\u001b\[[0-9;]*m/g) ?? []) allowed.add(code);
  }
  for (const width of [120, 80, 40]) {
    const output = renderTable(programColumns, programRows, { width, color: true });
    const codes = output.match(/\u001b[^m]*m/g) ?? [];
    assert.ok(codes.length > 0, 'expected some colour');
    for (const code of codes) assert.ok(allowed.has(code), `unexpected escape ${JSON.stringify(code)}`);
    assert.doesNotMatch(output.replace(/\u001b\[[0-9;]*m/g, ''), ANY_ESCAPE);
  }
});

test('colour is applied to headers, ids, amounts and placeholders', () => {
  const theme = createTheme(true);
  const output = renderTable(programColumns, programRows, { width: 120, color: true });
  assert.ok(output.includes(theme.heading('Title')));
  assert.ok(output.includes(theme.id('khm-water-2017')));
  assert.ok(output.includes(theme.amount('$10 million')));
  assert.ok(output.includes(theme.muted('—')));
});

test('an empty listing renders the header alone; no columns renders nothing', () => {
  const output = renderTable(programColumns, [], { width: 80, color: false });
  assert.equal(lines(output).length, 3);
  assert.equal(renderTable([], programRows, { width: 80, color: false }), '');
});

test('property: any mix of words, CJK, emoji and long tokens fits any width with intact borders', async () => {
  const { default: fc } = await import('fast-check');
  const token = fc.constantFrom('a', 'Japan', 'ODA', 'supercalifragilisticexpialidocious', '日本', '開発協力白書', '👩\u200d💻', '🇯🇵', 'é', 'e\u0301', '—', '¥45', '(JICA)', 'https://example.org/a/very/long/path');
  const text = fc.array(token, { maxLength: 30 }).map((tokens) => tokens.join(' '));
  const cell = fc.oneof(text, fc.constant(null), fc.array(fc.constantFrom('KHM', 'VNM', '日本'), { maxLength: 6 }), fc.integer());
  fc.assert(
    fc.property(fc.array(fc.tuple(cell, cell, cell, cell), { maxLength: 5 }), fc.integer({ min: 10, max: 160 }), (tuples, width) => {
      const rows: Row[] = tuples.map(([id, title, countries, amount]) => ({ id, title, countries, amount }));
      const output = renderTable(programColumns, rows, { width, color: false });
      if (output === '') return; // stacked layout of no rows
      for (const line of lines(output)) assert.ok(displayWidth(line) <= width, `${width}: ${line}`);
      if (isTable(output)) assertIntactTable(output, width);
    }),
    { numRuns: 300 },
  );
});

test('long multi-line cells render fast (cli-table3 alone is cubic in a cell’s length)', () => {
  // 20 cells of ~2,000 characters: about 0.1 s here; drawn as multi-line cli-table3 cells, ~30 s.
  const text = 'Japan provided grant aid (無償資金協力) for the water supply. '.repeat(34);
  const rows = Array.from({ length: 20 }, (_, index) => ({ id: `p${index}`, title: text, countries: ['KHM'], amount: '$1 million' }));
  const start = performance.now();
  renderTable(programColumns, rows, { width: 100, color: true });
  assert.ok(performance.now() - start < 3000);
});
