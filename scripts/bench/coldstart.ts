// Cold start: wall time of whole CLI processes, each run paired with `node -e 0` so that the
// ratio cancels out what the machine is doing at that moment (other load, CPU frequency, cache).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, ms, percentile, table, verdict } from './stats.js';

export interface ColdCommand {
  label: string;
  args: string[];
  /** JSON output skips the render layer, so it is held to a tighter target. */
  json: boolean;
}

export const COLD_COMMANDS: ColdCommand[] = [
  { label: 'country Myanmar', args: ['country', 'Myanmar'], json: false },
  { label: 'glossary DDR', args: ['glossary', 'DDR'], json: false },
  { label: 'programs landmine', args: ['programs', 'landmine'], json: false },
  { label: 'funding --json', args: ['funding', '--json'], json: true },
];

export const TABLE_TARGET = 1.5;
export const JSON_TARGET = 1.35;
const WARMUP = 2;

/** What a CLI run sees in a script or a pipe: no colour, a fixed width, stdout not a terminal. */
export function benchEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', COLUMNS: '80' };
  delete env.FORCE_COLOR;
  // A loader or debugger in NODE_OPTIONS would be charged to every child; users run odaref without one.
  delete env.NODE_OPTIONS;
  return env;
}

/** Runs one process to completion with stdout and stderr piped; returns the wall time in ms. */
function runOnce(argv: string[], cwd: string): { ms: number; status: number | null; stdout: number; stderr: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { cwd, env: benchEnv(), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms: elapsed, status: r.status, stdout: r.stdout.length, stderr: r.stderr.toString() };
}

export interface ColdResult {
  command: ColdCommand;
  times: number[];
  baseline: number[];
  outputBytes: number;
}

/**
 * Timed rounds: in each, every command runs once right after a `node -e 0` run, its pair. The
 * commands take turns within a round rather than running their pairs in blocks, so a slow spell
 * of the machine (this one is a shared VM) falls on all of them alike instead of on one block.
 */
export function measureColdStart(root: string, runs: number): ColdResult[] {
  const bin = join(root, 'bin/odaref.js');
  const results = COLD_COMMANDS.map((command) => {
    const argv = [bin, ...command.args];
    const first = runOnce(argv, root);
    if (first.status !== 0) {
      throw new Error(`odaref ${command.label} exited with ${first.status}: ${first.stderr.trim().slice(0, 500)}`);
    }
    // The first run above plus these fill the page cache and settle the CPU; they are not counted.
    for (let i = 1; i < WARMUP; i++) runOnce(argv, root);
    return { command, argv, times: [] as number[], baseline: [] as number[], outputBytes: first.stdout };
  });
  for (let i = 0; i < WARMUP; i++) runOnce(['-e', '0'], root);
  for (let i = 0; i < runs; i++) {
    for (const r of results) {
      r.baseline.push(runOnce(['-e', '0'], root).ms);
      r.times.push(runOnce(r.argv, root).ms);
    }
  }
  return results.map(({ command, times, baseline, outputBytes }) => ({ command, times, baseline, outputBytes }));
}

/** The median over the pairs of each run's time over its `node -e 0` run's. */
export function pairRatio({ times, baseline }: ColdResult): number {
  return median(times.map((t, i) => t / baseline[i]));
}

export function coldStartTable(results: ColdResult[]): string {
  const rows = results.map((result) => {
    const { command, times, baseline, outputBytes } = result;
    const ratio = pairRatio(result);
    const target = command.json ? JSON_TARGET : TABLE_TARGET;
    return [
      `odaref ${command.label}`,
      String(times.length),
      ms(median(times)),
      ms(percentile(times, 95)),
      ms(median(baseline)),
      `${ratio.toFixed(2)}x`,
      `${(median(times) / median(baseline)).toFixed(2)}x`,
      `<= ${target}x`,
      verdict(ratio <= target),
      String(outputBytes),
    ];
  });
  return [
    table(['command', 'pairs', 'median ms', 'p95 ms', 'node -e 0 ms', 'ratio', 'of medians', 'target', 'result', 'stdout bytes'], rows),
    'ratio: the median of the pairs\' ratios (each run over the `node -e 0` run just before it), the result\'s measure.',
    'of medians: the median run over the median `node -e 0` run, for comparison; it moves more with the machine\'s load.',
  ].join('\n');
}
