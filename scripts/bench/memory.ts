// Peak resident memory of one lookup against a bare `node -e 0`.
// /usr/bin/time reports the child's ru_maxrss; where it is missing (Debian ships it in the
// optional `time` package), a preload makes the child print its own high-water mark on exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchEnv } from './coldstart.js';
import { median, table, verdict } from './stats.js';

export const RSS_TARGET = 1.4;
const MARK = 'BENCH_MAXRSS_KB';

type Method = { kind: 'time'; path: string } | { kind: 'preload'; file: string; dir: string };

function chooseMethod(): Method {
  // BENCH_RSS_METHOD=preload forces the fallback, so it can be checked on a machine with time(1).
  if (process.env.BENCH_RSS_METHOD !== 'preload') {
    const found = spawnSync('sh', ['-c', 'command -v /usr/bin/time'], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim() !== '') return { kind: 'time', path: found.stdout.trim() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'odaref-bench-'));
  const file = join(dir, 'maxrss.cjs');
  // resourceUsage().maxRSS is the process's own high-water mark in kilobytes, read at exit.
  writeFileSync(file, `process.on('exit', () => process.stderr.write('\\n${MARK} ' + process.resourceUsage().maxRSS + '\\n'));\n`);
  return { kind: 'preload', file, dir };
}

/** Peak RSS in KB of `node <argv>`. */
function peakKb(method: Method, argv: string[], cwd: string): number {
  const [cmd, args] =
    method.kind === 'time'
      ? [method.path, ['-f', `${MARK} %M`, process.execPath, ...argv]]
      : [process.execPath, ['--require', method.file, ...argv]];
  const r = spawnSync(cmd, args, { cwd, env: benchEnv(), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const match = new RegExp(`${MARK} (\\d+)`).exec(r.stderr);
  if (r.status !== 0 || !match) throw new Error(`peak RSS of node ${argv.join(' ')} failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  return Number(match[1]);
}

export interface MemoryResult {
  method: string;
  lookupKb: number[];
  baselineKb: number[];
}

export function measureMemory(root: string, runs: number): MemoryResult {
  const method = chooseMethod();
  try {
    const lookupKb: number[] = [];
    const baselineKb: number[] = [];
    // Alternated like the timings; RSS varies little, so a handful of runs is enough.
    for (let i = 0; i < runs; i++) {
      lookupKb.push(peakKb(method, [join(root, 'bin/odaref.js'), 'country', 'Myanmar'], root));
      baselineKb.push(peakKb(method, ['-e', '0'], root));
    }
    const label = method.kind === 'time' ? `${method.path} -f %M` : 'preload printing process.resourceUsage().maxRSS at exit';
    return { method: label, lookupKb, baselineKb };
  } finally {
    if (method.kind === 'preload') rmSync(method.dir, { recursive: true, force: true });
  }
}

export function memoryTable(r: MemoryResult): string {
  const lookup = median(r.lookupKb);
  const base = median(r.baselineKb);
  const ratio = lookup / base;
  const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
  return [
    `method: ${r.method}; median of ${r.lookupKb.length} alternated runs each`,
    table(
      ['command', 'peak RSS', 'node -e 0', 'ratio', 'target', 'result'],
      [['odaref country Myanmar', mb(lookup), mb(base), `${ratio.toFixed(2)}x`, `<= ${RSS_TARGET}x`, verdict(ratio <= RSS_TARGET)]],
    ),
  ].join('\n');
}
