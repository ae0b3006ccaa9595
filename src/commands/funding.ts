// odaref funding [query]: every amount and named flow, filtered, with totals that never mix kinds.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { CURRENCIES, FUNDING_BASES, FUNDING_STATUSES } from '../corpus/enums.js';
import type { Currency, FundingBasis, FundingStatus } from '../corpus/types.js';
import { placeCode } from '../search/catalogue.js';
import { FUNDING_SORTS, queryFunding, type FundingFilters, type FundingSort } from '../search/funding.js';
import type { YearRange } from '../search/filters.js';
import { quoteInput, requireQuery, resolveOrganisation, resolvePlace } from '../search/resolve.js';
import { FUNDING_GROUPINGS, fundingAnswer, fundingByAnswer, fundingCompareAnswer, type FundingGrouping } from '../present/funding.js';
import { compareFunding } from '../search/compare.js';
import { choice, formatOf, parseYear, withOutputOptions, type OutputFlags } from './_options.js';

interface FundingFlags extends OutputFlags {
  country?: string;
  region?: string;
  partner?: string;
  status?: FundingStatus;
  basis?: FundingBasis;
  currency?: Currency;
  year?: YearRange;
  sort?: FundingSort;
  by?: FundingGrouping;
  compare?: string;
}

const CURRENCY_WORDS: Record<string, Currency> = { usd: 'USD', $: 'USD', dollar: 'USD', dollars: 'USD', jpy: 'JPY', '¥': 'JPY', yen: 'JPY' };

function parseCurrency(value: string): Currency {
  const c = CURRENCY_WORDS[value.trim().toLowerCase()];
  if (!c) return choice(CURRENCIES, '--currency')(value.toUpperCase());
  return c;
}

export function registerFunding(program: Command, ctx: Context): void {
  const cmd = program
    .command('funding')
    .description('every amount in the chapter, and the flows it names without one, with totals computed by odaref')
    .argument('[query]', 'words to search for in the purpose, channel, beneficiaries and amount')
    .option('--country <name>', 'only money for this country (regional money stays with its region)')
    .option('--region <name>', 'only money for this region or grouping, or for countries in it (e.g. Africa, ASEAN)')
    .option('--partner <name>', 'only money through this organisation or fund (e.g. UNICEF, "Peacebuilding Fund")')
    .option('--status <status>', `only ${FUNDING_STATUSES.join('|')}`, choice(FUNDING_STATUSES, '--status'))
    .option('--basis <basis>', `only ${FUNDING_BASES.join('|')}`, choice(FUNDING_BASES, '--basis'))
    .option('--currency <currency>', 'only USD or JPY', parseCurrency)
    .option('--year <year>', 'only money whose period overlaps this year (2018, or FY2018)', parseYear)
    .option('--sort <by>', `order by ${FUNDING_SORTS.join('|')} (default: section, or relevance with a query)`, choice(FUNDING_SORTS, '--sort'))
    .option('--by <group>', `grouped totals by ${FUNDING_GROUPINGS.join('|')} instead of a list`, choice(FUNDING_GROUPINGS, '--by'))
    .option('--compare <query>', 'a figure across editions: amounts whose channel or purpose matches, one series per currency and basis');
  withOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  odaref funding "Peacebuilding Fund"
  odaref funding --partner UNICEF
  odaref funding --region Africa --status announced
  odaref funding --by partner
  odaref funding --compare "Peacebuilding Fund"
  odaref funding --json | jq '.totals'`,
  );
  cmd.action(async (query: string | undefined, flags: FundingFlags) => {
    const format = formatOf(flags);
    const cat = ctx.catalogue(flags.corpus);
    if (query !== undefined) query = requireQuery(query, 'search query');
    if (flags.compare !== undefined) {
      if (query !== undefined || flags.by || flags.sort) throw new UsageError('--compare takes its own query and no other listing options.', 'odaref funding --compare "Peacebuilding Fund"');
      const q = requireQuery(flags.compare, '--compare query');
      const series = compareFunding(cat, q);
      if (series.length === 0) throw new NotFoundError(`No amount's channel or purpose matches ${quoteInput(q)}.`, 'Try the fund or organisation name, e.g. "Peacebuilding Fund".');
      await ctx.emit(fundingCompareAnswer(cat, q, series), { ...flags, format });
      return;
    }
    if (flags.by && flags.sort) throw new UsageError('--by prints grouped totals, which --sort does not order.', 'Give one of --by and --sort.');
    const region = flags.region !== undefined ? resolvePlace(cat, flags.region).value : undefined;
    const filters: FundingFilters = {
      country: flags.country !== undefined ? placeCode(resolvePlace(cat, flags.country).value) : undefined,
      region: region ? placeCode(region) : undefined,
      partner: flags.partner !== undefined ? resolveOrganisation(cat, flags.partner).value.id : undefined,
      status: flags.status,
      basis: flags.basis,
      currency: flags.currency,
      year: flags.year,
    };
    const matched = queryFunding(cat, query, filters, flags.sort ?? 'section');
    const filterEcho = { ...filters, year: flags.year?.label };
    if (matched.length === 0) {
      throw new NotFoundError(
        query !== undefined ? `No funding matches ${quoteInput(query)}${Object.values(filters).some((v) => v !== undefined) ? ' with these filters' : ''}.` : 'No funding matches these filters.',
        'Try fewer filters; "odaref funding" alone lists every amount.',
      );
    }
    const answer = flags.by
      ? fundingByAnswer(cat, query ?? null, filterEcho, flags.by, matched)
      : fundingAnswer(cat, query ?? null, filterEcho, matched.slice(0, flags.limit), matched, flags.sort);
    await ctx.emit(answer, { ...flags, format });
  });
}
