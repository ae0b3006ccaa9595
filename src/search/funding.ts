// The funding query: amounts and named flows, filtered by where, through whom, status, basis and year.
import { compareText } from './normalise.js';
import type { Currency, Funding, FundingBasis, FundingStatus } from '../corpus/types.js';
import type { Catalogue } from './catalogue.js';
import { FUNDING_KEYS, recordFuse } from './fuse-options.js';
import { lazyRecords, RecordIndex } from './record-index.js';
import { docField } from './programs.js';
import { overlapsYear, type YearRange } from './filters.js';

export const FUNDING_SORTS = ['amount', 'period', 'section'] as const;
export type FundingSort = (typeof FUNDING_SORTS)[number];

export interface FundingFilters {
  country?: string;
  /** A grouping id: regional money for it, and money for the countries in it. */
  region?: string;
  partner?: string;
  status?: FundingStatus;
  basis?: FundingBasis;
  currency?: Currency;
  year?: YearRange;
}

interface FundingDoc {
  record: Funding;
  purpose: string;
  channelNames: string[];
  beneficiaryNames: string[];
  amountText: string;
  themeNames: string[];
  quoteText: string;
  sectionTitle: string;
}

const indexes = new WeakMap<Catalogue, RecordIndex<FundingDoc>>();

export function fundingIndex(cat: Catalogue): RecordIndex<FundingDoc> {
  let index = indexes.get(cat);
  if (!index) {
    const funding = cat.corpus.funding;
    const docs = lazyRecords(funding.length, (i): FundingDoc => {
      const f = funding[i];
      return {
        record: f,
        purpose: f.purpose,
        channelNames: f.channel ? [cat.orgName(f.channel), cat.orgAcronym(f.channel) ?? ''] : [],
        beneficiaryNames: f.beneficiaries.map((b) => cat.placeName(b)),
        amountText: f.amountText ?? '',
        themeNames: f.themeNames,
        quoteText: f.quotes.map((q) => q.text).join(' '),
        sectionTitle: f.sectionPath.slice(1).join(' '),
      };
    });
    index = new RecordIndex(docs, FUNDING_KEYS, recordFuse<FundingDoc>(FUNDING_KEYS), docField, cat.savedIndex('funding'));
    indexes.set(cat, index);
  }
  return index;
}

export function queryFunding(cat: Catalogue, query: string | undefined, filters: FundingFilters, sort: FundingSort = 'section'): Funding[] {
  const found = query === undefined ? [...cat.corpus.funding] : fundingIndex(cat).search(query).map((h) => h.item.record);
  const kept = found.filter((f) => matchesFunding(cat, f, filters));
  if (query !== undefined && sort === 'section') return kept; // keep the search ranking unless asked
  return sortFunding(cat, kept, sort);
}

export function matchesFunding(cat: Catalogue, f: Funding, filters: FundingFilters): boolean {
  if (filters.country && !f.beneficiaries.includes(filters.country)) return false;
  if (filters.region && !f.beneficiaries.some((b) => b === filters.region || cat.groupingsOf(b).includes(filters.region!))) return false;
  if (filters.partner && f.channel !== filters.partner) return false;
  if (filters.status && f.status !== filters.status) return false;
  if (filters.basis && f.basis !== filters.basis) return false;
  if (filters.currency && f.currency !== filters.currency) return false;
  if (filters.year && !overlapsYear(f.period, filters.year)) return false;
  return true;
}

export function sortFunding(cat: Catalogue, records: Funding[], sort: FundingSort): Funding[] {
  const bySection = (a: Funding, b: Funding) => cat.textOrder(a) - cat.textOrder(b);
  const copy = [...records];
  if (sort === 'section') return copy.sort(bySection);
  if (sort === 'period') {
    return copy.sort((a, b) => compareText(a.period?.from ?? '9999', b.period?.from ?? '9999') || bySection(a, b));
  }
  // Largest first within a currency; amounts in different currencies are never compared.
  return copy.sort(
    (a, b) =>
      compareText(a.currency ?? '~', b.currency ?? '~') || (b.amount ?? -1) - (a.amount ?? -1) || bySection(a, b),
  );
}
