// What a user installs: no install scripts in the runtime dependency tree, no known advisories,
// a package that holds only what it needs, and a code cache V8 accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('the lock file pins every runtime dependency, none with an install script', () => {
  const runtime = Object.entries(lock.packages as Record<string, { dev?: boolean; hasInstallScript?: boolean; version?: string }>).filter(
    ([path, p]) => path !== '' && !p.dev,
  );
  assert.ok(runtime.length >= 4);
  for (const name of Object.keys(pkg.dependencies)) assert.ok(runtime.some(([path]) => path === `node_modules/${name}`), name);
  const withScripts = runtime.filter(([, p]) => p.hasInstallScript).map(([path]) => path);
  assert.deepEqual(withScripts, []);
});

test('the published package holds only the command, its bundle and corpus, the source and the docs', () => {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const files: string[] = JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path).sort();
  const allowed = /^(bin\/(odaref\.js|bundle-loader\.js|package\.json)|dist\/(odaref\.cjs|odaref\.v[\d.]+\.cache|corpus\.json|search-index\.bin)|data\/(README\.md|source\/[^/]+)|README\.md|LICENSE|package\.json)$/;
  assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
  for (const needed of ['bin/odaref.js', 'dist/odaref.cjs', 'dist/corpus.json', 'dist/search-index.bin', 'LICENSE']) assert.ok(files.includes(needed), needed);
});

test('npm audit finds no advisory in the runtime dependencies', (t) => {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  let report: { metadata?: { vulnerabilities?: Record<string, number> }; error?: { code?: string } };
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = {};
  }
  if (!report.metadata) {
    // The registry could not be asked (no network): that is not a finding either way.
    t.skip(`npm audit could not reach the registry: ${report.error?.code ?? r.stderr.split('\n')[0]}`);
    return;
  }
  const v = report.metadata.vulnerabilities ?? {};
  assert.equal(v.total ?? Object.values(v).reduce((a, b) => a + b, 0), 0, JSON.stringify(v));
});

test('V8 accepts the code cache the build made, so a run does not compile the bundle from source', () => {
  // A cache made under other V8 flags is ignored without a word; ODAREF_CHECK_CACHE makes it an error.
  const r = spawnSync(process.execPath, [join(root, 'bin/odaref.js'), '--version'], { env: { ...process.env, ODAREF_CHECK_CACHE: '1', NODE_OPTIONS: '' }, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(readdirSync(join(root, 'dist')).includes(`odaref.${process.version}.cache`));
});
