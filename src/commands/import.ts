// odaref import FILE: read a chapter in the white paper's plain-text form, extract its records,
// and store them as a corpus the other commands search alongside the bundled one.
import { statSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Context, Spinner } from '../context.js';
import { UsageError } from '../errors.js';
import { BUNDLED, checkCorpusName, corpusFile, listStored, writeAtomically } from '../corpus/store.js';
import { parseCorpusFile, serialiseCorpus } from '../corpus/file.js';
import { importAnswer } from '../present/import.js';
import { formatOf, parseYear, withOutputOptions, type OutputFlags } from './_options.js';
import type { YearRange } from '../search/filters.js';

/** A chapter is 50-100 KB; a whole white paper about 2 MB. Past this it is not a chapter. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

interface ImportFlags extends OutputFlags {
  name?: string;
  edition?: YearRange;
  force?: boolean;
}

export function registerImport(program: Command, ctx: Context): void {
  const cmd = program
    .command('import')
    .description('import a chapter (plain text, as the bundled one) as a corpus of its own')
    .argument('<file>', 'the chapter as UTF-8 text')
    .option('--name <name>', 'the corpus name (default: from the first heading)')
    .option('--edition <year>', "the white paper's year, for comparisons across editions", parseYear)
    .option('--force', 'replace an imported corpus of the same name');
  withOutputOptions(cmd, { limit: false, corpus: false });
  cmd.addHelpText(
    'after',
    `
Examples:
  odaref import chapter3.txt --edition 2019
  odaref import wp2017-peace.txt --name wp2017-peace --edition 2017
  odaref funding --compare "Peacebuilding Fund"     (across the editions imported)`,
  );
  cmd.action(async (file: string, flags: ImportFlags) => {
    const format = formatOf(flags);
    const showSpinner = format !== 'json' && Boolean(ctx.io.stderrIsTTY && ctx.io.spinner);
    const spinner: Spinner | undefined = showSpinner ? await ctx.io.spinner!('reading') : undefined;
    try {
      // The extractors compile many patterns when loaded: only an import pays for them.
      const { importChapter, defaultCorpusName } = await import('../importer/index.js');
      const { parseChapter } = await import('../corpus/parse.js');
      const text = readChapter(file);
      spinner?.text('parsing');
      const name = checkCorpusName(flags.name ?? defaultCorpusName(text));
      if (name === BUNDLED) throw new UsageError('"bundled" is taken.', 'Choose another --name.');
      const target = corpusFile(ctx.io.env, name);
      if (!flags.force && listStored(ctx.io.env).some((s) => s.name === name)) {
        throw new UsageError(`An imported corpus named ${name} already exists.`, `Use --force to replace it, or --name to keep both.`);
      }
      const sections = parseChapter(text).sections.length;
      spinner?.text(`extracting (${sections} sections)`);
      const edition = flags.edition ? Number(flags.edition.label.replace(/^FY/, '')) : null;
      const reference = ctx.catalogue([BUNDLED]).corpus;
      const result = importChapter(text, { name, edition, sourceFile: resolve(file) }, reference);
      spinner?.text('indexing');
      const serialised = serialiseCorpus(result.corpus, { importedAt: new Date().toISOString(), sourceFile: resolve(file) });
      // Read back what will be written: a corpus that would not load is never stored.
      parseCorpusFile(serialised, target, 'This is a bug in odaref import; please report it.');
      spinner?.text('writing');
      writeAtomically(target, serialised);
      spinner?.succeed(`imported ${name}`);
      await ctx.emit(importAnswer(name, edition, resolve(file), target, result.summary, result.warnings), { ...flags, format });
    } catch (error) {
      spinner?.stop();
      throw error;
    }
  });
}

/** The file as text, or a one-line reason it cannot be a chapter. */
function readChapter(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(`${file} is a folder, not a chapter file.`, 'Give the path of a .txt file.');
    size = stat.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `There is no file ${file}.` : `${file} cannot be read (${code ?? 'error'}).`, 'Check the path.');
  }
  if (size === 0) throw new UsageError(`${file} is empty.`, 'Give a chapter with text in it.');
  if (size > MAX_IMPORT_BYTES) throw new UsageError(`${file} is ${(size / 1024 / 1024).toFixed(1)} MB; a chapter may be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`, 'Split the white paper into chapters.');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(`${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`, 'Check its permissions.');
  }
  if (bytes.includes(0)) throw new UsageError(`${file} is a binary file (it holds NUL bytes), not a chapter.`, 'Convert it to plain UTF-8 text first (e.g. pdftotext).');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim() === '') throw new UsageError(`${file} holds only blank space.`, 'Give a chapter with text in it.');
    return text.replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${file} is not UTF-8 text.`, 'Convert it first, e.g. iconv -f SHIFT_JIS -t UTF-8.');
  }
}
