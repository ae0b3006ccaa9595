// What a command gets to work with: the terminal it writes to, the corpus (loaded once, on first
// use), and the one writer that turns its answer into output. Commands never touch process.*.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Column, OutputFormat, Row } from './render/index.js';
import type { Theme } from './render/theme.js';
import { renderJson } from './render/json.js';
import { sanitize } from './render/sanitize.js';
import { toAscii } from './render/terminal-cell.js';
import { Catalogue } from './search/catalogue.js';
import { corpusIdentity, parseCorpusFile } from './corpus/file.js';
import { readSavedIndexes, SEARCH_INDEX_FILE, type SavedIndexes } from './search/index-file.js';
import { DataError, UsageError } from './errors.js';
import { mergeCorpora } from './corpus/merge.js';
import { BUNDLED, loadStored, removeHint, storedFiles } from './corpus/store.js';
import type { Corpus } from './corpus/types.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  /** process.stdout.columns when stdout is a terminal. */
  columns?: number;
  /** Shows text through a pager command; false when the pager could not run (then text is printed). */
  page?: (command: string, text: string) => Promise<boolean>;
  /** Whether stderr is a terminal: only then is a spinner shown or a question asked. */
  stderrIsTTY?: boolean;
  /** Starts a spinner on stderr (a terminal only); loaded when first used, as it costs start-up time. */
  spinner?: (text: string) => Promise<Spinner>;
  /** Asks a yes/no question on the terminal; false unless the answer is yes. */
  confirm?: (question: string) => Promise<boolean>;
  /** Tells the process that what is left of a lookup is brief (a search of the bundled corpus on
   * its saved index): main.ts stops V8 optimising, whose background work would delay the exit. */
  brief?: () => void;
}

export interface Spinner {
  text(text: string): void;
  succeed(text: string): void;
  stop(): void;
}

/** The parts of the render layer a human layout needs, loaded only when one is printed. */
export type RenderKit = typeof import('./render/index.js') & { theme: Theme; width: number; color: boolean; ascii: boolean };

export interface Listing {
  columns: Column[];
  rows: Row[];
}

/** A value, or the function that makes it when the chosen format needs it (rows cost time a JSON answer need not spend). */
export type Lazy<T> = T | (() => T);

function force<T>(value: Lazy<T>): T {
  return typeof value === 'function' ? (value as () => T)() : value;
}

/** A command's answer: the JSON document, the rows for flat formats, and the terminal layout. */
export interface Answer {
  payload: Lazy<unknown>;
  listing: Lazy<Listing>;
  human?: (kit: RenderKit) => string;
  /** Lines for stderr (notes, never the answer). */
  notes?: string[];
}

export interface EmitOptions {
  format: OutputFormat;
  /** false for --no-color; undefined when not given. */
  color?: boolean;
  pager?: boolean;
}

export interface Context {
  io: Io;
  /** The bundled corpus and every imported one, or only those named (--corpus). */
  catalogue(only?: string[]): Catalogue;
  emit(answer: Answer, options: EmitOptions): Promise<void>;
}

/** Default width when neither the terminal nor COLUMNS says. */
const DEFAULT_WIDTH = 80;
/** Below this even the stacked layout cannot show a label and a word; clamp rather than break. */
const MIN_WIDTH = 20;

export function terminalWidth(io: Io): number {
  const fromEnv = Number(io.env.COLUMNS);
  const width = io.stdoutIsTTY && io.columns ? io.columns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, Math.min(width, 1000));
}

/** Box-drawing borders need a UTF-8 terminal: not TERM=dumb, not a locale set to C, POSIX or another charset. */
export function useAscii(io: Io): boolean {
  if (io.env.TERM === 'dumb') return true;
  const locale = io.env.LC_ALL || io.env.LC_CTYPE || io.env.LANG;
  return locale !== undefined && locale !== '' && !/utf-?8/i.test(locale);
}

/** Colour only on a terminal, never with NO_COLOR, --no-color, TERM=dumb or FORCE_COLOR=0. */
export function useColor(io: Io, colorFlag: boolean | undefined): boolean {
  if (colorFlag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR === '0' || io.env.TERM === 'dumb') return false;
  return io.stdoutIsTTY;
}

export function createContext(io: Io, corpusFile: string): Context {
  let catalogue: Catalogue | undefined;
  return {
    io,
    catalogue(only) {
      catalogue ??= openCatalogue(io, corpusFile, only);
      return catalogue;
    },
    async emit(answer, { format, color: colorFlag, pager }) {
      for (const note of answer.notes ?? []) io.stderr(`${sanitize(note)}\n`);
      if (format === 'json') {
        io.stdout(renderJson(force(answer.payload)));
        return;
      }
      const render = await import('./render/index.js');
      const color = format === 'table' && useColor(io, colorFlag);
      if (color) await render.loadColor();
      const width = terminalWidth(io);
      const ascii = useAscii(io);
      let text =
        format === 'table' && answer.human
          ? answer.human({ ...render, theme: render.createTheme(color), width, color, ascii })
          : renderListing(render, format, force(answer.listing), { width, color, ascii });
      // Cells were spelt in ASCII before layout; this catches the notes and headings around them.
      if (ascii && format === 'table') text = toAscii(text);
      const pagerCommand = pager || io.env.ODAREF_PAGER ? choosePager(io) : null;
      if (pagerCommand && io.stdoutIsTTY && (await io.page?.(pagerCommand, text))) return;
      io.stdout(text);
    },
  };
}

function renderListing(render: typeof import('./render/index.js'), format: OutputFormat, listing: Listing, opts: { width: number; color: boolean; ascii: boolean }): string {
  return render.render(format, listing.columns, listing.rows, opts);
}

/** ODAREF_PAGER, then PAGER, then less with colour passed through and no paging for one screen. */
function choosePager(io: Io): string {
  const set = io.env.ODAREF_PAGER;
  if (set && set !== '1' && set.toLowerCase() !== 'true') return set;
  return io.env.PAGER || 'less -FRX';
}

function openCatalogue(io: Io, corpusFile: string, only: string[] | undefined): Catalogue {
  const corpora = loadCorpora(io, corpusFile, only);
  const identity = corpora.length === 1 && corpora[0].name === BUNDLED ? corpusIdentity(corpora[0]) : undefined;
  return new Catalogue(mergeCorpora(corpora), identity ? savedIndexesNextTo(io, corpusFile, identity) : undefined);
}

/** The build's saved word indexes (search-index.bin beside the corpus file), read when first asked for. */
function savedIndexesNextTo(io: Io, corpusFile: string, identity: string): SavedIndexes {
  let saved: SavedIndexes | undefined;
  return (kind, signature) => {
    if (!saved) {
      try {
        saved = readSavedIndexes(readFileSync(join(dirname(corpusFile), SEARCH_INDEX_FILE)), identity);
      } catch {
        saved = () => undefined; // no saved indexes: each is made when needed, as it always can be
      }
    }
    const data = saved(kind, signature);
    // A search of the bundled corpus, on its saved index, is about to run: a few milliseconds.
    if (data) io.brief?.();
    return data;
  };
}

/**
 * The bundled corpus and the imported ones. A broken imported corpus that was not asked for by
 * name is skipped with a warning, so the rest keeps working; one asked for by name is an error.
 */
function loadCorpora(io: Io, bundledFile: string, only: string[] | undefined): Corpus[] {
  const wanted = only?.length ? new Set(only.map((n) => n.trim().toLowerCase())) : null;
  const corpora: Corpus[] = [];
  if (!wanted || wanted.has(BUNDLED)) corpora.push(loadCorpusFile(bundledFile));
  const stored = storedFiles(io.env);
  for (const name of wanted ?? []) {
    if (name !== BUNDLED && !stored.some((s) => s.name === name)) {
      throw new UsageError(`There is no corpus named ${JSON.stringify(sanitize(name))}.`, `Corpora: ${[BUNDLED, ...stored.map((s) => s.name)].join(', ')}.`);
    }
  }
  for (const s of stored) {
    if (wanted && !wanted.has(s.name)) continue;
    try {
      corpora.push(loadStored(io.env, s.name));
    } catch (e) {
      if (wanted || !(e instanceof DataError)) throw e;
      io.stderr(`odaref: warning: ${sanitize(e.message)} It is left out.\nhint: ${sanitize(e.hint ?? removeHint(s.name))}\n`);
    }
  }
  return corpora;
}

const REBUILD_HINT = 'Reinstall odaref, or run "npm run build" in its folder to rebuild the corpus.';

export function loadCorpusFile(file: string) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(`The corpus file ${file} ${code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? 'error'})`}.`, REBUILD_HINT);
  }
  return parseCorpusFile(bytes, file, REBUILD_HINT, { lazy: true });
}
