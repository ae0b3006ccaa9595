// One bundled CommonJS file, so start-up reads one file instead of walking node_modules.
import { build, type Plugin } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './inputs.js';
import { escapeNonAscii } from '../src/corpus/file.js';

export async function bundleCli(): Promise<void> {
  const outfile = join(ROOT, 'dist/odaref.cjs');
  await build({
    entryPoints: [join(ROOT, 'src/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    // The file is one function expression, which bin/bundle-loader.js compiles and calls with the
    // module's variables, as Node's own CommonJS wrapper would: the source is compiled as read,
    // not first copied into a wrapper string.
    banner: {
      js: '// odaref bundle: one function expression, compiled and called by bin/bundle-loader.js (require() of this file gives nothing).\n(function (exports, require, module, __filename, __dirname) {',
    },
    footer: { js: '})' },
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
      // commander loads node:child_process (3-4 ms) for subcommands run as separate programs,
      // which odaref has none of: load it on a spawn instead.
      patchSource('commander', /[\\/]commander[\\/]lib[\\/]command\.js$/, [
        ["const childProcess = require('node:child_process');", "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"],
      ]),
      // Fuse makes its token search's Unicode-property pattern when loaded (0.2-0.6 ms of every
      // start); odaref never uses the token search: make it on first use instead.
      patchSource('fuse.js', /[\\/]fuse\.js[\\/]dist[\\/]fuse\.mjs$/, [
        ['const DEFAULT_TOKEN = /[\\p{L}\\p{M}\\p{N}_]+/gu;', 'let defaultToken;'],
        ['text.match(DEFAULT_TOKEN)', 'text.match(defaultToken ??= /[\\p{L}\\p{M}\\p{N}_]+/gu)'],
      ]),
      // cli-table3 resolves 17 options for every cell (cell.js setOption), each time splitting
      // and re-joining the option's name and filtering an array for its first defined value: a
      // third of drawing a table. The same results, from a loop and a name worked out once.
      patchSource('cli-table3', /[\\/]cli-table3[\\/]src[\\/]cell\.js$/, [
        [
          'return args.filter((v) => v !== undefined && v !== null).shift();',
          'for (const v of args) if (v !== undefined && v !== null) return v;\n  return undefined;',
        ],
        [
          "  let nameA = nameB.split('-');\n  if (nameA.length > 1) {\n    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);\n    nameA = nameA.join('');\n",
          "  let nameA = camelNames.get(nameB);\n  if (nameA === undefined) {\n    const parts = nameB.split('-');\n    if (parts.length > 1) parts[1] = parts[1].charAt(0).toUpperCase() + parts[1].substr(1);\n    nameA = parts.length > 1 ? parts.join('') : null;\n    camelNames.set(nameB, nameA);\n  }\n  if (nameA !== null) {\n",
        ],
        ['function setOption(objA, objB, nameB, targetObj) {', 'const camelNames = new Map();\nfunction setOption(objA, objB, nameB, targetObj) {'],
      ]),
    ],
  });
  // The bundle with every character beyond ASCII written as a \u escape. esbuild escapes them in
  // strings but not in regular expression literals; the loader reads the file as latin1 (no
  // decoding at all), which only ASCII survives unchanged.
  // An escape means the same character in a regex, a string or a template, but not in a String.raw
  // template, where it stays a backslash: test/unit/source-text.test.ts keeps those ASCII.
  writeFileSync(outfile, escapeNonAscii(readFileSync(outfile, 'utf8')));
}

/**
 * A plugin that makes exact replacements in one file of a dependency as it is bundled, and fails
 * the build when the text to replace is not there (the dependency changed: look again).
 */
function patchSource(name: string, file: RegExp, replacements: [from: string, to: string][]): Plugin {
  return {
    name: `patch-${name}`,
    setup(b) {
      b.onLoad({ filter: file }, (args) => {
        let source = readFileSync(args.path, 'utf8');
        for (const [from, to] of replacements) {
          if (!source.includes(from)) throw new Error(`${name} changed: "${from.slice(0, 60)}" not found in ${args.path}`);
          source = source.replace(from, to);
        }
        return { contents: source, loader: 'js' };
      });
    },
  };
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
  // A cache V8 rejects (made under other flags, say) is silently ignored by every run: check.
  const check = spawnSync(process.execPath, [join(ROOT, 'bin/odaref.js'), '--version'], { env: { ...process.env, ODAREF_CHECK_CACHE: '1' }, encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`the code cache is not accepted: ${check.stderr}`);
}
