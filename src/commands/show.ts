// odaref show <id>: one record, section or paragraph in full, with its source and citation.
import type { Command } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { findById, suggestIds } from '../search/lookup.js';
import { orList, quoteInput, requireQuery } from '../search/resolve.js';
import { showAnswer } from '../present/show.js';
import { formatOf, withOutputOptions, type OutputFlags } from './_options.js';

interface ShowFlags extends OutputFlags {
  cite?: boolean;
}

export function registerShow(program: Command, ctx: Context): void {
  const cmd = program
    .command('show')
    .description('one record, section or paragraph in full, with its source paragraphs and citation')
    .argument('<id>', 'a record id (prog-..., fund-..., fig-..., gl-..., an organisation), a section (2-2(1)) or a paragraph (2-2(1).efforts/p2)')
    .option('--cite', 'print a reference for it, plain and BibTeX');
  withOutputOptions(cmd, { limit: false });
  cmd.addHelpText(
    'after',
    `
Examples:
  odaref show fund-pbf-cumulative
  odaref show '2-2(3).D'            (quote ids with parentheses in the shell)
  odaref show gl-ddr --cite`,
  );
  cmd.action(async (id: string, flags: ShowFlags) => {
    const format = formatOf(flags);
    const cat = ctx.catalogue(flags.corpus);
    const wanted = requireQuery(id, 'id', 'Give a record, section or paragraph id.');
    const found = findById(cat, wanted);
    if (!found) {
      const near = suggestIds(cat, wanted);
      throw new NotFoundError(
        `No record, section or paragraph has the id ${quoteInput(wanted)}.${near.length ? ` Did you mean ${orList(near)}?` : ''}`,
        'Ids appear in every listing and in --json output; "odaref search" finds them by words.',
        near,
      );
    }
    await ctx.emit(showAnswer(cat, found, packageJson.version, Boolean(flags.cite)), { ...flags, format });
  });
}
