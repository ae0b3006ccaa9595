// The programs query: fuzzy words over what an effort is and who and where it involves, then filters.
import type { Program } from '../corpus/types.js';
import type { Catalogue } from './catalogue.js';
import { PROGRAM_KEYS, recordFuse } from './fuse-options.js';
import { lazyRecords, RecordIndex } from './record-index.js';
import { inSection, overlapsYear, type YearRange } from './filters.js';

export interface ProgramFilters {
  country?: string;
  partner?: string;
  section?: string;
  year?: YearRange;
  themes?: Set<number>;
}

export interface ProgramDoc {
  record: Program;
  title: string;
  summary: string;
  partnerNames: string[];
  countryNames: string[];
  actorNames: string[];
  themeNames: string[];
  quoteText: string;
  sectionTitle: string;
}

const indexes = new WeakMap<Catalogue, RecordIndex<ProgramDoc>>();

export function programIndex(cat: Catalogue): RecordIndex<ProgramDoc> {
  let index = indexes.get(cat);
  if (!index) {
    // Made for the records a search reaches: on the saved word index, only its candidates.
    const programs = cat.corpus.programs;
    const docs = lazyRecords(programs.length, (i) => programDoc(cat, programs[i]));
    index = new RecordIndex(docs, PROGRAM_KEYS, recordFuse<ProgramDoc>(PROGRAM_KEYS), docField, cat.savedIndex('programs'));
    indexes.set(cat, index);
  }
  return index;
}

export function programDoc(cat: Catalogue, p: Program): ProgramDoc {
  const org = (id: string) => [cat.orgName(id), cat.orgAcronym(id) ?? ''].filter(Boolean).join(' ');
  return {
    record: p,
    title: p.title,
    summary: p.summary,
    partnerNames: p.partners.map(org),
    countryNames: p.countries.flatMap((c) => [cat.placeName(c.code), ...(c.places ?? [])]),
    actorNames: p.actors.map(org),
    themeNames: p.themeNames,
    quoteText: p.quotes.map((q) => q.text).join(' '),
    sectionTitle: p.sectionPath.slice(1).join(' '),
  };
}

export function docField(doc: object, key: string): string {
  const v = (doc as Record<string, unknown>)[key];
  return Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '';
}

export function queryPrograms(cat: Catalogue, query: string | undefined, filters: ProgramFilters): Program[] {
  const found = query === undefined
    ? [...cat.corpus.programs].sort((a, b) => cat.textOrder(a) - cat.textOrder(b))
    : programIndex(cat).search(query).map((h) => h.item.record);
  return found.filter((p) => matchesProgram(p, filters));
}

export function matchesProgram(p: Program, f: ProgramFilters): boolean {
  if (f.country && !p.countries.some((c) => c.code === f.country)) return false;
  if (f.partner && !p.partners.includes(f.partner) && !p.actors.includes(f.partner)) return false;
  if (f.section && !inSection(p.section, f.section)) return false;
  if (f.year && !overlapsYear(p.period, f.year)) return false;
  if (f.themes && !p.themes.some((t) => f.themes!.has(t))) return false;
  return true;
}
