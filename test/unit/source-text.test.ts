// Rules about how the source is written that the build relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|cjs)$/.test(name) ? [path] : [];
  });
}

test('String.raw templates are ASCII: the bundle writes other characters as \\u escapes, which String.raw would keep as text', () => {
  const offending: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/String\.raw`([^`]*)`/g)) {
      if (/[^\x00-\x7f]/.test(match[1])) offending.push(`${file.slice(SRC.length)}: ${match[0].slice(0, 60)}`);
    }
  }
  assert.ok(sourceFiles(SRC).length > 50, 'the source files were found');
  assert.deepEqual(offending, []);
});

test('the bundle is ASCII, so Node reads it through its fast path', () => {
  const bundle = readFileSync(new URL('../../dist/odaref.cjs', import.meta.url));
  assert.equal(bundle.findIndex((byte) => byte > 0x7f), -1);
});

test("Fuse is imported from src/search/fuse.ts, which plugs in FieldScorer, never from 'fuse.js' itself", () => {
  const direct = sourceFiles(SRC)
    .filter((file) => !file.endsWith(join('search', 'fuse.ts')))
    .filter((file) => /^import (?!type )[^;]*from 'fuse\.js';/m.test(readFileSync(file, 'utf8')))
    .map((file) => file.slice(SRC.length));
  assert.deepEqual(direct, []);
  assert.match(readFileSync(join(SRC, 'search', 'fuse.ts'), 'utf8'), /^Fuse\.use\(FieldScoreSearch\);$/m);
});
