// Everything the chapter says about one country or grouping: efforts, funding, mentions.
import { compareText } from './normalise.js';
import type { CountryRole, Funding, Program } from '../corpus/types.js';
import { placeCode, type Catalogue, type Place } from './catalogue.js';
import { fundingTotals, type FundingTotals } from './totals.js';

/** Roles that mean Japan acts for the place; the others (venue, host, a name) are mentions. */
export const EFFORT_ROLES: CountryRole[] = ['recipient', 'indirect-beneficiary'];

export interface PlaceProgram {
  program: Program;
  role: CountryRole;
  places: string[];
  note?: string;
}

export interface CountryReport {
  place: Place;
  efforts: PlaceProgram[];
  mentions: PlaceProgram[];
  funding: Funding[];
  totals: FundingTotals;
  /** Money for a region the country belongs to: shown for context, never counted for the country. */
  regionalFunding: Funding[];
  /** Paragraphs that name the place but hold no record listed above. */
  otherMentions: string[];
  /** For a grouping: the member countries the chapter names. */
  members: string[];
}

export function countryReport(cat: Catalogue, place: Place): CountryReport {
  const code = placeCode(place);
  const efforts: PlaceProgram[] = [];
  const mentions: PlaceProgram[] = [];
  for (const program of cat.corpus.programs) {
    for (const c of program.countries) {
      if (c.code !== code) continue;
      const entry = { program, role: c.role, places: c.places ?? [], ...(c.note ? { note: c.note } : {}) };
      (EFFORT_ROLES.includes(c.role) ? efforts : mentions).push(entry);
    }
  }
  const byText = (a: PlaceProgram, b: PlaceProgram) => cat.textOrder(a.program) - cat.textOrder(b.program);
  efforts.sort(byText);
  mentions.sort(byText);
  const funding = cat.corpus.funding.filter((f) => f.beneficiaries.includes(code)).sort((a, b) => cat.textOrder(a) - cat.textOrder(b));
  // Regional money may reach a recipient country; the donor (Japan) and non-recipients get none.
  const groupings = place.kind === 'country' && place.record.dacRegion ? cat.groupingsOf(code) : [];
  const regionalFunding = cat.corpus.funding.filter((f) => f.beneficiaries.some((b) => groupings.includes(b)));
  const covered = new Set([...efforts, ...mentions].flatMap((e) => e.program.paragraphs).concat(funding.flatMap((f) => f.paragraphs)));
  const otherMentions = place.record.mentions.filter((p) => !covered.has(p));
  const members = place.kind === 'grouping' ? cat.membersNamed(place.record).map((c) => c.alpha3) : [];
  return { place, efforts, mentions, funding, totals: fundingTotals(funding), regionalFunding, otherMentions, members };
}

export interface CountrySummary {
  alpha3: string;
  name: string;
  region: string | null;
  /** Efforts with the country as recipient or indirect beneficiary. */
  programs: number;
  /** Efforts where it is only a venue, host or mention. */
  mentions: number;
  funding: number;
}

export const COUNTRY_SORTS = ['name', 'programs', 'funding', 'region'] as const;
export type CountrySort = (typeof COUNTRY_SORTS)[number];

/** Every country the chapter names, with how much the corpus holds on it. */
export function listCountries(cat: Catalogue, sort: CountrySort = 'name'): CountrySummary[] {
  const rows = cat.corpus.countries
    .filter((c) => c.mentioned)
    .map((c) => ({
      alpha3: c.alpha3,
      name: c.name,
      region: c.dacRegionName,
      programs: cat.corpus.programs.filter((p) => p.countries.some((x) => x.code === c.alpha3 && EFFORT_ROLES.includes(x.role))).length,
      mentions: cat.corpus.programs.filter((p) => p.countries.some((x) => x.code === c.alpha3 && !EFFORT_ROLES.includes(x.role))).length,
      funding: cat.corpus.funding.filter((f) => f.beneficiaries.includes(c.alpha3)).length,
    }));
  const byName = (a: CountrySummary, b: CountrySummary) => compareText(a.name, b.name);
  const sorters: Record<CountrySort, (a: CountrySummary, b: CountrySummary) => number> = {
    name: byName,
    programs: (a, b) => b.programs - a.programs || byName(a, b),
    funding: (a, b) => b.funding - a.funding || byName(a, b),
    region: (a, b) => compareText(a.region ?? '~', b.region ?? '~') || byName(a, b),
  };
  return rows.sort(sorters[sort]);
}
