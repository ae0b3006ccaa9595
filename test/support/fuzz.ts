// Shared pieces of the fuzz suite (test/e2e/fuzz.test.ts): hostile-text arbitraries, argv
// models for each command, a capturing Io, and the output invariants every run must keep.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { loadCorpusFile, type Io } from '../../src/context.js';
import { CURRENCIES, FUNDING_BASES, FUNDING_STATUSES, GLOSSARY_TYPES } from '../../src/corpus/enums.js';
import { COUNTRY_SORTS } from '../../src/search/country.js';
import { FUNDING_SORTS } from '../../src/search/funding.js';
import { FUNDING_GROUPINGS } from '../../src/present/funding.js';

export const CORPUS_FILE = fileURLToPath(new URL('../../dist/corpus.json', import.meta.url));

// ---------------------------------------------------------------------------------------------
// Hostile text
// ---------------------------------------------------------------------------------------------

/** Escape sequences and controls a terminal would act on, complete and truncated. */
export const ESCAPES = [
  '\u001b[31m',
  '\u001b[0m',
  '\u001b[38;5;196m',
  '\u001b[2J',
  '\u001b[H',
  '\u001b[6n',
  '\u001b[?1049h',
  '\u001b]8;;http://x\u0007',
  '\u001b]8;;http://x\u001b\\',
  '\u001b]8;;http://x', // unterminated OSC
  '\u001b]0;pwned\u0007',
  '\u001bP1$r\u001b\\',
  '\u001bc',
  '\u001b(B',
  '\u001b7',
  '\u001b',
  '\u001b[',
  '\u001b]',
  '\u009b2J',
  '\u009b31m',
  '\u009b',
  '\u009d0;title\u009c',
  '\u0090q\u009c',
  '\u0085',
  '\u0080',
  '\u009f',
  '\u202e',
  '\u202d',
  '\u202a',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u0007',
  '\u0008',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u000b',
  '\u000c',
  '\u2028',
  '\u2029',
] as const;

/** Fuse.js extended-search operators (extended search is off, but they must stay inert). */
export const FUSE_OPERATORS = ['!', '^', '=', "'", '|', '$', '!^', "'=", '^$', ' | ', '!DDR', '^Myan', "'mine", '=UNICEF', 'DDR$', 'a | b'] as const;

/** Regular-expression metacharacters and the classic catastrophic-backtracking shapes. */
export const REGEX_META = ['.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '\\', '.*', '(?:', '[^', '\\d+', '(a+)+$', '{1,}', '\\u', '\\', '$&', '$1'] as const;

/** Whitespace-only and invisible strings (the CLI must call these empty or treat them as text). */
export const BLANKS = ['', ' ', '  ', '\t', '\n', ' \t\n ', '\u00a0', '\u3000', '\u2003', '\u200b', '\ufeff', '\u180e', '\u200d'] as const;

/** Names and words the corpus holds, so hostile input also reaches the answer (exit 0) paths. */
const KNOWN_WORDS = [
  'Myanmar',
  'MMR',
  'mm',
  'Burma',
  'Rakhine',
  'Africa',
  'ASEAN',
  'Cambodia',
  'Laos',
  "cote d'ivoire",
  'ミャンマー',
  'UNICEF',
  'UNODC',
  'UNDP',
  'Peacebuilding Fund',
  'DDR',
  'JDR',
  'landmine',
  'landmines',
  'mine',
  'money laundering',
  'trafficking in persons',
  'refugees',
  'the',
  '2018',
  'FY2018',
  '15250',
  '2-2(1)',
  '$1 million',
  '¥',
];

/** Corpus-derived names (countries, groupings, organisations, glossary terms, sections, codes). */
export interface CorpusSamples {
  places: string[];
  partners: string[];
  terms: string[];
  sections: string[];
  themes: string[];
}

let samples: CorpusSamples | undefined;

export function corpusSamples(): CorpusSamples {
  if (samples) return samples;
  let corpus;
  try {
    corpus = loadCorpusFile(CORPUS_FILE);
  } catch (e) {
    throw new Error(`The fuzz suite needs the built corpus: run "npm run build" first (${(e as Error).message})`);
  }
  const mentioned = corpus.countries.filter((c) => c.mentioned);
  samples = {
    places: [
      ...mentioned.flatMap((c) => [c.name, c.alpha3, c.alpha2, ...c.aliases.slice(0, 2), ...c.demonyms.slice(0, 1), ...c.places.slice(0, 1)]),
      ...corpus.groupings.flatMap((g) => [g.name, g.id]),
      // A country the chapter never names and an invention: exit 1 paths.
      'France',
      'Narnia',
    ],
    partners: [...corpus.organisations.flatMap((o) => [o.name, o.id, ...(o.acronym ? [o.acronym] : [])]), 'ACME Fund'],
    terms: corpus.glossary.flatMap((g) => [g.term, ...g.expansions.slice(0, 1).map((e) => e.text)]),
    sections: [...corpus.sections.map((s) => s.id), '2-9', '9', '2-2(', '(', ''],
    themes: [...Object.keys(corpus.dacSectors), ...Object.values(corpus.dacSectors).map((n) => n.split(' ').slice(0, 2).join(' ')), '99999', '1525', 'land mines'],
  };
  return samples;
}

const codePoints = (ranges: [number, number][]) =>
  fc.oneof(...ranges.map(([min, max]) => fc.integer({ min, max }))).map((cp) => String.fromCodePoint(cp));

/** Hiragana, katakana, CJK ideographs and full-width forms. */
export const japanese = fc.string({
  unit: codePoints([
    [0x3040, 0x30ff],
    [0x4e00, 0x9fff],
    [0xff01, 0xff5e],
  ]),
  maxLength: 12,
});

const EMOJI = ['👍', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇯🇵', '🇲🇲', '1️⃣', '❤️', '🧑🏿‍🚀', '🫠'];
export const emoji = fc.string({
  unit: fc.oneof(fc.constantFrom(...EMOJI), codePoints([[0x1f300, 0x1faff]])),
  maxLength: 8,
});

/** A base letter under a pile of combining marks ("zalgo"), and lone marks. */
export const combining = fc
  .array(
    fc.tuple(
      fc.constantFrom('a', 'e', 'M', '', 'ミ', ' '),
      fc.array(
        codePoints([
          [0x0300, 0x036f],
          [0x20d0, 0x20ff],
          [0x1ab0, 0x1aff],
        ]),
        { maxLength: 12 },
      ),
    ).map(([base, marks]) => base + marks.join('')),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''));

/** Arabic and Hebrew, sometimes wrapped in explicit bidi overrides. */
export const rightToLeft = fc
  .tuple(
    fc.string({
      unit: codePoints([
        [0x0590, 0x05ff],
        [0x0600, 0x06ff],
        [0x0750, 0x077f],
      ]),
      minLength: 1,
      maxLength: 12,
    }),
    fc.constantFrom('', '\u202e', '\u202b', '\u2067', '\u200f'),
    fc.constantFrom('', '\u202c', '\u2069', 'Myanmar'),
  )
  .map(([text, open, close]) => open + text + close);

const loneSurrogates = fc.constantFrom('\ud800', '\udfff', 'a\ud83d', '\ude00b', '\ud83d\ud83d');

/** One piece of hostile text. */
export const hostileAtom: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ESCAPES) },
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 2, arbitrary: japanese },
  { weight: 1, arbitrary: emoji },
  { weight: 1, arbitrary: combining },
  { weight: 1, arbitrary: rightToLeft },
  { weight: 2, arbitrary: fc.constantFrom(...FUSE_OPERATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...REGEX_META) },
  { weight: 1, arbitrary: fc.constantFrom(...BLANKS) },
  { weight: 1, arbitrary: loneSurrogates },
);

/**
 * Hostile text: one atom, several glued together, or rarely a long run (past the 500-character
 * query limit, so both sides of it are exercised). 1 MB strings are given as explicit examples.
 */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: hostileAtom },
  { weight: 4, arbitrary: fc.array(hostileAtom, { minLength: 2, maxLength: 6 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.array(hostileAtom, { minLength: 2, maxLength: 4 }).map((a) => a.join(' ')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(hostileAtom, fc.integer({ min: 400, max: 700 }))
      .map(([atom, n]) => (atom || 'x').repeat(Math.ceil(n / Math.max(1, (atom || 'x').length))).slice(0, n)),
  },
);

/** A value that names something real, or hostile text. */
const realOr = (real: string[], weightReal = 3) =>
  fc.oneof({ weight: weightReal, arbitrary: fc.constantFrom(...real) }, { weight: 2, arbitrary: hostileText });

const choiceValue = (allowed: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...allowed) },
    { weight: 1, arbitrary: fc.constantFrom(...allowed).map((v) => v.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...allowed).map((v) => ` ${v} `) },
    { weight: 2, arbitrary: hostileText },
  );

/** --limit: valid, out of range, of the wrong type, or hostile. */
export const limitValue = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 200 }).map(String) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '0',
      '-1',
      '-0',
      '+5',
      'abc',
      '1e9',
      '1e3',
      '1.5',
      '2.0',
      ' 5',
      '5 ',
      '0x10',
      '010',
      'Infinity',
      'NaN',
      '100000',
      '100001',
      '9007199254740993',
      '9'.repeat(400),
      '١٢', // Arabic-Indic digits
      '５', // full-width digit
      '5\u0000',
      '',
      ' ',
    ),
  },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: hostileText },
);

/** --year: calendar and fiscal years, out of range, malformed, hostile. */
export const yearValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('2018', 'FY2018', 'fy2019', '2017', '2015', ' 2018 ', 'Fy2020') },
  { weight: 1, arbitrary: fc.integer({ min: 1900, max: 2200 }).map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('99999', '0', '-2018', '1944', '1945', '2100', '2101', '20 18', 'FY', 'FY 2018', 'FY99999', '２０１８', '2018.0', '2018-19', '٢٠١٨', '1e3', ''),
  },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: hostileText },
);

const formatValue = choiceValue(['table', 'plain', 'json', 'csv', 'markdown']);

// ---------------------------------------------------------------------------------------------
// Argv models
// ---------------------------------------------------------------------------------------------

export const COMMANDS = ['country', 'programs', 'funding', 'glossary', 'about'] as const;
export type CommandName = (typeof COMMANDS)[number];

interface OptionSpec {
  name: string;
  /** Absent for a flag. */
  value?: fc.Arbitrary<string>;
}

function outputOptions(limit: boolean): OptionSpec[] {
  return [
    { name: '--json' },
    { name: '--format', value: formatValue },
    { name: '--no-color' },
    ...(limit ? [{ name: '--limit', value: limitValue }] : []),
  ];
}

const S = corpusSamples();

export const COMMAND_SPECS: Record<CommandName, { positional: fc.Arbitrary<string> | null; options: OptionSpec[] }> = {
  country: {
    positional: realOr(S.places),
    options: [{ name: '--list' }, { name: '--sort', value: choiceValue(COUNTRY_SORTS) }, ...outputOptions(true)],
  },
  programs: {
    positional: realOr([...KNOWN_WORDS, ...S.terms]),
    options: [
      { name: '--country', value: realOr(S.places) },
      { name: '--partner', value: realOr(S.partners) },
      { name: '--section', value: realOr(S.sections) },
      { name: '--year', value: yearValue },
      { name: '--theme', value: realOr(S.themes) },
      ...outputOptions(true),
    ],
  },
  funding: {
    positional: realOr([...KNOWN_WORDS, ...S.partners]),
    options: [
      { name: '--country', value: realOr(S.places) },
      { name: '--region', value: realOr(S.places) },
      { name: '--partner', value: realOr(S.partners) },
      { name: '--status', value: choiceValue(FUNDING_STATUSES) },
      { name: '--basis', value: choiceValue(FUNDING_BASES) },
      { name: '--currency', value: choiceValue([...CURRENCIES, 'usd', 'yen', '$', '¥', 'dollars', 'EUR']) },
      { name: '--year', value: yearValue },
      { name: '--sort', value: choiceValue(FUNDING_SORTS) },
      { name: '--by', value: choiceValue(FUNDING_GROUPINGS) },
      ...outputOptions(true),
    ],
  },
  glossary: {
    positional: realOr([...KNOWN_WORDS, ...S.terms]),
    options: [{ name: '--type', value: choiceValue(GLOSSARY_TYPES) }, ...outputOptions(true)],
  },
  about: { positional: null, options: outputOptions(false) },
};

/** One element of a command line, kept structured so a test knows what the parser will see. */
export type Item =
  | { kind: 'option'; name: string; value?: string; joined: boolean }
  | { kind: 'missing-value'; name: string } // a value option with nothing after it
  | { kind: 'positional'; value: string }
  | { kind: 'unknown-option'; text: string };

export interface ArgvModel {
  command: string;
  /** Before the command name (options of the top-level program, usually unknown there). */
  before: string[];
  items: Item[];
  /** After a `--` separator, when present: everything here is an operand. */
  afterSeparator: string[] | null;
}

const unknownOption = fc.oneof(
  fc.constantFrom('--jsn', '--JSON', '--Json', '--colour', '--no-json', '--color', '--list=yes', '-j', '-x', '-', '---', '--=', '--limit-', '-Myanmar', '--pagerx', '—json', '–json'),
  hostileText.map((t) => `--${t}`),
  hostileText.map((t) => `-${t}`),
);

function itemsFor(spec: (typeof COMMAND_SPECS)[CommandName]): fc.Arbitrary<Item> {
  const option = fc.constantFrom(...spec.options).chain((o) =>
    o.value
      ? fc.tuple(o.value, fc.boolean()).map(([value, joined]): Item => ({ kind: 'option', name: o.name, value, joined }))
      : fc.constant<Item>({ kind: 'option', name: o.name, joined: false }),
  );
  const valueOptions = spec.options.filter((o) => o.value);
  const arbs: fc.WeightedArbitrary<Item>[] = [
    { weight: 8, arbitrary: option },
    { weight: 2, arbitrary: unknownOption.map((text): Item => ({ kind: 'unknown-option', text })) },
    { weight: 1, arbitrary: fc.constantFrom(...valueOptions.map((o) => o.name)).map((name): Item => ({ kind: 'missing-value', name })) },
  ];
  if (spec.positional) {
    const positional = spec.positional;
    arbs.push({ weight: 4, arbitrary: positional.map((value): Item => ({ kind: 'positional', value })) });
  }
  return fc.oneof(...arbs);
}

/** A command line for one known command: options in any order, repeated, joined with "=", unknown ones, "--". */
export function argvModelFor(command: CommandName): fc.Arbitrary<ArgvModel> {
  const spec = COMMAND_SPECS[command];
  return fc.record({
    command: fc.constant(command),
    before: fc.oneof({ weight: 9, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.array(fc.oneof(unknownOption, fc.constantFrom('--no-color', '--json', '-V')), { maxLength: 1 }) }),
    items: fc.array(itemsFor(spec), { maxLength: 7 }),
    afterSeparator: fc.option(fc.array(spec.positional ?? hostileText, { maxLength: 2 }), { freq: 4 }),
  }).map((m) => printable(m));
}

/** Makes fast-check print a value as the argv it stands for (long arguments cut), not a 1 MB dump. */
export function printable<T extends ArgvModel | string[]>(value: T): T {
  const argv = Array.isArray(value) ? value : toArgv(value);
  Object.defineProperty(value, fc.toStringMethod, { value: () => `argv ${showArgv(argv)}`, enumerable: false });
  return value;
}

export const anyArgvModel: fc.Arbitrary<ArgvModel> = fc.constantFrom(...COMMANDS).chain(argvModelFor);

export function toArgv(m: ArgvModel): string[] {
  const argv = [...m.before, m.command];
  for (const item of m.items) {
    switch (item.kind) {
      case 'option':
        if (item.value === undefined) argv.push(item.name);
        else if (item.joined) argv.push(`${item.name}=${item.value}`);
        else argv.push(item.name, item.value);
        break;
      case 'missing-value':
        // Only truly missing at the end; elsewhere the next token becomes its value, which is fine too.
        argv.push(item.name);
        break;
      case 'positional':
        argv.push(item.value);
        break;
      case 'unknown-option':
        argv.push(item.text);
        break;
    }
  }
  if (m.afterSeparator) argv.push('--', ...m.afterSeparator);
  return argv;
}

/**
 * Whether a run that answered (exit 0) or found nothing (exit 1) must have printed JSON: the
 * model asks for JSON, and no token before the separator could be read as some other option
 * (a "positional" that starts with "-", an unknown option, a value option missing its value,
 * or anything before the command name) and so change what the parser sees.
 */
export function expectsJson(m: ArgvModel): boolean {
  if (m.before.length > 0) return false;
  let json = false;
  let format: string | undefined;
  for (const item of m.items) {
    if (item.kind === 'unknown-option' || item.kind === 'missing-value') return false;
    if (item.kind === 'positional' && item.value.startsWith('-')) return false;
    if (item.kind === 'option') {
      if (item.name === '--json') json = true;
      if (item.name === '--format') format = item.value;
    }
  }
  return json || format === 'json';
}

/** The output format the model asks for (table when unsure), for the control-character allowances. */
export function formatOfModel(m: ArgvModel): string {
  let format = 'table';
  for (const item of m.items) if (item.kind === 'option' && item.name === '--format' && item.value) format = item.value.trim().toLowerCase();
  return format;
}

// ---------------------------------------------------------------------------------------------
// Environment
// ---------------------------------------------------------------------------------------------

/** NO_COLOR, TERM, COLUMNS and FORCE_COLOR as a user might have them (stdout is never a TTY here). */
export const envArb: fc.Arbitrary<Record<string, string | undefined>> = fc.record(
  {
    NO_COLOR: fc.constantFrom(undefined, '', '1', '0'),
    TERM: fc.constantFrom(undefined, 'dumb', 'xterm-256color', ''),
    COLUMNS: fc.oneof(fc.integer({ min: 10, max: 300 }).map(String), fc.constantFrom(undefined, '', '0', '-1', 'abc', '1e9', '99999', '1.5', '\u001b[31m')),
    FORCE_COLOR: fc.constantFrom(undefined, '0', '1', '3'),
  },
  { requiredKeys: [] },
);

// ---------------------------------------------------------------------------------------------
// Running and checking
// ---------------------------------------------------------------------------------------------

export interface Captured {
  code: number | undefined;
  stdout: string;
  stderr: string;
  ms: number;
  /** Set when run() threw or rejected (it must never). */
  thrown?: unknown;
}

export function capturingIo(env: Record<string, string | undefined> = {}): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), env, stdoutIsTTY: false },
    out,
    err,
  };
}

// Controls, format characters (bidi, zero-width), surrogates, private-use, unassigned and line
// separators: written as \uXXXX in messages, so a failure report shows exactly what was there.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;

/** Text for a failure message: invisible characters escaped, JSON-quoted. */
export function visible(text: string): string {
  return JSON.stringify(text).replace(INVISIBLE, (c) => [...c].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''));
}

/** Argv for a failure message: long arguments cut, invisible characters escaped. */
export function showArgv(argv: string[]): string {
  return `[${argv.map((a) => visible(a.length > 80 ? `${a.slice(0, 40)}…(${a.length} chars)` : a)).join(',')}]`;
}

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
// ESC, BEL, every other C0 control but \n (\t and \r are allowed per format below), DEL is left
// out (terminals ignore it), C1 controls, bidi embeddings/overrides/isolates, and the bidi marks
// LRM, RLM and ALM, which src/render/sanitize.ts and src/render/json.ts also treat as unsafe.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u0080-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

function firstUnsafe(text: string, allowTab: boolean, allowCrLf: boolean): string | null {
  let t = text;
  if (allowCrLf) t = t.replace(/\r\n/g, '\n');
  if (!allowTab) {
    const tab = t.indexOf('\t');
    if (tab >= 0) return describeAt(t, tab);
  }
  const m = UNSAFE.exec(t);
  return m ? describeAt(t, m.index) : null;
}

function describeAt(text: string, index: number): string {
  const ch = text.charCodeAt(index);
  return `U+${ch.toString(16).padStart(4, '0').toUpperCase()} at ${index} in ${visible(text.slice(Math.max(0, index - 40), index + 40))}`;
}

export interface Expectations {
  /** Stdout must parse as JSON when the exit code is 0 or 1. */
  json: boolean;
  /** Output format, for the \t (plain) and \r\n (csv) allowances. */
  format: string;
  /** Overrides of the format's allowances (for argv whose format is not known in advance). */
  allowTab?: boolean;
  allowCrLf?: boolean;
  /** Upper bound for one call, in milliseconds. */
  maxMs: number;
}

/** Every invariant of "bad input never crashes", for one captured run. */
export function checkInvariants(argv: string[], r: Captured, expect: Expectations): void {
  const where = `argv ${showArgv(argv)}`;
  assert.equal(r.thrown, undefined, `run() threw or rejected for ${where}: ${String((r.thrown as Error)?.stack ?? r.thrown)}`);
  assert.ok(r.code === 0 || r.code === 1 || r.code === 2, `exit code ${r.code} (want 0, 1 or 2) for ${where}\nstderr: ${r.stderr.slice(0, 2000)}`);
  for (const [name, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ] as const) {
    assert.doesNotMatch(text, STACK_LINE, `stack trace on ${name} for ${where}:\n${text.slice(0, 2000)}`);
    assert.doesNotMatch(text, /internal error/i, `"internal error" on ${name} for ${where}:\n${text.slice(0, 2000)}`);
  }
  if (expect.json && (r.code === 0 || r.code === 1)) {
    assert.doesNotThrow(() => JSON.parse(r.stdout), `stdout is not JSON (exit ${r.code}) for ${where}:\n${r.stdout.slice(0, 500)}`);
  }
  if (r.code === 2) assert.equal(r.stdout, '', `a usage error wrote to stdout for ${where}:\n${r.stdout.slice(0, 500)}`);
  const badOut = firstUnsafe(r.stdout, expect.allowTab ?? expect.format === 'plain', expect.allowCrLf ?? expect.format === 'csv');
  assert.equal(badOut, null, `control/escape/bidi character on stdout for ${where}: ${badOut}`);
  const badErr = firstUnsafe(r.stderr, false, false);
  assert.equal(badErr, null, `control/escape/bidi character on stderr for ${where}: ${badErr}`);
  assert.ok(r.ms <= expect.maxMs, `took ${r.ms.toFixed(0)} ms (bound ${expect.maxMs} ms) for ${where}`);
}
