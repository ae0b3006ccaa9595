// search, show, formats parsed back against the corpus, and shell completion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { json, odaref } from '../support/cli.js';
import { realBuild } from '../support/corpus.js';

const { corpus } = realBuild();

test('search finds a known passage by a phrase, and by a misspelling', () => {
  const phrase = json(['search', '"Djibouti Code of Conduct"']).body;
  assert.ok(phrase.count > 0);
  assert.ok(phrase.results.some((h: any) => h.type === 'paragraph' && h.id === '2-2(3).D.seas/p4'));
  for (const h of phrase.results) {
    const text = [h.title, h.snippet, ...h.paragraphs.map((id: string) => corpus.paragraphs.find((p) => p.id === id)?.text ?? '')].join(' ');
    assert.match(text, /Djibouti Code of Conduct/i, `${h.type} ${h.id} holds the phrase`);
  }
  const typo = json(['search', 'Kurdistn']).body;
  assert.ok(typo.results.some((h: any) => h.paragraphs.includes('2-2(1).protection-participation-socially-vulnerable/p2')));
});

test('search ranks across kinds, restricts with --type, and cites every hit', () => {
  const all = json(['search', 'UNICEF']).body;
  const types = new Set(all.results.map((h: any) => h.type));
  assert.ok(types.has('program') && types.has('funding') && types.has('paragraph'));
  for (const h of all.results) assert.ok(h.section && h.paragraphs.length, h.id);
  const only = json(['search', 'UNICEF', '--type', 'funding', '--type', 'glossary']).body;
  assert.ok(only.results.every((h: any) => h.type === 'funding' || h.type === 'glossary'));
  const none = odaref(['search', 'zzqxw']);
  assert.equal(none.code, 1);
  assert.equal(odaref(['search', '""']).code, 1, 'a phrase of nothing is simply nothing found');
  assert.equal(odaref(['search', '']).code, 2);
});

test('show: each kind of id, with its source paragraphs and citation', () => {
  const kinds: [string, string][] = [
    [corpus.programs[0].id, 'program'],
    [corpus.funding[0].id, 'funding'],
    [corpus.figures[0].id, 'figure'],
    [corpus.glossary[0].id, 'glossary'],
    [corpus.organisations[0].id, 'organisation'],
    ['2-2(1)', 'section'],
    ['2-2(3).D.seas/p4', 'paragraph'],
  ];
  for (const [id, type] of kinds) {
    const j = json(['show', id]);
    assert.equal(j.code, 0, id);
    assert.equal(j.body.type, type);
    assert.ok(j.body.source.length > 0, `${id} has its source paragraphs`);
    const t = odaref(['show', id]);
    assert.equal(t.code, 0);
    assert.match(t.stdout, /Cite: Ministry of Foreign Affairs of Japan/);
  }
  const section = odaref(['show', '2-2(3).C'], { COLUMNS: '300' }).stdout;
  assert.match(section, /Measures against Money Laundering/, 'a section prints its subsections too');
  const missing = odaref(['show', 'fund-pbf-cumulatve']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /Did you mean fund-pbf-cumulative/);
});

test('show --cite: a plain and a BibTeX reference that say the record was edited', () => {
  const t = odaref(['show', 'fund-pbf-cumulative', '--cite']).stdout;
  assert.match(t, /White Paper on Development Cooperation 2018/);
  assert.match(t, /2-2\(1\)\.efforts\/p1/);
  assert.match(t, /created by the odaref project .* by editing this source/);
  assert.match(t, /@misc\{odaref:fund-pbf-cumulative,/);
  const j = json(['show', 'fund-pbf-cumulative', '--cite']).body;
  assert.match(j.citation.bibtex, /^@misc\{/);
});

test('every format of a listing parses back and matches the corpus', () => {
  const ids = new Set(corpus.funding.map((f) => f.id));
  const csv = parse(odaref(['funding', '--format', 'csv']).stdout, { columns: true }) as Record<string, string>[];
  assert.equal(csv.length, corpus.funding.length);
  for (const row of csv) {
    const f = corpus.funding.find((x) => x.id === row.id)!;
    assert.ok(f, row.id);
    assert.equal(row.value, f.amount === null ? '' : String(f.amount));
    assert.equal(row.section, f.section);
    assert.equal(row.paragraphs, f.paragraphs.join('; '));
  }
  const plain = odaref(['glossary', '--format', 'plain']).stdout.trimEnd().split('\n').map((l) => l.split('\t'));
  const header = plain[0];
  assert.equal(plain.length - 1, corpus.glossary.length);
  const termAt = header.indexOf('term');
  assert.deepEqual(new Set(plain.slice(1).map((r) => r[termAt])), new Set(corpus.glossary.map((g) => g.term)));
  const md = odaref(['programs', '--format', 'markdown']).stdout.trimEnd().split('\n');
  assert.equal(md.length - 2, corpus.programs.length);
  for (const line of md.slice(2)) assert.match(line, /^\|.*\|$/);
  const j = json(['funding']).body;
  assert.deepEqual(new Set(j.results.map((f: any) => f.id)), ids);
});

test('completion: valid bash that lists the subcommands and completes values', () => {
  const script = odaref(['completion', 'bash']).stdout;
  const dir = mkdtempSync(join(tmpdir(), 'odaref-completion-'));
  const file = join(dir, 'odaref.bash');
  writeFileSync(file, script);
  assert.equal(spawnSync('bash', ['-n', file]).status, 0);
  for (const cmd of ['country', 'programs', 'funding', 'glossary', 'search', 'show', 'about', 'completion']) assert.match(script, new RegExp(`^${cmd}$`, 'm'));
  const run = (words: string[]) =>
    spawnSync('bash', ['-c', `source ${file}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _odaref; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' }).stdout.trim().split('\n');
  assert.deepEqual(run(['odaref', 'gl']), ['glossary']);
  assert.ok(run(['odaref', 'country', 'Vi']).includes('Viet Nam'));
  assert.ok(run(['odaref', 'country', 'C']).includes("Côte d'Ivoire"));
  assert.deepEqual(run(['odaref', 'funding', '--status', 'a']), ['announced', 'achieved']);
  for (const shell of ['zsh', 'fish']) {
    const r = odaref(['completion', shell]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /odaref/);
  }
  assert.equal(odaref(['completion', 'powershell']).code, 2);
});

test('the pager is used only on a terminal and only when asked', () => {
  const piped = odaref(['glossary', '--pager'], { PAGER: 'false', ODAREF_PAGER: 'cat' });
  assert.equal(piped.code, 0);
  assert.match(piped.stdout, /DDR/, 'through a pipe the output is printed, not paged');
});
