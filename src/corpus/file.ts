// The corpus file format: one header line (format version, counts, checksum), then the corpus JSON.
// The header lets a load check the body before trusting it, without parsing it twice.
import { createHash } from 'node:crypto';
import type { Corpus } from './types.js';
import { DataError } from '../errors.js';

export const CORPUS_FORMAT_VERSION = 1;

export interface CorpusHeader {
  odaref: 'corpus';
  formatVersion: number;
  name: string;
  edition: number;
  counts: Record<string, number>;
  /** sha256 of the body (everything after the first newline). */
  checksum: string;
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
    countries: corpus.countries.filter((c) => c.mentioned).length,
    groupings: corpus.groupings.length,
    glossary: corpus.glossary.length,
  };
}

export function serialiseCorpus(corpus: Corpus, meta: { importedAt?: string; sourceFile?: string } = {}): string {
  const body = JSON.stringify(corpus);
  const header: CorpusHeader = {
    odaref: 'corpus',
    formatVersion: CORPUS_FORMAT_VERSION,
    name: corpus.name,
    edition: corpus.edition,
    counts: corpusCounts(corpus),
    checksum: sha256(body),
    ...meta,
  };
  return `${JSON.stringify(header)}\n${body}\n`;
}

/** Parses and checks a corpus file's text; `file` and `rebuild` only shape the error messages. */
export function parseCorpusFile(text: string, file: string, rebuild: string): Corpus {
  const broken = (why: string) => new DataError(`The corpus file ${file} is ${why}.`, rebuild);
  const newline = text.indexOf('\n');
  if (newline < 0) throw broken(text.length === 0 ? 'empty' : 'truncated (no header line)');
  let header: CorpusHeader;
  try {
    header = JSON.parse(text.slice(0, newline));
  } catch {
    throw broken('corrupted (its header is not JSON)');
  }
  if (header?.odaref !== 'corpus') throw broken('not an odaref corpus');
  if (header.formatVersion !== CORPUS_FORMAT_VERSION) {
    throw broken(`in format version ${String(header.formatVersion)}, but this odaref reads version ${CORPUS_FORMAT_VERSION}`);
  }
  const body = text.slice(newline + 1).replace(/\n$/, '');
  if (sha256(body) !== header.checksum) throw broken('corrupted or truncated (its checksum does not match)');
  let corpus: Corpus;
  try {
    corpus = JSON.parse(body);
  } catch {
    throw broken('corrupted (its body is not JSON)');
  }
  const counts = corpusCounts(corpus);
  for (const [kind, n] of Object.entries(header.counts)) {
    if (counts[kind] !== n) throw broken(`inconsistent (${kind}: header says ${n}, body holds ${counts[kind]})`);
  }
  return corpus;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
