// Where imported corpora live (ODAREF_HOME, else $XDG_DATA_HOME/odaref, else ~/.local/share/odaref),
// and how they are listed, read, written (atomically) and removed.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from './types.js';
import type { CorpusHeader } from './file.js';
import { headerLine, olderFormat, parseCorpusFile } from './file.js';
import { DataError, UsageError } from '../errors.js';

export const BUNDLED = 'bundled';

/** Names become file names: lower-case letters, digits and hyphens only, so no path can be smuggled in. */
const NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function dataHome(env: Record<string, string | undefined>): string {
  if (env.ODAREF_HOME) return env.ODAREF_HOME;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'odaref');
  return join(env.HOME || homedir(), '.local', 'share', 'odaref');
}

export function corporaDir(env: Record<string, string | undefined>): string {
  return join(dataHome(env), 'corpora');
}

export function checkCorpusName(name: string): string {
  if (!NAME.test(name)) {
    throw new UsageError(
      `The corpus name ${JSON.stringify(name.length > 50 ? `${name.slice(0, 47)}...` : name).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')} is not allowed.`,
      'Use 1-40 lower-case letters, digits and hyphens, starting with a letter or digit (e.g. wp2017-health).',
    );
  }
  if (name === BUNDLED) throw new UsageError(`"${BUNDLED}" is the name of the corpus that ships with odaref.`, 'Choose another --name.');
  return name;
}

export function corpusFile(env: Record<string, string | undefined>, name: string): string {
  return join(corporaDir(env), `${name}.json`);
}

export interface StoredCorpus {
  name: string;
  file: string;
  header: (CorpusHeader & { importedAt?: string; sourceFile?: string }) | null;
  /** Why the header could not be read, when it could not. */
  problem?: string;
}

/** The imported corpora's names and files, from the folder listing alone. */
export function storedFiles(env: Record<string, string | undefined>): { name: string; file: string }[] {
  const dir = corporaDir(env);
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.json') && NAME.test(f.slice(0, -5)));
  } catch {
    return [];
  }
  return names.sort().map((f) => ({ name: f.slice(0, -5), file: join(dir, f) }));
}

/** The imported corpora, by name, with each file's header line. */
export function listStored(env: Record<string, string | undefined>): StoredCorpus[] {
  return storedFiles(env).map(({ name, file }) => {
    try {
      const header = headerLine(readFileSync(file)) as StoredCorpus['header'];
      const older = olderFormat(header);
      return { name, file, header, ...(older !== undefined ? { problem: `written by an older odaref (format ${older}): import it again` } : {}) };
    } catch (e) {
      return { name, file, header: null, problem: (e as Error).message };
    }
  });
}

/** What to do about an imported corpus in a format this odaref no longer reads. */
function reimportHint(name: string, sourceFile: unknown): string {
  return typeof sourceFile === 'string'
    ? `Import it again: odaref import ${JSON.stringify(sourceFile)} --name ${name} --force`
    : `Import the chapter again with --name ${name} --force, or remove it with "odaref corpus remove ${name}".`;
}

export function removeHint(name: string): string {
  return `Remove it with "odaref corpus remove ${name}" (then import the chapter again), or leave it out with --corpus.`;
}

export function loadStored(env: Record<string, string | undefined>, name: string): Corpus {
  const file = corpusFile(env, name);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`There is no imported corpus named ${name}.`, '"odaref corpus list" shows the imported ones.');
    throw new DataError(`The imported corpus ${name} (${file}) cannot be read (${code ?? 'error'}).`, removeHint(name));
  }
  // A corpus an older odaref wrote (the header says which format) is imported again from its source.
  let header: unknown = null;
  try {
    header = headerLine(bytes);
  } catch {
    // Not readable: parseCorpusFile says how.
  }
  const older = olderFormat(header);
  if (older !== undefined) {
    throw new DataError(`The imported corpus ${name} was written by an older odaref (format ${older}).`, reimportHint(name, (header as { sourceFile?: unknown }).sourceFile));
  }
  return parseCorpusFile(bytes, `${file} (imported corpus ${name})`, removeHint(name));
}

/** Writes to a temporary file in the same folder, flushes it, then renames: all or nothing. */
export function writeAtomically(file: string, text: string): void {
  const dir = file.slice(0, file.lastIndexOf('/'));
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(temp, 'w', 0o644);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

export function removeStored(env: Record<string, string | undefined>, name: string): void {
  rmSync(corpusFile(env, name));
}
