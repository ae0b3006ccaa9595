// odaref programs [query]: the efforts the chapter describes, fuzzy-searched and filtered.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { placeCode } from '../search/catalogue.js';
import { queryPrograms, type ProgramFilters } from '../search/programs.js';
import { checkSection, resolveThemes, type YearRange } from '../search/filters.js';
import { requireQuery, resolveOrganisation, resolvePlace, quoteInput } from '../search/resolve.js';
import { programsAnswer } from '../present/programs.js';
import { formatOf, parseYear, withOutputOptions, type OutputFlags } from './_options.js';

interface ProgramFlags extends OutputFlags {
  country?: string;
  partner?: string;
  section?: string;
  year?: YearRange;
  theme?: string;
}

export function registerPrograms(program: Command, ctx: Context): void {
  const cmd = program
    .command('programs')
    .description('the efforts the chapter describes: courses, contributions, projects, frameworks, events')
    .argument('[query]', 'words to search for in titles, summaries, partners, countries and themes')
    .option('--country <name>', 'only efforts involving this country or region')
    .option('--partner <name>', 'only efforts with this organisation as actor or partner')
    .option('--section <id>', 'only efforts in this section (e.g. 2-2(1))')
    .option('--year <year>', 'only efforts whose period overlaps this year (2018, or FY2018 for April 2018-March 2019)', parseYear)
    .option('--theme <code|name>', 'only efforts with this OECD DAC purpose (15250, or "land mines")');
  withOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  odaref programs landmine
  odaref programs --country Cambodia
  odaref programs --partner UNODC --year 2018
  odaref programs --theme 15130 --format csv`,
  );
  cmd.action(async (query: string | undefined, flags: ProgramFlags) => {
    const format = formatOf(flags);
    const cat = ctx.catalogue(flags.corpus);
    if (query !== undefined) query = requireQuery(query, 'search query');
    const filters: ProgramFilters = {
      country: flags.country !== undefined ? placeCode(resolvePlace(cat, flags.country).value) : undefined,
      partner: flags.partner !== undefined ? resolveOrganisation(cat, flags.partner).value.id : undefined,
      section: flags.section !== undefined ? checkSection(cat, requireQuery(flags.section, 'section id')) : undefined,
      year: flags.year,
      themes: flags.theme !== undefined ? resolveThemes(cat, requireQuery(flags.theme, 'theme')) : undefined,
    };
    const found = queryPrograms(cat, query, filters);
    const shown = found.slice(0, flags.limit);
    const filterEcho = { ...filters, year: flags.year?.label, themes: filters.themes ? [...filters.themes] : undefined };
    if (found.length === 0) {
      throw new NotFoundError(
        query !== undefined ? `No program matches ${quoteInput(query)}${hasFilters(filters) ? ' with these filters' : ''}.` : 'No program matches these filters.',
        'Try fewer words or filters; "odaref programs" alone lists them all.',
      );
    }
    const answer = programsAnswer(cat, query ?? null, filterEcho, shown, found.length);
    if (filters.themes && flags.theme && !/^\s*\d{5}\s*$/.test(flags.theme)) {
      answer.notes = [`(theme '${flags.theme.trim()}': ${[...filters.themes].map((t) => `${t} ${cat.corpus.dacSectors[t]}`).join('; ')})`];
    }
    await ctx.emit(answer, { ...flags, format });
  });
}

function hasFilters(f: ProgramFilters): boolean {
  return Object.values(f).some((v) => v !== undefined);
}
