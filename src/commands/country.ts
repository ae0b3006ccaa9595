// odaref country [name]: what Japan does in a country or region, and the money for it.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { COUNTRY_SORTS, countryReport, listCountries, type CountrySort } from '../search/country.js';
import { resolvePlace } from '../search/resolve.js';
import { countryAnswer, countryListAnswer } from '../present/country.js';
import { choice, formatOf, withOutputOptions, type OutputFlags } from './_options.js';

interface CountryFlags extends OutputFlags {
  list?: boolean;
  sort?: CountrySort;
}

export function registerCountry(program: Command, ctx: Context): void {
  const cmd = program
    .command('country')
    .description('what Japan does in a country or region, with its funding and where it is only named')
    .argument('[name]', 'country, ISO code, alias, demonym, place or region (e.g. Myanmar, MMR, Burma, Rakhine, ASEAN)')
    .option('--list', 'list every country the chapter names')
    .option('--sort <by>', `sort the list by ${COUNTRY_SORTS.join('|')}`, choice(COUNTRY_SORTS, '--sort'));
  withOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  odaref country Myanmar
  odaref country "cote d'ivoire"
  odaref country Africa
  odaref country --list --sort programs
  odaref country Laos --json`,
  );
  cmd.action(async (name: string | undefined, flags: CountryFlags) => {
    const format = formatOf(flags);
    const cat = ctx.catalogue(flags.corpus);
    if (name === undefined || flags.list) {
      if (name !== undefined) throw new UsageError('--list takes no country name.', 'Use "odaref country NAME" or "odaref country --list".');
      const all = listCountries(cat, flags.sort ?? 'name');
      await ctx.emit(countryListAnswer(cat, all.slice(0, flags.limit), all.length, flags.sort ?? 'name'), { ...flags, format });
      return;
    }
    if (flags.sort) throw new UsageError('--sort applies to the country list.', 'Use "odaref country --list --sort programs".');
    const resolved = resolvePlace(cat, name);
    await ctx.emit(countryAnswer(cat, name, resolved, countryReport(cat, resolved.value), flags.limit), { ...flags, format });
  });
}
