// The narrow-terminal layout: each record as "Label: value" lines, values wrapped with a
// hanging indent. Also used for record headers (a country's name, codes, region ...).
import { columnsAvailable, type Cell, type Column, type RenderOptions, type Row } from './model.js';
import { sanitize } from './sanitize.js';
import { styleLine, toTerminalCell } from './terminal-cell.js';
import { createTheme, type Theme, type Tone } from './theme.js';
import { displayWidth, wrap } from './text.js';

/** Values narrower than this stop lining up under each other and hang from their label instead. */
const MIN_ALIGNED_VALUE_WIDTH = 20;
/** Indent of continuation lines in the narrow form. */
const HANGING_INDENT = 2;

interface Field {
  label: string;
  value: Cell | undefined;
  tone?: Tone;
  highlight?: readonly string[];
}

/** Lines of one record, each at most `width` columns wide (except a single grapheme wider than the width). */
function renderFields(fields: readonly Field[], width: number, theme: Theme, ascii = false): string[] {
  const labels = fields.map((field) => sanitize(field.label) + ':');
  const labelWidth = Math.max(0, ...labels.map(displayWidth));
  const alignedValueWidth = width - labelWidth - 1;
  const lines: string[] = [];

  fields.forEach((field, index) => {
    const label = labels[index];
    const cell = toTerminalCell(field.value, ascii);
    const style = (line: string): string => styleLine(line, cell, field.tone, theme, field.highlight);

    if (alignedValueWidth >= MIN_ALIGNED_VALUE_WIDTH) {
      // Wide enough: every value starts in the same column.
      const indent = ' '.repeat(labelWidth + 1);
      wrap(cell.text, alignedValueWidth).forEach((line, lineIndex) => {
        const lead = lineIndex === 0 ? theme.label(label) + ' '.repeat(labelWidth + 1 - displayWidth(label)) : indent;
        lines.push((lead + style(line)).trimEnd());
      });
      return;
    }

    // Narrow: the value follows its own label and continues with a small hanging indent.
    const hanging = width > HANGING_INDENT * 5 ? HANGING_INDENT : 0;
    const indent = ' '.repeat(hanging);
    const labelLead = label + ' ';
    // Room for at least one wide (two-column) character after the label, or the label gets its own lines.
    if (displayWidth(labelLead) + 2 > width) {
      // Even the label does not fit: it gets lines of its own.
      for (const line of wrap(label, width)) lines.push(theme.label(line));
      for (const line of wrap(cell.text, width - hanging)) lines.push(indent + style(line));
      return;
    }
    wrap(cell.text, width - hanging, width - displayWidth(labelLead)).forEach((line, lineIndex) => {
      lines.push(lineIndex === 0 ? (theme.label(label) + ' ' + style(line)).trimEnd() : indent + style(line));
    });
  });
  return lines;
}

/**
 * Each row as "Header: value" lines, rows separated by a blank line. Ends with "\n";
 * no rows gives "". Right alignment does not apply here.
 */
export function renderStacked(columns: readonly Column[], rows: readonly Row[], opts: RenderOptions): string {
  if (rows.length === 0) return '';
  const theme = createTheme(opts.color);
  const blocks = rows.map((row) =>
    renderFields(
      columns.map((column) => ({ label: column.header, value: row[column.key], tone: column.tone, highlight: column.highlight })),
      columnsAvailable(opts.width),
      theme,
      opts.ascii,
    ).join('\n'),
  );
  return blocks.join('\n\n') + '\n';
}

/** A key/value pair for `renderKeyValue`; the optional third item is the value's theme style. */
export type KeyValuePair = readonly [label: string, value: Cell, tone?: Tone];

/** A record header: one "Label: value" line per pair (wrapped as in the stacked layout). Ends with "\n". */
export function renderKeyValue(pairs: readonly KeyValuePair[], opts: RenderOptions): string {
  if (pairs.length === 0) return '';
  const theme = createTheme(opts.color);
  const fields = pairs.map(([label, value, tone]) => ({ label, value, tone }));
  return renderFields(fields, columnsAvailable(opts.width), theme, opts.ascii).join('\n') + '\n';
}
