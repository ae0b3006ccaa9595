// Run by the build in a plain `node` (the cache is only valid for the same Node version and flags):
// runs typical lookups so V8 compiles the functions they need, then saves the code cache. Every
// command in WARM_UP puts its functions into the cache: a lookup then compiles none of them, but
// each one adds to what every start-up reads, so only the common lookups are here.
import { fileURLToPath } from 'node:url';
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
const corpusFile = fileURLToPath(new URL('../dist/corpus.json', import.meta.url));
for (const argv of WARM_UP) {
  // A lookup that fails compiles little: a cache made from failures would be a quiet loss.
  const code = await bundle.run(argv, silent, { corpusFile });
  if (code !== 0) throw new Error(`warming the code cache: odaref ${argv.join(' ')} exited with ${code}`);
}
// main() too, so the process wiring is compiled (its output goes nowhere). Not a lookup: that
// would change V8's flags (main.ts, stopOptimising), and a cache made under other flags is
// rejected by every run.
bundle.main(['--version']);
