// Runs the built binary the way a user does, with colour off unless a test asks otherwise.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/odaref.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function odaref(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env },
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function json(args: string[], env: Record<string, string | undefined> = {}): { code: number | null; body: any; stderr: string } {
  const r = odaref([...args, '--json'], env);
  return { code: r.code, body: JSON.parse(r.stdout), stderr: r.stderr };
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;
