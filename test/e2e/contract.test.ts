// The CLI contract, end to end: exit codes, one-line errors with a hint, stdout only for the answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANSI, BIN, json, odaref } from '../support/cli.js';

const packageVersion = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

function assertOneLineError(r: { stderr: string; stdout: string }, pattern: RegExp): void {
  const lines = r.stderr.trimEnd().split('\n');
  assert.match(lines[0], /^odaref: /);
  assert.match(lines[0], pattern);
  assert.ok(lines.length <= 2, `at most an error and a hint: ${r.stderr}`);
  if (lines[1]) assert.match(lines[1], /^hint: /);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
}

test('--version and --help answer on stdout with exit 0', () => {
  const v = odaref(['--version']);
  assert.equal(v.code, 0);
  assert.equal(v.stdout.trim(), packageVersion);
  for (const cmd of ['country', 'programs', 'funding', 'glossary', 'about']) {
    const h = odaref([cmd, '--help']);
    assert.equal(h.code, 0, cmd);
    assert.match(h.stdout, new RegExp(`Usage: odaref ${cmd}`));
    if (cmd !== 'about') assert.match(h.stdout, /Examples:/, cmd);
  }
  const bare = odaref([]);
  assert.equal(bare.code, 0);
  assert.match(bare.stdout, /Commands:/);
});

test('an unknown command or option is a usage error (exit 2) with a did-you-mean', () => {
  const c = odaref(['contry', 'Myanmar']);
  assert.equal(c.code, 2);
  assertOneLineError(c, /unknown command 'contry'.*Did you mean country\?/);
  assert.equal(c.stdout, '');
  const o = odaref(['glossary', '--jsn']);
  assert.equal(o.code, 2);
  assertOneLineError(o, /unknown option '--jsn'.*Did you mean --json\?/);
});

test('--limit takes a positive whole number; anything else is a usage error', () => {
  for (const bad of ['0', '-1', 'abc', '1.5', '1e9', '']) {
    const r = odaref(['programs', '--limit', bad]);
    assert.equal(r.code, 2, `--limit ${bad}`);
    assertOneLineError(r, /limit/);
  }
  const big = json(['programs', '--limit', '5000']);
  assert.equal(big.code, 0);
  assert.equal(big.body.count, big.body.total);
  assert.equal(json(['programs', '--limit', '3']).body.results.length, 3);
});

test('bad option values are usage errors', () => {
  for (const args of [
    ['funding', '--status', 'spent'],
    ['funding', '--basis', 'weekly'],
    ['funding', '--currency', 'EUR'],
    ['funding', '--year', '18'],
    ['funding', '--sort', 'size'],
    ['funding', '--by', 'colour'],
    ['glossary', '--type', 'word'],
    ['programs', '--format', 'xml'],
    ['programs', '--section', '9-9'],
    ['programs', '--json', '--format', 'csv'],
    ['country', 'Laos', '--list'],
  ]) {
    const r = odaref(args);
    assert.equal(r.code, 2, args.join(' '));
    assertOneLineError(r, /./);
    assert.equal(r.stdout, '', args.join(' '));
  }
});

test('an empty or blank query is a usage error; an omitted one lists everything', () => {
  for (const cmd of ['country', 'programs', 'funding', 'glossary']) {
    for (const empty of ['', '   ']) {
      const r = odaref([cmd, empty]);
      assert.equal(r.code, 2, `${cmd} '${empty}'`);
      assertOneLineError(r, /empty/);
    }
  }
  assert.ok(json(['programs']).body.count > 100);
  assert.ok(json(['glossary']).body.count > 50);
});

test('nothing found: exit 1, a message on stderr, and with --json still one JSON document', () => {
  const r = odaref(['country', 'Narnia']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assertOneLineError(r, /^odaref: No country or region matches 'Narnia'\./);
  const j = json(['country', 'Narnia']);
  assert.equal(j.code, 1);
  assert.equal(j.body.count, 0);
  assert.deepEqual(j.body.results, []);
  assert.ok(Array.isArray(j.body.suggestions));
  const g = json(['glossary', 'zzzzqx']);
  assert.equal(g.code, 1);
  assert.equal(g.body.count, 0);
});

test('a real country the chapter never names is said so, exit 1', () => {
  const r = odaref(['country', 'Germany']);
  assert.equal(r.code, 1);
  assertOneLineError(r, /^odaref: Germany is not mentioned in this chapter\.$/);
});

test('a closed pipe ends quietly', () => {
  for (const cmd of ['glossary', 'programs', 'funding']) {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(BIN)} ${cmd} | head -1`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.stderr, '', cmd);
    assert.equal(r.status, 0, cmd);
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
  }
});

test('a reader that is slow, on a pipe left non-blocking by whoever opened it, still gets every byte', (t) => {
  // odaref writes its answer with writeSync (src/stdio.ts); a full non-blocking pipe answers EAGAIN,
  // and the rest must go through Node's stream, which waits. Node cannot make such a pipe; Python can.
  const python = spawnSync('python3', ['--version']);
  if (python.status !== 0) {
    t.skip('python3 is needed to make a non-blocking pipe');
    return;
  }
  const script = [
    'import os, subprocess, sys, time',
    'r, w = os.pipe()',
    'os.set_blocking(w, False)',
    "p = subprocess.Popen([sys.argv[1], sys.argv[2], 'funding', '--json'], stdout=w, env=dict(os.environ, NO_COLOR='1'))",
    'os.close(w)',
    'time.sleep(0.3)  # the answer (115 KB) overfills the pipe (64 KB) meanwhile',
    "out = b''.join(iter(lambda: os.read(r, 65536), b''))",
    'sys.stdout.buffer.write(out)',
    'sys.exit(p.wait())',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script, process.execPath, BIN], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.length > 100_000, 'more than a pipe holds');
  assert.equal(JSON.parse(r.stdout).count, JSON.parse(odaref(['funding', '--json']).stdout).count);
});

test('piped output has no colour, even without NO_COLOR; --no-color and FORCE_COLOR=0 are honoured', () => {
  assert.doesNotMatch(odaref(['country', 'Myanmar'], { NO_COLOR: undefined }).stdout, ANSI);
  assert.doesNotMatch(odaref(['glossary', 'DDR', '--no-color'], { NO_COLOR: undefined }).stdout, ANSI);
  assert.doesNotMatch(odaref(['funding'], { NO_COLOR: undefined, FORCE_COLOR: '0' }).stdout, ANSI);
});

test('a missing, truncated or corrupted corpus: one error naming the file and how to rebuild, exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'odaref-corpus-'));
  const good = readFileSync(new URL('../../dist/corpus.json', import.meta.url), 'utf8');
  const cases: [string, string | null, RegExp][] = [
    ['missing.json', null, /is missing/],
    ['empty.json', '', /is empty/],
    ['truncated.json', good.slice(0, Math.floor(good.length / 2)), /corrupted or truncated/],
    ['flipped.json', good.replace('Myanmar', 'Myanmor'), /checksum/],
    ['header.json', `{not json\n${good.slice(good.indexOf('\n') + 1)}`, /header is not JSON/],
  ];
  for (const [name, content, pattern] of cases) {
    const file = join(dir, name);
    if (content !== null) writeFileSync(file, content);
    const r = odaref(['country', 'Myanmar'], { ODAREF_CORPUS_FILE: file });
    assert.equal(r.code, 2, name);
    assertOneLineError(r, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*`));
    assert.match(r.stderr, pattern, name);
    assert.match(r.stderr, /hint: .*npm run build/);
  }
  copyFileSync(new URL('../../dist/corpus.json', import.meta.url), join(dir, 'ok.json'));
  assert.equal(odaref(['country', 'Myanmar'], { ODAREF_CORPUS_FILE: join(dir, 'ok.json') }).code, 0);
});
