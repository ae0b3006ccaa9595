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

export function measureColdStart(root: string, runs: number): ColdResult[] {
  const bin = join(root, 'bin/odaref.js');
  return COLD_COMMANDS.map((command) => {
    const argv = [bin, ...command.args];
    const first = runOnce(argv, root);
    if (first.status !== 0) {
      throw new Error(`odaref ${command.label} exited with ${first.status}: ${first.stderr.trim().slice(0, 500)}`);
    }
    // The first run above plus these fill the page cache and settle the CPU; they are not counted.
    for (let i = 1; i < WARMUP; i++) runOnce(argv, root);
    for (let i = 0; i < WARMUP; i++) runOnce(['-e', '0'], root);
    const times: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < runs; i++) {
      times.push(runOnce(argv, root).ms);
      baseline.push(runOnce(['-e', '0'], root).ms);
    }
    return { command, times, baseline, outputBytes: first.stdout };
  });
}

export function coldStartTable(results: ColdResult[]): string {
  const rows = results.map(({ command, times, baseline, outputBytes }) => {
    const ratio = median(times) / median(baseline);
    const target = command.json ? JSON_TARGET : TABLE_TARGET;
    return [
      `odaref ${command.label}`,
      String(times.length),
      ms(median(times)),
      ms(percentile(times, 95)),
      ms(median(baseline)),
      `${ratio.toFixed(2)}x`,
      `<= ${target}x`,
      verdict(ratio <= target),
      String(outputBytes),
    ];
  });
  return table(['command', 'pairs', 'median ms', 'p95 ms', 'node -e 0 ms', 'ratio', 'target', 'result', 'stdout bytes'], rows);
}
