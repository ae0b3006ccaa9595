// Output without Node's stream objects where they are not needed. process.stdout and
// process.stderr are created on first touch, and for a pipe that loads node:net (2-4 ms, a tenth
// of a lookup's start-up): a lookup's answer is one string, written to a pipe or a file with
// writeSync on the file descriptor. A terminal keeps Node's tty stream, which a lookup there
// creates anyway for the width, and which on Windows writes to the console as UTF-16 (bytes
// written to a Windows console are read in its code page: the table borders would be garbled).
import { fstatSync, writeSync } from 'node:fs';

export type Fd = 1 | 2;

/** Whether fd is a terminal. A pipe, file or socket is not, which fstat says without node:tty
 * (and the node:net it loads); only a character device (a terminal, or /dev/null) asks isatty.
 * Bundle-only: `require` is the bundle's. */
export function isTerminal(fd: Fd): boolean {
  let device: boolean;
  try {
    device = fstatSync(fd).isCharacterDevice();
  } catch {
    return false; // closed
  }
  return device && (require('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** The stream Node would have used, with a closed pipe (`| head -1`) ending the process quietly. */
function stream(fd: Fd, onClosed: () => never): NodeJS.WriteStream {
  const s = fd === 1 ? process.stdout : process.stderr;
  if (s.listenerCount('error') === 0) {
    s.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') onClosed();
      throw error;
    });
  }
  return s;
}

/**
 * A writer for fd, a terminal or not: off a terminal every byte is written before it returns, as
 * Node's own stdout does for files and pipes. A reader that has gone away calls onClosed; a
 * descriptor left non-blocking by whoever opened it (EAGAIN when the pipe is full) gets the rest
 * through Node's stream, which waits for the reader.
 */
export function fdWriter(fd: Fd, terminal: boolean, onClosed: () => never): (text: string) => void {
  let viaStream = terminal;
  return (text) => {
    if (viaStream) {
      stream(fd, onClosed).write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') onClosed();
      if (code !== 'EAGAIN') throw e;
      viaStream = true;
      stream(fd, onClosed).write(bytes.subarray(done));
    }
  };
}
