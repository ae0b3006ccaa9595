// odaref completion bash|zsh|fish: a completion script for the commands, options and common values.
import { InvalidArgumentError, type Command } from 'commander';
import type { Context } from '../context.js';
import { CURRENCIES, FUNDING_BASES, FUNDING_STATUSES, GLOSSARY_TYPES } from '../corpus/enums.js';
import { COUNTRY_SORTS } from '../search/country.js';
import { FUNDING_SORTS } from '../search/funding.js';
import { SEARCH_KINDS } from '../search/everything.js';
import { FUNDING_GROUPINGS } from '../present/funding.js';
import { completionScript, SHELLS, type CompletionSpec, type Shell } from '../present/completion.js';
import { allIds } from '../search/lookup.js';
import type { Catalogue } from '../search/catalogue.js';
import { OUTPUT_FORMATS } from './_options.js';

export function registerCompletion(program: Command, ctx: Context): void {
  program
    .command('completion')
    .description('print a shell completion script (see the README for how to install it)')
    .argument('<shell>', SHELLS.join('|'), (value: string) => {
      if (!SHELLS.includes(value as Shell)) throw new InvalidArgumentError(`The shell must be one of ${SHELLS.join(', ')}.`);
      return value as Shell;
    })
    .addHelpText('after', '\nExamples:\n  odaref completion bash > ~/.local/share/bash-completion/completions/odaref\n  source <(odaref completion zsh)')
    .action((shell: Shell) => {
      ctx.io.stdout(completionScript(shell, completionSpec(program, ctx.catalogue())));
    });
}

/** The commands and options as commander knows them, with values from the corpus where they help. */
export function completionSpec(program: Command, cat: Catalogue): CompletionSpec {
  const places = [
    ...cat.corpus.countries.filter((c) => c.mentioned).map((c) => c.name),
    ...cat.corpus.groupings.map((g) => g.name),
  ].sort();
  const partners = cat.corpus.organisations.map((o) => o.acronym ?? o.name).sort();
  const sections = cat.corpus.sections.map((s) => s.id);
  const optionValues: Record<string, readonly string[]> = {
    '--country': places,
    '--region': cat.corpus.groupings.map((g) => g.name),
    '--partner': partners,
    '--section': sections,
    '--theme': Object.keys(cat.corpus.dacSectors),
    '--status': FUNDING_STATUSES,
    '--basis': FUNDING_BASES,
    '--currency': CURRENCIES,
    '--format': OUTPUT_FORMATS,
    '--by': FUNDING_GROUPINGS,
  };
  const sortValues: Record<string, readonly string[]> = { country: COUNTRY_SORTS, funding: FUNDING_SORTS };
  const typeValues: Record<string, readonly string[]> = { glossary: GLOSSARY_TYPES, search: SEARCH_KINDS };
  const argValues: Record<string, string[]> = {
    country: places,
    glossary: cat.corpus.glossary.map((g) => g.term).sort(),
    show: allIds(cat).filter((id) => !id.includes('/')),
    completion: [...SHELLS],
  };
  return {
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      options: c.options.map((o) => {
        const flag = o.long ?? o.short ?? o.flags;
        const values = flag === '--sort' ? sortValues[c.name()] : flag === '--type' ? typeValues[c.name()] : optionValues[flag];
        return { flag, description: o.description, ...(values && o.required ? { values: [...values] } : {}) };
      }),
      ...(argValues[c.name()] ? { argValues: argValues[c.name()] } : {}),
    })),
  };
}
