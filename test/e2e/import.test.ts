// odaref import and the imported corpora, end to end in a temporary ODAREF_HOME: the chapters are
// written for these tests (test/fixtures/chapters), never copies of the bundled one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { json, odaref } from '../support/cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/chapters/${name}`, import.meta.url));
const home = () => mkdtempSync(join(tmpdir(), 'odaref-home-'));

test('import a chapter, then every query command looks across it and names its corpus and edition', () => {
  const ODAREF_HOME = home();
  const r = json(['import', fixture('global-issues-2019.txt'), '--edition', '2019'], { ODAREF_HOME });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.body.name, 'addressing-global-issues');
  assert.ok(r.body.summary.amounts >= 5);
  assert.ok(r.body.warnings.length > 0, 'the fixture has suspicious items on purpose');
  assert.equal(r.stderr, '', 'no spinner off a terminal');

  const kenya = json(['country', 'Kenya'], { ODAREF_HOME }).body;
  assert.ok(kenya.programs.some((p: any) => p.corpus === 'addressing-global-issues' && p.edition === 2019));
  assert.ok(kenya.programs.some((p: any) => p.corpus === 'bundled' && p.edition === 2018));
  const only = json(['country', 'Kenya', '--corpus', 'addressing-global-issues'], { ODAREF_HOME }).body;
  assert.ok(only.programs.every((p: any) => p.corpus === 'addressing-global-issues'));
  const bundled = json(['funding', '--corpus', 'bundled'], { ODAREF_HOME }).body;
  assert.ok(bundled.results.every((f: any) => f.corpus === 'bundled'));
  const all = json(['funding'], { ODAREF_HOME }).body;
  assert.ok(all.results.some((f: any) => f.corpus === 'addressing-global-issues' && f.origin === 'extracted' && f.quotes.length));
  for (const args of [['programs', 'Global Fund'], ['glossary', 'WHO'], ['search', 'Zambia'], ['show', all.results.find((f: any) => f.corpus !== 'bundled').id]]) {
    const q = odaref(args, { ODAREF_HOME });
    assert.equal(q.code, 0, `${args.join(' ')}: ${q.stderr}`);
  }
  assert.equal(odaref(['country', 'Kenya', '--corpus', 'nosuch'], { ODAREF_HOME }).code, 2);
});

test('corpus list, and remove that asks on a terminal and needs --yes otherwise', () => {
  const ODAREF_HOME = home();
  assert.equal(odaref(['import', fixture('global-issues-2017.txt'), '--name', 'gi-2017', '--edition', '2017'], { ODAREF_HOME }).code, 0);
  const list = json(['corpus', 'list'], { ODAREF_HOME }).body;
  assert.deepEqual(list.results.map((r: any) => r.name), ['bundled', 'gi-2017']);
  assert.equal(list.results[1].edition, 2017);
  const noYes = odaref(['corpus', 'remove', 'gi-2017'], { ODAREF_HOME });
  assert.equal(noYes.code, 2);
  assert.match(noYes.stderr, /needs --yes/);
  assert.equal(odaref(['corpus', 'remove', 'gi-2017', '--yes'], { ODAREF_HOME }).code, 0);
  assert.deepEqual(json(['corpus', 'list'], { ODAREF_HOME }).body.results.map((r: any) => r.name), ['bundled']);
  assert.equal(odaref(['corpus', 'remove', 'gi-2017', '--yes'], { ODAREF_HOME }).code, 1);
  assert.equal(odaref(['corpus', 'remove', 'bundled', '--yes'], { ODAREF_HOME }).code, 2);
});

test('funding --compare: one series per channel, currency and basis, in edition order', () => {
  const ODAREF_HOME = home();
  assert.equal(odaref(['import', fixture('global-issues-2019.txt'), '--edition', '2019', '--name', 'gi-2019'], { ODAREF_HOME }).code, 0);
  assert.equal(odaref(['import', fixture('global-issues-2017.txt'), '--edition', '2017', '--name', 'gi-2017'], { ODAREF_HOME }).code, 0);
  const j = json(['funding', '--compare', 'Global Fund'], { ODAREF_HOME }).body;
  const cumulative = j.series.find((s: any) => s.basis === 'cumulative' && s.currency === 'USD');
  assert.deepEqual(cumulative.points.map((p: any) => [p.edition, p.amount]), [[2017, 2870000000], [2019, 3460000000]]);
  for (const s of j.series) {
    assert.ok(s.points.every((p: any) => p.currency === s.currency && p.basis === s.basis), 'never mixed in one series');
    const editions = s.points.map((p: any) => p.edition);
    assert.deepEqual(editions, [...editions].sort());
  }
  const body = json(['funding', '--basis', 'cumulative', '--currency', 'USD'], { ODAREF_HOME }).body;
  const corpusOf = new Map(body.results.map((f: any) => [f.id, f.corpus]));
  assert.ok(body.totals.groups.length >= 3);
  for (const g of body.totals.groups) assert.equal(new Set(g.added.map((id: string) => corpusOf.get(id))).size, 1, 'editions are never added together');
});

test('bad input to import: one line and exit 2, nothing written', () => {
  const ODAREF_HOME = home();
  const dir = mkdtempSync(join(tmpdir(), 'odaref-bad-'));
  const write = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  mkdirSync(join(dir, 'folder'));
  const cases: [string[], RegExp][] = [
    [[join(dir, 'missing.txt')], /There is no file/],
    [[join(dir, 'folder')], /is a folder/],
    [[write('empty.txt', '')], /is empty/],
    [[write('blank.txt', '  \n\n ')], /only blank space/],
    [[write('binary.bin', Buffer.from([0x33, 0x20, 0x41, 0x00, 0x42]))], /binary file/],
    [[write('latin1.txt', Buffer.from('3 Caf\xe9 au lait\n', 'latin1'))], /not UTF-8/],
    [[write('big.txt', 'a'.repeat(5 * 1024 * 1024 + 1))], /at most 5 MB/],
    [[fixture('global-issues-2017.txt'), '--name', '../escape'], /not allowed/],
    [[fixture('global-issues-2017.txt'), '--name', 'a/b'], /not allowed/],
    [[fixture('global-issues-2017.txt'), '--name', 'bad\u001b[31m'], /not allowed/],
    [[fixture('global-issues-2017.txt'), '--name', 'bundled'], /ships with odaref/],
    [[fixture('global-issues-2017.txt'), '--edition', '17'], /year/],
  ];
  for (const [args, pattern] of cases) {
    const r = odaref(['import', ...args], { ODAREF_HOME });
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, pattern);
    assert.equal(r.stderr.trimEnd().split('\n').length <= 2, true, r.stderr);
    assert.doesNotMatch(r.stderr, /\u001b/);
  }
  let corpora: string[] = [];
  try {
    corpora = readdirSync(join(ODAREF_HOME, 'corpora'));
  } catch {
    corpora = [];
  }
  assert.deepEqual(corpora, [], 'nothing written, no temporary file left');
  assert.equal(odaref(['import', fixture('global-issues-2017.txt'), '--name', 'twice'], { ODAREF_HOME }).code, 0);
  const again = odaref(['import', fixture('global-issues-2017.txt'), '--name', 'twice'], { ODAREF_HOME });
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already exists.*/);
  assert.equal(odaref(['import', fixture('global-issues-2017.txt'), '--name', 'twice', '--force'], { ODAREF_HOME }).code, 0);
  assert.deepEqual(readdirSync(join(ODAREF_HOME, 'corpora')), ['twice.json']);
});

test('a file with no headings is imported as paragraphs, with a warning', () => {
  const ODAREF_HOME = home();
  const r = json(['import', fixture('notes-on-nutrition.txt'), '--name', 'notes'], { ODAREF_HOME });
  assert.equal(r.code, 0);
  assert.ok(r.body.warnings.some((w: string) => /no headings/i.test(w)));
});

test('an imported corpus corrupted on disk: named in one error, and the bundled corpus keeps working', () => {
  const ODAREF_HOME = home();
  assert.equal(odaref(['import', fixture('global-issues-2017.txt'), '--name', 'broken'], { ODAREF_HOME }).code, 0);
  const file = join(ODAREF_HOME, 'corpora', 'broken.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Global Fund', 'Global Fudge'));
  const asked = odaref(['funding', '--corpus', 'broken'], { ODAREF_HOME });
  assert.equal(asked.code, 2);
  assert.match(asked.stderr, /imported corpus broken.*checksum/);
  assert.match(asked.stderr, /odaref corpus remove broken/);
  const other = odaref(['country', 'Myanmar'], { ODAREF_HOME });
  assert.equal(other.code, 0, 'the bundled corpus keeps working');
  assert.match(other.stderr, /warning: .*broken.*left out/);
  assert.equal(odaref(['country', 'Myanmar', '--corpus', 'bundled'], { ODAREF_HOME }).stderr, '');
  assert.equal(odaref(['corpus', 'remove', 'broken', '--yes'], { ODAREF_HOME }).code, 0);
});

test('a corpus imported by an older odaref (format 1) is left out with the command that imports it again', () => {
  const ODAREF_HOME = home();
  mkdirSync(join(ODAREF_HOME, 'corpora'), { recursive: true });
  const source = fixture('global-issues-2017.txt');
  const header = { odaref: 'corpus', formatVersion: 1, name: 'old', edition: 2017, counts: {}, checksum: 'x', sourceFile: source };
  writeFileSync(join(ODAREF_HOME, 'corpora', 'old.json'), `${JSON.stringify(header)}\n{}\n`);
  const r = odaref(['glossary', 'DDR'], { ODAREF_HOME });
  assert.equal(r.code, 0, 'the bundled corpus answers');
  assert.match(r.stderr, /warning: The imported corpus old was written by an older odaref \(format 1\)\. It is left out\./);
  assert.match(r.stderr, new RegExp(`hint: Import it again: odaref import ${JSON.stringify(source).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} --name old --force`));
  const list = json(['corpus', 'list'], { ODAREF_HOME }).body;
  assert.equal(list.results.find((c: any) => c.name === 'old').status, 'older format');
  // The command in the hint works.
  assert.equal(odaref(['import', source, '--name', 'old', '--force'], { ODAREF_HOME }).code, 0);
  assert.equal(odaref(['glossary', 'DDR'], { ODAREF_HOME }).stderr, '');
});
