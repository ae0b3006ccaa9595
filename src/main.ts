// The bundle's entry: wires the real process (argv, streams, signals) to run() and sets the exit code.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { run } from './cli.js';
import { EXIT } from './errors.js';

/** Pipes text into a pager on the terminal and waits for it to close; false if it cannot start. */
function pageThrough(command: string, text: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'] });
    child.on('error', () => resolve(false));
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => resolve(code !== 127));
    child.stdin.end(text);
  });
}

function main(): void {
  // A reader that goes away (`odaref glossary | head -1`) is not an error: stop quietly.
  const quietOnClosedPipe = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  };
  process.stdout.on('error', quietOnClosedPipe);
  process.stderr.on('error', quietOnClosedPipe);
  process.on('SIGINT', () => {
    process.stderr.write('\n');
    process.exit(EXIT.interrupted);
  });

  const corpusFile = process.env.ODAREF_CORPUS_FILE || join(__dirname, 'corpus.json');
  run(
    process.argv.slice(2),
    {
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
      env: process.env,
      stdoutIsTTY: Boolean(process.stdout.isTTY),
      columns: process.stdout.columns,
      page: pageThrough,
    },
    { corpusFile },
  ).then((code) => {
    process.exitCode = code;
  });
}

main();
