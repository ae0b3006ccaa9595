// The corpus file format: one header line (format version, counts, and the length and checksum of
// each part), then each of the corpus's lists as its own line of JSON. A lookup reads the file
// once and parses only the parts it uses (a glossary lookup never parses the 190 KB of programs),
// each checked against its checksum and count before it is trusted.
import type { Corpus } from './types.js';
import { DataError } from '../errors.js';
import { checksum, WORD_BYTES, wordAlignedLine, wordView } from './checksum.js';
import { lookupOf, type CorpusLookup } from './lookup.js';

export const CORPUS_FORMAT_VERSION = 2;

/** The parts of a corpus file, in file order. */
export const CORPUS_PARTS = ['source', 'sections', 'paragraphs', 'programs', 'funding', 'figures', 'organisations', 'countries', 'groupings', 'glossary', 'dacSectors'] as const;
export type CorpusPart = (typeof CORPUS_PARTS)[number];

/** The file's parts: the corpus's, then its lookup (lookup.ts), which follows from them. */
const FILE_PARTS = [...CORPUS_PARTS, 'lookup'] as const;
type FilePart = (typeof FILE_PARTS)[number];


export interface CorpusHeader {
  odaref: 'corpus';
  formatVersion: number;
  name: string;
  edition: number;
  counts: Record<string, number>;
  /** Each part's length in bytes (padding and newline included) and checksum. */
  parts: Record<FilePart, { bytes: number; checksum: string }>;
  /** For imported corpora: when, and from which file. */
  importedAt?: string;
  sourceFile?: string;
}

export function corpusCounts(corpus: Corpus): Record<string, number> {
  return {
    sections: corpus.sections.length,
    paragraphs: corpus.paragraphs.length,
    programs: corpus.programs.length,
    funding: corpus.funding.length,
    figures: corpus.figures.length,
    organisations: corpus.organisations.length,
    countries: countOf('countries', corpus.countries),
    groupings: corpus.groupings.length,
    glossary: corpus.glossary.length,
  };
}

/** The count the header keeps for a part (countries: those the text mentions), if any. */
function countOf(part: FilePart, value: unknown): number {
  if (part === 'countries') return (value as Corpus['countries']).filter((c) => c.mentioned).length;
  return (value as unknown[]).length;
}

/** JSON with every non-ASCII character as a \u escape: the same value, and a part Node decodes
 * through its ASCII fast path into a one-byte string, which JSON.parse also reads faster. */
function asciiJson(value: unknown): string {
  return escapeNonAscii(JSON.stringify(value));
}

/** text with every character beyond ASCII written as a \u escape (the bundle is written so too). */
export function escapeNonAscii(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Record fields the file leaves out because other parts give them: a record's sectionPath is its
 * section's path, its themeNames the DAC names of its themes. They were a third of the programs'
 * bytes, parsed by every lookup; reading a part puts them back (the same values, see derived).
 * The file holds DERIVED_MARK in their place, so a record keeps its keys in their order and
 * `--json` prints it as it always has.
 */
const DERIVED: Partial<Record<CorpusPart, readonly ('sectionPath' | 'themeNames')[]>> = {
  programs: ['sectionPath', 'themeNames'],
  funding: ['sectionPath', 'themeNames'],
  figures: ['sectionPath'],
  glossary: ['sectionPath'],
};

/** What stands in the file for a field left out (no real sectionPath or themeNames is a number). */
const DERIVED_MARK = 0;

interface Derivable {
  section: string;
  themes?: number[];
  sectionPath?: string[] | typeof DERIVED_MARK;
  themeNames?: string[] | typeof DERIVED_MARK;
}

/** The value of a derived field of record, from the sections' paths and the DAC names. */
function derived(field: 'sectionPath' | 'themeNames', record: Derivable, paths: Map<string, string[]>, dacNames: Record<string, string>): string[] | undefined {
  if (field === 'sectionPath') return record.section ? paths.get(record.section) : [];
  return record.themes?.map((t) => dacNames[String(t)] ?? String(t));
}

function sectionPaths(sections: Corpus['sections']): Map<string, string[]> {
  return new Map(sections.map((s) => [s.id, s.path]));
}

export function serialiseCorpus(corpus: Corpus, meta: { importedAt?: string; sourceFile?: string } = {}): string {
  const paths = sectionPaths(corpus.sections);
  const stored = (part: FilePart): unknown => {
    if (part === 'lookup') return lookupOf(corpus);
    const fields = DERIVED[part];
    if (!fields) return corpus[part];
    return (corpus[part] as unknown as Derivable[]).map((record) => {
      const copy: Record<string, unknown> = { ...record };
      for (const field of fields) {
        // Left out only when reading will give it back exactly.
        if (JSON.stringify(derived(field, record, paths, corpus.dacSectors)) === JSON.stringify(record[field])) copy[field] = DERIVED_MARK;
      }
      return copy;
    });
  };
  const bodies = FILE_PARTS.map((part) => wordAlignedLine(asciiJson(stored(part))));
  const parts = Object.fromEntries(FILE_PARTS.map((part, i) => [part, { bytes: bodies[i].length, checksum: checksum(wordView(bodies[i])) }]));
  const header: CorpusHeader = {
    odaref: 'corpus',
    formatVersion: CORPUS_FORMAT_VERSION,
    name: corpus.name,
    edition: corpus.edition,
    counts: corpusCounts(corpus),
    parts: parts as CorpusHeader['parts'],
    ...meta,
  };
  return Buffer.concat([wordAlignedLine(JSON.stringify(header)), ...bodies]).toString('utf8');
}

export interface ParseOptions {
  /** Parse each part when it is first read (a property getter) rather than all of them now. */
  lazy?: boolean;
}

/**
 * Reads and checks a corpus file's contents; `file` and `rebuild` only shape the error messages.
 * With `lazy`, a part that turns out to be damaged throws its DataError when first read.
 */
export function parseCorpusFile(data: Buffer | string, file: string, rebuild: string, options: ParseOptions = {}): Corpus {
  const broken = (why: string) => new DataError(`The corpus file ${file} is ${why}.`, rebuild);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) throw broken(bytes.length === 0 ? 'empty' : 'truncated (no header line)');
  const header = readHeader(bytes.toString('utf8', 0, newline), broken);

  const corpus = { formatVersion: header.formatVersion, name: header.name, edition: header.edition } as Corpus;
  const readers = {} as Record<FilePart, () => unknown>;
  // Section paths for restoring derived fields: made once, for whichever list part is read first.
  let paths: Map<string, string[]> | undefined;
  let offset = newline + 1;
  for (const part of FILE_PARTS) {
    const start = offset;
    const { bytes: length, checksum: expected } = header.parts[part];
    offset += length;
    let value: unknown;
    readers[part] = () => {
      if (value !== undefined) return value;
      const body = bytes.subarray(start, start + length);
      if (start % WORD_BYTES !== 0 || body.length !== length || checksum(wordView(body)) !== expected) {
        throw broken(`corrupted or truncated (its ${part} part does not match its checksum)`);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw broken(`corrupted (its ${part} part is not JSON)`);
      }
      const expectedCount = header.counts[part];
      if (expectedCount !== undefined && countOf(part, parsed) !== expectedCount) {
        throw broken(`inconsistent (${part}: the header says ${expectedCount}, the file holds ${countOf(part, parsed)})`);
      }
      const fields = part === 'lookup' ? undefined : DERIVED[part];
      if (fields) {
        paths ??= sectionPaths(readers.sections() as Corpus['sections']);
        const dacNames = readers.dacSectors() as Record<string, string>;
        for (const record of parsed as Derivable[]) {
          for (const field of fields) {
            if (record[field] !== DERIVED_MARK) continue;
            const restored = derived(field, record, paths, dacNames);
            if (!restored) throw broken(`inconsistent (${part}: a record cites section ${JSON.stringify(record.section)}, which it does not hold)`);
            record[field] = restored;
          }
        }
      }
      // Kept only once every check has passed: a part that failed fails again when read again.
      value = parsed;
      return value;
    };
  }
  for (const part of CORPUS_PARTS) {
    if (options.lazy) defineLazy(corpus, part, readers[part]);
    else (corpus as unknown as Record<string, unknown>)[part] = readers[part]();
  }
  if (!options.lazy) readers.lookup();
  if (offset !== bytes.length) throw broken(offset > bytes.length ? 'corrupted or truncated (shorter than its header says)' : 'corrupted (longer than its header says)');
  fromFile.set(corpus, { identity: FILE_PARTS.map((part) => header.parts[part].checksum).join('.'), lookup: readers.lookup as () => CorpusLookup });
  return corpus;
}

/** What a corpus read from a file keeps of the file: its identity, and its lookup part's reader. */
const fromFile = new WeakMap<Corpus, { identity: string; lookup: () => CorpusLookup }>();

/** The lookup part of a corpus read from a file (read on this first call), if it came from one. */
export function savedLookup(corpus: Corpus): CorpusLookup | undefined {
  return fromFile.get(corpus)?.lookup();
}

/** What identifies the contents of a corpus read from a file (its parts' checksums): what
 * anything made from it, such as the saved search indexes, is tied to. */
export function corpusIdentity(corpus: Corpus): string | undefined {
  return fromFile.get(corpus)?.identity;
}

/** A corpus file's header line, parsed but not checked (a SyntaxError when it is not JSON). */
export function headerLine(bytes: Buffer): unknown {
  return JSON.parse(bytes.toString('utf8', 0, Math.max(0, bytes.indexOf(0x0a))));
}

/** The format version of a header an older odaref wrote, else undefined (this format, a newer
 * one, or no header: parseCorpusFile says what is wrong with those). */
export function olderFormat(header: unknown): number | undefined {
  const version = (header as { formatVersion?: unknown } | null)?.formatVersion;
  return typeof version === 'number' && version < CORPUS_FORMAT_VERSION ? version : undefined;
}

function readHeader(line: string, broken: (why: string) => DataError): CorpusHeader {
  let header: CorpusHeader;
  try {
    header = JSON.parse(line);
  } catch {
    throw broken('corrupted (its header is not JSON)');
  }
  if (header?.odaref !== 'corpus') throw broken('not an odaref corpus');
  if (header.formatVersion !== CORPUS_FORMAT_VERSION) {
    throw broken(`in format version ${String(header.formatVersion)}, but this odaref reads version ${CORPUS_FORMAT_VERSION}`);
  }
  const parts = header.parts as Partial<CorpusHeader['parts']> | undefined;
  const partOk = (p: FilePart) => typeof parts?.[p] === 'object' && Number.isInteger(parts[p]?.bytes) && parts[p]!.bytes >= 0 && typeof parts[p]?.checksum === 'string';
  if (!FILE_PARTS.every(partOk)) throw broken('corrupted (its header lists no parts)');
  const counts = header.counts as unknown;
  const countsOk = typeof counts === 'object' && counts !== null && Object.values(counts).every((n) => Number.isInteger(n) && (n as number) >= 0);
  if (!countsOk || typeof header.name !== 'string' || !Number.isInteger(header.edition)) throw broken('corrupted (its header is not as odaref writes it)');
  return header;
}

/** A property computed on first read and then kept as a plain value (assignable, like the rest). */
function defineLazy(target: object, key: string, make: () => unknown): void {
  const settle = (value: unknown) => Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      settle(value);
      return value;
    },
    set: settle,
  });
}

/** Runs fn on a part of a corpus as soon as it is loaded: now, or on first read for a lazy one. */
export function whenLoaded<K extends CorpusPart>(corpus: Corpus, part: K, fn: (value: Corpus[K]) => void): void {
  const descriptor = Object.getOwnPropertyDescriptor(corpus, part);
  if (!descriptor?.get) {
    fn(corpus[part]);
    return;
  }
  const load = descriptor.get;
  defineLazy(corpus, part, () => {
    const value = load.call(corpus) as Corpus[K];
    fn(value);
    return value;
  });
}
