// One bundled CommonJS file, so start-up reads one file instead of walking node_modules.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './inputs.js';

export async function bundleCli(): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'src/main.ts')],
    outfile: join(ROOT, 'dist/odaref.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    // Whitespace and syntax only: names stay, so an internal error's stack still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    plugins: [
      {
        name: 'string-width-shim',
        setup(b) {
          b.onResolve({ filter: /^string-width$/ }, () => ({ path: join(ROOT, 'src/render/string-width-shim.cjs') }));
        },
      },
      {
        name: 'supports-color-shim',
        setup(b) {
          b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: join(ROOT, 'src/render/supports-color-shim.ts') }));
        },
      },
      {
        // commander loads node:child_process (3-4 ms) for subcommands run as separate programs,
        // which odaref has none of: load it on a spawn instead.
        name: 'commander-lazy-child-process',
        setup(b) {
          b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
            const source = readFileSync(args.path, 'utf8');
            const eager = "const childProcess = require('node:child_process');";
            if (!source.includes(eager)) throw new Error(`commander changed: "${eager}" not found in ${args.path}`);
            const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
            return { contents: source.replace(eager, lazy), loader: 'js' };
          });
        },
      },
    ],
  });
}

/**
 * V8's code cache for the bundle, made by running typical lookups in a plain node (tables, a
 * fuzzy search, JSON: see code-cache.mjs) so the functions they use are compiled into it. Stale
 * caches from other Node versions are removed first.
 */
export function writeCodeCache(): void {
  for (const f of readdirSync(join(ROOT, 'dist'))) if (/^odaref\..*\.cache$/.test(f)) rmSync(join(ROOT, 'dist', f));
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/code-cache.mjs')], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '80' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`making the code cache failed: ${r.stderr}`);
}
