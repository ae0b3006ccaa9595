// dist/search-index.bin: the word indexes of the bundled corpus, made by the build so that a
// lookup reads them instead of making them (indexing the 139 programs cost a cold process 25-40
// ms; reading them back takes well under one). One header line (JSON), then per index its
// strings (a JSON line) and its typed arrays (raw little-endian 32-bit values), each part
// checksummed and 4-byte aligned so the arrays are views of the file, never copies.
//
// A saved index is only a cache: one that is missing, damaged, or made for another corpus or
// other search settings is ignored, and the index is made as before. It never changes an answer.
import { checksum, LITTLE_ENDIAN, WORD_BYTES, wordAlignedLine, wordView } from '../corpus/checksum.js';
import { FLOAT_ARRAYS, INT_ARRAYS, type WordIndexData } from './vocabulary.js';

export const INDEX_FORMAT_VERSION = 1;

/** The file's name, beside the corpus file it was made from. */
export const SEARCH_INDEX_FILE = 'search-index.bin';

interface Part {
  /** From the end of the header line. */
  offset: number;
  bytes: number;
  checksum: string;
}

interface SavedEntry {
  signature: string;
  strings: Part;
  arrays: Part & { lengths: Record<string, number> };
}

interface IndexHeader {
  odaref: 'search-index';
  formatVersion: number;
  /** The byte order the arrays were written in: this machine's own, which a reader checks. */
  endian: 'LE' | 'BE';
  /** The corpus the indexes were made from (corpusIdentity). */
  corpus: string;
  indexes: Record<string, SavedEntry>;
}

/** Looks up a saved index by kind and signature: its data, or undefined to make it afresh. */
export type SavedIndexes = (kind: string, signature: string) => WordIndexData | undefined;

const ENDIAN = LITTLE_ENDIAN ? 'LE' : 'BE';

/** The file's bytes for these indexes of the corpus identified by `corpus`. */
export function serialiseIndexes(corpus: string, indexes: Record<string, { signature: string; data: WordIndexData }>): Buffer {
  const bodies: Buffer[] = [];
  const entries: Record<string, SavedEntry> = {};
  let offset = 0;
  for (const [kind, { signature, data }] of Object.entries(indexes)) {
    const strings = wordAlignedLine(JSON.stringify({ words: data.words, shortTexts: data.shortTexts }));
    const arrays = [...INT_ARRAYS.map((name) => data.ints[name]), ...FLOAT_ARRAYS.map((name) => data.floats[name])];
    const blob = Buffer.concat(arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
    const lengths = Object.fromEntries([...INT_ARRAYS, ...FLOAT_ARRAYS].map((name, i) => [name, arrays[i].length]));
    entries[kind] = {
      signature,
      strings: { offset, bytes: strings.length, checksum: checksum(wordView(strings)) },
      arrays: { offset: offset + strings.length, bytes: blob.length, checksum: checksum(wordView(blob)), lengths },
    };
    offset += strings.length + blob.length;
    bodies.push(strings, blob);
  }
  const header: IndexHeader = { odaref: 'search-index', formatVersion: INDEX_FORMAT_VERSION, endian: ENDIAN, corpus, indexes: entries };
  return Buffer.concat([wordAlignedLine(JSON.stringify(header)), ...bodies]);
}

/**
 * The saved indexes in bytes, for the corpus identified by `corpus`. Nothing is read until an
 * index is asked for, and each is checked then; any problem gives undefined.
 */
export function readSavedIndexes(bytes: Buffer, corpus: string): SavedIndexes {
  let header: IndexHeader | null | undefined;
  let bodyStart = 0;
  const readHeader = (): IndexHeader | null => {
    try {
      const newline = bytes.indexOf(0x0a);
      const parsed = JSON.parse(bytes.toString('utf8', 0, newline)) as IndexHeader;
      bodyStart = newline + 1;
      const usable = parsed?.odaref === 'search-index' && parsed.formatVersion === INDEX_FORMAT_VERSION && parsed.endian === ENDIAN && parsed.corpus === corpus;
      return usable ? parsed : null;
    } catch {
      return null;
    }
  };
  return (kind, signature) => {
    // Anything amiss, down to a header of the wrong shape, means no saved index: never an error.
    try {
      if (header === undefined) header = readHeader();
      const indexes = header?.indexes;
      const entry = indexes && typeof indexes === 'object' && Object.hasOwn(indexes, kind) ? indexes[kind] : undefined;
      if (!entry || entry.signature !== signature) return undefined;
      return readEntry(bytes.subarray(bodyStart), entry);
    } catch {
      return undefined;
    }
  };
}

function part(bytes: Buffer, { offset, bytes: length, checksum: expected }: Part): Buffer | null {
  if (offset % WORD_BYTES !== 0 || offset + length > bytes.length) return null;
  const body = bytes.subarray(offset, offset + length);
  return checksum(wordView(body)) === expected ? body : null;
}

function readEntry(bytes: Buffer, entry: SavedEntry): WordIndexData | undefined {
  const strings = part(bytes, entry.strings);
  const blob = part(bytes, entry.arrays);
  if (!strings || !blob || blob.byteOffset % WORD_BYTES !== 0) return undefined;
  const { words, shortTexts } = JSON.parse(strings.toString('utf8')) as { words: string[]; shortTexts: string[] };
  let at = blob.byteOffset;
  const end = blob.byteOffset + blob.length;
  const next = <A>(make: (buffer: ArrayBufferLike, offset: number, length: number) => A, name: string): A => {
    const length = entry.arrays.lengths[name];
    if (!Number.isInteger(length) || length < 0 || at + 4 * length > end) throw new Error(`bad length for ${name}`);
    const array = make(blob.buffer, at, length);
    at += 4 * length;
    return array;
  };
  const ints = Object.fromEntries(INT_ARRAYS.map((name) => [name, next((b, o, n) => new Int32Array(b, o, n), name)])) as WordIndexData['ints'];
  const floats = Object.fromEntries(FLOAT_ARRAYS.map((name) => [name, next((b, o, n) => new Float32Array(b, o, n), name)])) as WordIndexData['floats'];
  if (at !== end || !Array.isArray(words) || !Array.isArray(shortTexts)) return undefined;
  return { words, shortTexts, ints, floats };
}
