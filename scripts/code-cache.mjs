// Run by the build in a plain `node` (the cache is only valid for the same Node version and flags):
// runs typical lookups so V8 compiles the functions they need, then saves the code cache. Every
// command in WARM_UP puts its functions into the cache: a lookup then compiles none of them, but
// each one adds to what every start-up reads, so only the common lookups are here.
import { loadBundle } from '../bin/bundle-loader.js';

const WARM_UP = [
  ['country', 'Myanmar'],
  ['programs', 'landmine'],
  ['glossary', 'DDR'],
  ['funding', '--json'],
  ['funding', 'UNICEF'],
];

const bundle = loadBundle({ writeCache: true });
const silent = { stdout: () => undefined, stderr: () => undefined, env: { ...process.env, NO_COLOR: '1', COLUMNS: '80' }, stdoutIsTTY: false };
const corpusFile = new URL('../dist/corpus.json', import.meta.url).pathname;
for (const argv of WARM_UP.slice(1)) await bundle.run(argv, silent, { corpusFile });
// The first through main(), so the process wiring is compiled too (its output goes nowhere).
bundle.main(WARM_UP[0]);
