// The flags every listing command shares, declared once, and their checked values.
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { OutputFormat } from '../render/index.js';
import type { YearRange } from '../search/filters.js';

export const OUTPUT_FORMATS = ['table', 'plain', 'json', 'csv', 'markdown'] as const satisfies readonly OutputFormat[];

/** Past this a limit is a typo, not a wish: the tool will never hold a million records per answer. */
export const MAX_LIMIT = 100000;

export interface OutputFlags {
  json?: boolean;
  format?: OutputFormat;
  limit?: number;
  color?: boolean;
  pager?: boolean;
  corpus?: string[];
}

export function parseLimit(value: string): number {
  if (!/^[1-9]\d*$/.test(value.trim()) || Number(value) > MAX_LIMIT) {
    throw new InvalidArgumentError(`The limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  }
  return Number(value);
}

export function withOutputOptions(cmd: Command, opts: { limit?: boolean; corpus?: boolean } = {}): Command {
  cmd
    .option('--json', 'print one JSON document (same as --format json)')
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS))
    .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
    .option('--pager', 'page long output on a terminal through $PAGER or less (or set ODAREF_PAGER)');
  if (opts.limit !== false) cmd.option('--limit <n>', 'show at most n results', parseLimit);
  if (opts.corpus !== false) {
    cmd.option('--corpus <name>', 'only this corpus: "bundled" or an imported one (repeatable)', (v: string, prev: string[] = []) => [...prev, v]);
  }
  return cmd;
}

export function formatOf(flags: OutputFlags): OutputFormat {
  if (flags.json && flags.format && flags.format !== 'json') {
    throw new InvalidArgumentError(`--json and --format ${flags.format} ask for two formats; give one.`);
  }
  return flags.json ? 'json' : (flags.format ?? 'table');
}

/** Parses a choice from a fixed list, for options commander's `choices` cannot describe alone. */
export function choice<T extends string>(allowed: readonly T[], what: string): (value: string) => T {
  return (value) => {
    const v = value.trim().toLowerCase() as T;
    if (!allowed.includes(v)) throw new InvalidArgumentError(`${what} must be one of ${allowed.join(', ')}.`);
    return v;
  };
}

/** "2018" is the calendar year; "FY2018" Japan's fiscal year, April 2018 to March 2019. */
export function parseYear(value: string): YearRange {
  const m = value.trim().match(/^(FY)?(\d{4})$/i);
  const year = m ? Number(m[2]) : NaN;
  if (!m || year < 1945 || year > 2100) throw new InvalidArgumentError('The year must be four digits (2018) or a fiscal year (FY2018).');
  return m[1]
    ? { label: `FY${year}`, from: `${year}-04-01`, to: `${year + 1}-03-31` }
    : { label: String(year), from: `${year}-01-01`, to: `${year}-12-31` };
}
