// The bundle's entry: wires the real process (argv, streams, signals) to run() and sets the exit code.
import type { Spinner } from './context.js';
import { join } from 'node:path';
import { isLookup, run } from './cli.js';
import { EXIT } from './errors.js';
import { fdWriter, isTerminal } from './stdio.js';

/** ora on stderr; imported only here, when an import shows its phases on a terminal. */
async function startSpinner(text: string): Promise<Spinner> {
  const { default: ora } = await import('ora');
  const spinner = ora({ text, stream: process.stderr, discardStdin: false }).start();
  activeSpinner = spinner;
  return {
    text: (t) => {
      spinner.text = t;
    },
    succeed: (t) => {
      spinner.succeed(t);
      activeSpinner = undefined;
    },
    stop: () => {
      spinner.stop();
      activeSpinner = undefined;
    },
  };
}

let activeSpinner: { stop(): void } | undefined;

// child_process and readline are imported when used: loading them costs every lookup a few ms.
async function confirm(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline');
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    rl.question(`${question} [y/N] `, (answer) => {
      rl.close();
      resolve(/^y(es)?$/i.test(answer.trim()));
    });
    rl.on('close', () => resolve(false));
  });
}

/** Pipes text into a pager on the terminal and waits for it to close; false if it cannot start. */
async function pageThrough(command: string, text: string): Promise<boolean> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'] });
    child.on('error', () => resolve(false));
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => resolve(code !== 127));
    child.stdin.end(text);
  });
}

/**
 * Tells V8 to stop compiling with TurboFan. It compiles a hot function (Fuse's Bitap search: 15 ms)
 * on a background thread, and Node waits for that work before the process exits; in a search of
 * the bundled corpus the code comes too late to be used, so the wait was pure delay: 5-10 ms at
 * the end of `odaref programs landmine` (the main thread idle in --cpu-prof until the exit).
 * Larger corpora (imported ones) keep optimising, as their searches run long enough to gain. Node
 * leaves V8's flags open to change for this (node.cc, --no-freeze-flags-after-init).
 */
function stopOptimising(): void {
  // --no-turbofan (its name since V8 10.x; --no-opt is an alias that may go) is known to every
  // Node this supports, so V8 takes it without a word; the catch is for a runtime without node:v8.
  try {
    (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--no-turbofan');
  } catch {
    // Then it optimises as usual.
  }
}

/** Runs the command line argv against the real process; the exit code is set when it is done. */
export function main(argv: string[] = process.argv.slice(2)): void {
  // A reader that goes away (`odaref glossary | head -1`) is not an error: stop quietly.
  const quietOnClosedPipe = (): never => process.exit(EXIT.ok);
  process.on('SIGINT', () => {
    // Ctrl-C during a spinner: stop it and show the cursor it hid.
    activeSpinner?.stop();
    if (process.stderr.isTTY) process.stderr.write('\u001b[?25h');
    process.stderr.write('\n');
    process.exit(EXIT.interrupted);
  });

  const stdoutIsTTY = isTerminal(1);
  const stderrIsTTY = isTerminal(2);
  const corpusFile = process.env.ODAREF_CORPUS_FILE || join(__dirname, 'corpus.json');
  run(
    argv,
    {
      stdout: fdWriter(1, stdoutIsTTY, quietOnClosedPipe),
      stderr: fdWriter(2, stderrIsTTY, quietOnClosedPipe),
      env: process.env,
      stdoutIsTTY,
      columns: stdoutIsTTY ? process.stdout.columns : undefined,
      page: pageThrough,
      stderrIsTTY,
      spinner: startSpinner,
      confirm,
      brief: isLookup(argv) ? stopOptimising : undefined,
    },
    { corpusFile },
  ).then((code) => {
    process.exitCode = code;
  });
}

export { run };
