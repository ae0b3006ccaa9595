// One bundled CommonJS file, so start-up reads one file instead of walking node_modules.
import { build } from 'esbuild';
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
  });
}
