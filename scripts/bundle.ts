// One bundled CommonJS file, so start-up reads one file instead of walking node_modules.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
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
    logLevel: 'warning',
    plugins: [
      {
        name: 'string-width-shim',
        setup(b) {
          b.onResolve({ filter: /^string-width$/ }, () => ({ path: join(ROOT, 'src/render/string-width-shim.cjs') }));
        },
      },
    ],
  });
}

/**
 * V8's code cache for the bundle, made by running typical lookups in a plain node (a table, a
 * fuzzy search, JSON) so the functions they use are compiled into it. Stale caches from other
 * Node versions are removed first.
 */
export function writeCodeCache(): void {
  for (const f of readdirSync(join(ROOT, 'dist'))) if (/^odaref\..*\.cache$/.test(f)) rmSync(join(ROOT, 'dist', f));
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/code-cache.mjs'), 'country', 'Myanmar'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '80' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`making the code cache failed: ${r.stderr}`);
}
