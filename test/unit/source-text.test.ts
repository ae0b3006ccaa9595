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
