// The corpus file's parts (read on first use, each checked), the fields it leaves out and puts
// back, its lookup part, and the saved word indexes beside it (a cache that never changes an answer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checksum, jsLanes, littleEndianWords, wordView } from '../../src/corpus/checksum.js';
import { wasmLanes } from '../../src/corpus/checksum-wasm.js';
import { CORPUS_PARTS, corpusIdentity, parseCorpusFile, savedLookup, serialiseCorpus, whenLoaded } from '../../src/corpus/file.js';
import { lookupOf } from '../../src/corpus/lookup.js';
import { mergeCorpora } from '../../src/corpus/merge.js';
import type { Corpus } from '../../src/corpus/types.js';
import { DataError } from '../../src/errors.js';
import { Catalogue } from '../../src/search/catalogue.js';
import { readSavedIndexes, serialiseIndexes } from '../../src/search/index-file.js';
import { SEARCH_INDEXES } from '../../src/search/indexes.js';
import { docField, programIndex, type ProgramDoc } from '../../src/search/programs.js';
import { lazyRecords, RecordIndex } from '../../src/search/record-index.js';
import { PROGRAM_KEYS, recordFuse } from '../../src/search/fuse-options.js';

const FILE = new URL('../../dist/corpus.json', import.meta.url).pathname;
const bytes = readFileSync(FILE);
const text = bytes.toString('utf8');
const eager = (data: Buffer | string = bytes) => parseCorpusFile(data, 'corpus.json', 'rebuild');
const lazy = (data: Buffer | string = bytes) => parseCorpusFile(data, 'corpus.json', 'rebuild', { lazy: true });

/** The file with one letter of the first `needle` after the header changed, its length kept. */
function damaged(needle: string): string {
  const at = text.indexOf(needle, text.indexOf('\n'));
  assert.ok(at > 0, needle);
  return text.slice(0, at) + needle.replace(/[a-z]/, (c) => (c === 'x' ? 'y' : 'x')) + text.slice(at + needle.length);
}

test('a lazy corpus parses a part on first read, and reads the same as an eager one', () => {
  const parsed = lazy();
  assert.ok(Object.getOwnPropertyDescriptor(parsed, 'programs')?.get, 'programs not parsed yet');
  assert.equal(parsed.glossary.length, 87);
  assert.ok(Object.getOwnPropertyDescriptor(parsed, 'programs')?.get, 'reading the glossary left the programs alone');
  assert.deepEqual({ ...parsed }, eager());
});

test('a damaged part is an error when a command reads it, naming the file, and only then', () => {
  const broken = damaged('"term":"DDR"');
  assert.throws(() => eager(broken), (e: unknown) => e instanceof DataError && /corpus\.json.*checksum/.test(e.message) && e.hint === 'rebuild');
  const parsed = lazy(broken);
  assert.equal(parsed.funding.length, 55, 'the funding part is intact and reads');
  assert.throws(() => parsed.glossary, /its glossary part does not match its checksum/);
  assert.throws(() => parsed.glossary, /checksum/, 'and again when read again');
});

test('a truncated file, a longer one, a header without parts and an old format are errors before any part is read', () => {
  assert.throws(() => lazy(text.slice(0, text.length - 10)), /shorter than its header says/);
  assert.throws(() => lazy(`${text}{}\n`), /longer than its header says/);
  const header = JSON.parse(text.slice(0, text.indexOf('\n')));
  const body = text.slice(text.indexOf('\n'));
  assert.throws(() => lazy(JSON.stringify({ ...header, parts: undefined }) + body), /lists no parts/);
  assert.throws(() => lazy(JSON.stringify({ ...header, formatVersion: 1 }) + body), /format version 1, but this odaref reads version 2/);
});

test('a header of the wrong shape is one error, not a crash', () => {
  const header = JSON.parse(text.slice(0, text.indexOf('\n')));
  const body = text.slice(text.indexOf('\n'));
  for (const changed of [{ counts: undefined }, { counts: { glossary: 'many' } }, { name: 7 }, { parts: { ...header.parts, programs: null } }]) {
    assert.throws(() => lazy(JSON.stringify({ ...header, ...changed }) + body), DataError, JSON.stringify(changed));
  }
});

test('a count that disagrees with the header is an error, though the checksum matches', () => {
  assert.ok(text.indexOf('"glossary":87') < text.indexOf('\n'), 'the count is in the header');
  const changed = text.replace('"glossary":87', '"glossary":86');
  assert.throws(() => lazy(changed).glossary, /glossary: the header says 86, the file holds 87/);
});

test('sectionPath and themeNames are left out of the file and put back as they were, in their place', () => {
  const programs = text.split('\n')[1 + CORPUS_PARTS.indexOf('programs')];
  assert.doesNotMatch(programs, /"sectionPath":\[|"themeNames":\[/);
  assert.match(programs, /"sectionPath":0,/, 'a mark keeps the key in its place');
  const parsed = eager();
  const sections = new Map(parsed.sections.map((s) => [s.id, s.path]));
  for (const r of [...parsed.programs, ...parsed.funding]) {
    assert.deepEqual(r.sectionPath, sections.get(r.section), r.id);
    assert.deepEqual(r.themeNames, r.themes.map((t) => parsed.dacSectors[String(t)]), r.id);
  }
  const keys = Object.keys(parsed.programs[0]);
  assert.equal(keys[keys.indexOf('section') + 1], 'sectionPath', 'the key order --json prints is kept');
  // A value that does not follow from the other parts stays in the file, so it reads back as it was.
  const odd: Corpus = { ...parsed, programs: parsed.programs.map((p, i) => (i === 0 ? { ...p, themeNames: ['as the curator wrote it'] } : p)) };
  assert.deepEqual(eager(serialiseCorpus(odd)).programs[0].themeNames, ['as the curator wrote it']);
});

test('the file is ASCII: other characters are JSON escapes, which read back as themselves', () => {
  assert.equal(bytes.findIndex((b) => b > 0x7f), -1);
  assert.ok(eager().programs.some((p) => p.quotes.some((q) => /[’—]/.test(q.text))), 'the quotes keep their typography');
});

test('the lookup part holds what the full lists give: names and text positions', () => {
  const parsed = lazy();
  const saved = savedLookup(parsed);
  assert.ok(saved);
  assert.deepEqual(saved, lookupOf(eager()));
  // A corpus made in memory has none; the catalogue works it out, with the same answers.
  const fromLists = new Catalogue(mergeCorpora([eager()]));
  const fromPart = new Catalogue(mergeCorpora([lazy()]));
  for (const code of ['MMR', 'KHM', 'eastern-africa', 'XXX', 'constructor']) assert.equal(fromPart.placeName(code), fromLists.placeName(code), code);
  for (const id of ['unicef', 'jica', 'nope', '__proto__']) {
    assert.equal(fromPart.orgLabel(id), fromLists.orgLabel(id), id);
    assert.equal(fromPart.orgAcronym(id), fromLists.orgAcronym(id), id);
  }
  for (const p of eager().programs) assert.equal(fromPart.textOrder(p), fromLists.textOrder(p), p.id);
});

test('whenLoaded runs on a lazy part when it is read, and at once on a loaded one', () => {
  const parsed = lazy();
  const seen: number[] = [];
  whenLoaded(parsed, 'figures', (list) => seen.push(list.length));
  assert.equal(seen.length, 0);
  void parsed.figures;
  void parsed.figures;
  assert.deepEqual(seen, [12]);
  whenLoaded(parsed, 'figures', (list) => seen.push(list.length * 2));
  assert.deepEqual(seen, [12, 24]);
});

test('the checksum sees a change in any 4-byte word and in a trailing byte, and reads unaligned bytes', () => {
  const data = Buffer.from('the quick brown fox jumps over the lazy dog!!');
  const sum = checksum(wordView(data));
  for (const at of [0, 7, 40, data.length - 1]) {
    const copy = Buffer.from(data);
    copy[at] ^= 1;
    assert.notEqual(checksum(wordView(copy)), sum, `byte ${at}`);
  }
  const unaligned = Buffer.concat([Buffer.from('x'), data]).subarray(1);
  assert.equal(checksum(wordView(unaligned)), sum);
  // A big-endian machine reads the words little-endian, one by one: the same numbers, so a file
  // built on one machine checks on any other.
  assert.deepEqual(littleEndianWords(data), wordView(data).words);
});

test('large inputs are hashed in WebAssembly, to the same checksum as the JavaScript loop', () => {
  // Lengths around the WebAssembly threshold and across its 64 KB memory pages, odd tails included.
  for (const length of [0, 4, 32_764, 32_768, 32_771, 65_536, 200_003, 1_000_000]) {
    const bytes = Buffer.alloc(length);
    for (let i = 0; i < length; i++) bytes[i] = (i * 2654435761) >>> 24;
    const { words } = wordView(bytes);
    assert.deepEqual(wasmLanes(words, 0x811c9dc5 | 0, 7), jsLanes(words, 0x811c9dc5 | 0, 7), `${length} bytes`);
  }
  // And the same as before there was a WebAssembly loop: the corpus files' checksums do not change.
  const megabyte = Buffer.alloc(1 << 20, 'odaref ');
  assert.equal(checksum(wordView(megabyte)), '534bdf09c28fe410');
});

// ---- the saved word indexes ----

const INDEX = new URL('../../dist/search-index.bin', import.meta.url).pathname;

test('the saved word indexes are those the records give now (the build is not stale)', () => {
  const parsed = lazy();
  const saved = readSavedIndexes(readFileSync(INDEX), corpusIdentity(parsed)!);
  const fresh = new Catalogue(mergeCorpora([eager()]));
  for (const [kind, indexOf] of Object.entries(SEARCH_INDEXES)) {
    const index = indexOf(fresh);
    const data = saved(kind, index.signature);
    assert.ok(data, `${kind} is saved under the current signature`);
    assert.deepEqual(data, index.wordIndexData(), kind);
  }
});

test('a saved index is used only for its corpus and signature, and a damaged one is ignored', () => {
  const parsed = lazy();
  const identity = corpusIdentity(parsed)!;
  const index = programIndex(new Catalogue(mergeCorpora([eager()])));
  const file = serialiseIndexes(identity, { programs: { signature: index.signature, data: index.wordIndexData() } });
  assert.ok(readSavedIndexes(file, identity)('programs', index.signature));
  assert.equal(readSavedIndexes(file, `${identity}x`)('programs', index.signature), undefined, 'another corpus');
  assert.equal(readSavedIndexes(file, identity)('programs', `${index.signature} `), undefined, 'other settings');
  assert.equal(readSavedIndexes(file, identity)('funding', index.signature), undefined, 'not saved');
  for (const at of [file.indexOf(0x0a) + 10, file.length - 3]) {
    const copy = Buffer.from(file);
    copy[at] ^= 0x10;
    assert.equal(readSavedIndexes(copy, identity)('programs', index.signature), undefined, `byte ${at} changed`);
  }
  assert.equal(readSavedIndexes(Buffer.from('not an index'), identity)('programs', index.signature), undefined);
  const header = JSON.parse(file.subarray(0, file.indexOf(0x0a)).toString());
  for (const indexes of [undefined, null, 'x', { programs: null }, { programs: { signature: index.signature } }]) {
    const bad = Buffer.concat([Buffer.from(JSON.stringify({ ...header, indexes })), file.subarray(file.indexOf(0x0a))]);
    assert.equal(readSavedIndexes(bad, identity)('programs', index.signature), undefined, JSON.stringify(indexes));
  }
});

test('a search gives the same hits on the saved index as on one made afresh', () => {
  const parsed = lazy();
  const saved = readSavedIndexes(readFileSync(INDEX), corpusIdentity(parsed)!);
  const withSaved = programIndex(new Catalogue(mergeCorpora([parsed]), saved));
  const afresh = programIndex(new Catalogue(mergeCorpora([eager()])));
  for (const q of ['landmine', 'landmien', 'mine cambodia', 'peacebuilding', 'UNICEF', 'rule of law', 'zzzz']) {
    const ids = (i: typeof afresh) => i.search(q).map((h) => `${h.item.record.id} ${h.score.toFixed(6)}`);
    assert.deepEqual(ids(withSaved), ids(afresh), q);
  }
});

test('on a saved word index, a search makes only the search documents of the records it reaches', () => {
  const cat = new Catalogue(mergeCorpora([eager()]));
  const afresh = programIndex(cat);
  const docs = Array.from({ length: afresh.records.length }, (_, i) => afresh.records.at(i)!);
  let made = 0;
  const lazy = lazyRecords(docs.length, (i) => {
    made++;
    return docs[i];
  });
  const index = new RecordIndex(lazy, PROGRAM_KEYS, recordFuse<ProgramDoc>(PROGRAM_KEYS), docField, () => afresh.wordIndexData());
  const hits = index.search('landmine');
  assert.deepEqual(hits.map((h) => h.item.record.id), afresh.search('landmine').map((h) => h.item.record.id));
  assert.ok(made === hits.length && made < docs.length / 4, `made ${made} of ${docs.length} for ${hits.length} hits`);
});
