// Loads dist/odaref.cjs (one function expression, scripts/bundle.ts) as CommonJS would, but
// compiled from V8's code cache when one was built for this Node version: compiling the 450 KB
// bundle is a tenth of a lookup's start-up time.
// Node 20 has no built-in compile cache (module.enableCompileCache arrived in 22). This folder is
// CommonJS (bin/package.json): an ES module entry would start Node's ESM loader, about 6 ms more.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'odaref.cjs');
const cacheFile = join(dist, `odaref.${process.version}.cache`);

/** The bundle's exports ({ main, run }); with `writeCache`, V8's code cache is saved when the
 * process ends, holding every function compiled by then. ODAREF_CHECK_CACHE makes a rejected
 * cache an error instead of a slower start (the build checks its cache this way). */
function loadBundle({ writeCache = false } = {}) {
  let cachedData;
  if (!writeCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache for this Node version: compile from source, as require() would.
    }
  }
  // The bundle is ASCII (scripts/bundle.ts): read as latin1, Node makes the string without decoding.
  const source = readFileSync(bundle, 'latin1');
  const script = new vm.Script(source, {
    filename: bundle,
    cachedData,
  });
  if (writeCache) process.once('beforeExit', () => writeFileSync(cacheFile, script.createCachedData()));
  if (cachedData && script.cachedDataRejected && process.env.ODAREF_CHECK_CACHE) throw new Error(`V8 rejected the code cache ${cacheFile}`);
  const module = { exports: {} };
  // The bundle requires only Node's own modules, which any require() finds: this file's will do
  // (createRequire would load node:module for nothing).
  script.runInThisContext()(module.exports, require, module, bundle, dist);
  return module.exports;
}

exports.loadBundle = loadBundle;
