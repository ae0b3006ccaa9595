// Rules about how the source is written that the build relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
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
  /** Whether the file takes a value (not only types) from 'fuse.js', by import, export, import() or require(). */
  const takesFuse = (text: string) =>
    /(?:import|require)\s*\(\s*['"]fuse\.js['"]\s*\)/.test(text) ||
    [...text.matchAll(/^\s*(?:import|export)\s+([^;]*?)\s*from\s*['"]fuse\.js['"]/gm)].some(([, clause]) => {
      if (/^type\s/.test(clause)) return false;
      const braces = /^\{([^}]*)\}$/.exec(clause);
      return !braces || braces[1].split(',').some((name) => name.trim() !== '' && !/^type\s/.test(name.trim()));
    });
  assert.ok(takesFuse("import Fuse from 'fuse.js';") && takesFuse('export { default } from "fuse.js";') && takesFuse("const F = require('fuse.js');"));
  assert.ok(!takesFuse("import type { IFuseOptions } from 'fuse.js';") && !takesFuse("import { type IFuseOptions } from 'fuse.js';"));
  const direct = sourceFiles(SRC)
    .filter((file) => !file.endsWith(join('search', 'fuse.ts')) && takesFuse(readFileSync(file, 'utf8')))
    .map((file) => file.slice(SRC.length));
  assert.deepEqual(direct, []);
  assert.match(readFileSync(join(SRC, 'search', 'fuse.ts'), 'utf8'), /^Fuse\.use\(FieldScoreSearch\);$/m);
});

test("the bundle requires only Node's own modules: bin/bundle-loader.js hands it its own require()", () => {
  const bundle = readFileSync(new URL('../../dist/odaref.cjs', import.meta.url), 'latin1');
  const required = [...bundle.matchAll(/\brequire\(\s*(["'`])([^"'`]*)\1\s*\)/g)].map((m) => m[2]);
  assert.ok(required.length > 5, 'the requires were found');
  assert.deepEqual(required.filter((name) => !builtinModules.includes(name.replace(/^node:/, ''))), []);
});
