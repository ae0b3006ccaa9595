// Runs dist/odaref.cjs as CommonJS would, but compiled from V8's code cache when one was built for
// this Node version: compiling the 400 KB bundle is a tenth of a lookup's start-up time.
// Node 20 has no built-in compile cache (module.enableCompileCache arrived in 22).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const bundle = join(dist, 'odaref.cjs');
const cacheFile = join(dist, `odaref.${process.version}.cache`);

/** Loads and runs the bundle; with `writeCache`, saves V8's code cache when the process ends. */
export function runBundle({ writeCache = false } = {}) {
  let cachedData;
  if (!writeCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache for this Node version: compile from source, as require() would.
    }
  }
  const source = readFileSync(bundle, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  if (writeCache) process.once('beforeExit', () => writeFileSync(cacheFile, script.createCachedData()));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dist);
}
