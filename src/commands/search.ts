// odaref search <query>: one ranked list across programs, funding, countries, glossary and the text.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { SEARCH_KINDS, searchEverything, type SearchKind } from '../search/everything.js';
import { quoteInput, requireQuery } from '../search/resolve.js';
import { searchAnswer } from '../present/search.js';
import { choice, formatOf, withOutputOptions, type OutputFlags } from './_options.js';

interface SearchFlags extends OutputFlags {
  type?: SearchKind[];
}

export function registerSearch(program: Command, ctx: Context): void {
  const parseKind = choice(SEARCH_KINDS, '--type');
  const cmd = program
    .command('search')
    .description('search everything: programs, funding, countries, the glossary and the chapter text')
    .argument('<query>', 'words to find; "quoted phrases" must appear as written')
    .option('--type <type>', `only ${SEARCH_KINDS.join('|')} (repeatable)`, (v: string, prev: SearchKind[] = []) => [...prev, parseKind(v)]);
  withOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  odaref search "money laundering"
  odaref search piracy --type paragraph
  odaref search Kurdistan
  odaref search "Peacebuilding Fund" --json`,
  );
  cmd.action(async (query: string, flags: SearchFlags) => {
    const format = formatOf(flags);
    const cat = ctx.catalogue(flags.corpus);
    const q = requireQuery(query, 'search query', 'Give words to search for.');
    const types = flags.type ?? [...SEARCH_KINDS];
    const hits = searchEverything(cat, q, types);
    if (hits.length === 0) throw new NotFoundError(`Nothing in the chapter matches ${quoteInput(q)}.`, 'Try fewer or other words, or fewer --type filters.');
    await ctx.emit(searchAnswer(cat, q, types, hits.slice(0, flags.limit), hits.length), { ...flags, format });
  });
}
