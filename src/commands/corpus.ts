// odaref corpus list | remove NAME: the imported corpora under the user's data folder.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { BUNDLED, checkCorpusName, corporaDir, listStored, removeStored } from '../corpus/store.js';
import { corpusListAnswer } from '../present/corpus.js';
import { formatOf, withOutputOptions, type OutputFlags } from './_options.js';

export function registerCorpus(program: Command, ctx: Context): void {
  const corpus = program.command('corpus').description('list or remove imported corpora (see odaref import)');
  const list = corpus.command('list').description('the bundled corpus and every imported one, with their counts');
  withOutputOptions(list, { limit: false, corpus: false });
  list.action(async (flags: OutputFlags) => {
    const format = formatOf(flags);
    const bundled = ctx.catalogue([BUNDLED]).corpus;
    await ctx.emit(corpusListAnswer(bundled, listStored(ctx.io.env), corporaDir(ctx.io.env)), { ...flags, format });
  });
  corpus
    .command('remove')
    .description('remove an imported corpus (asks first on a terminal; needs --yes otherwise)')
    .argument('<name>', 'the corpus name, as "odaref corpus list" shows it')
    .option('--yes', 'remove without asking')
    .action(async (name: string, flags: { yes?: boolean }) => {
      if (name === BUNDLED) throw new UsageError('The bundled corpus ships with odaref and cannot be removed.', 'Use --corpus to leave it out of a query.');
      checkCorpusName(name);
      const stored = listStored(ctx.io.env).find((s) => s.name === name);
      if (!stored) throw new NotFoundError(`There is no imported corpus named ${name}.`, '"odaref corpus list" shows the imported ones.');
      if (!flags.yes) {
        if (!ctx.io.stderrIsTTY || !ctx.io.confirm) throw new UsageError(`Removing ${name} needs --yes when not asked on a terminal.`, `odaref corpus remove ${name} --yes`);
        if (!(await ctx.io.confirm(`Remove the imported corpus ${name} (${stored.file})?`))) {
          ctx.io.stderr('Nothing removed.\n');
          return;
        }
      }
      removeStored(ctx.io.env, name);
      ctx.io.stderr(`Removed ${name}.\n`);
    });
}
