// Run by the build in a plain `node` (the cache is only valid for the same Node version and flags):
// runs a typical lookup so V8 compiles the functions a lookup needs, then saves the code cache.
import { runBundle } from '../bin/bundle-loader.js';

process.argv = [process.argv[0], 'odaref', ...process.argv.slice(2)];
runBundle({ writeCache: true });
