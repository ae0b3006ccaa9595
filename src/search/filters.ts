// Filters shared by the record queries: periods overlapping a year, sections by prefix, themes.
import type { Period } from '../corpus/types.js';
import type { Catalogue } from './catalogue.js';
import { UsageError } from '../errors.js';
import { fold } from './normalise.js';
import { orList, quoteInput } from './resolve.js';

/** A calendar or fiscal year as inclusive ISO dates. */
export interface YearRange {
  label: string;
  from: string;
  to: string;
}

/**
 * A period overlaps the year when it starts before the year ends and ends after it starts. A
 * period whose start the text does not give ("up until now") matches no year: it could be any.
 */
export function overlapsYear(period: Period | null, year: YearRange): boolean {
  if (!period || period.from === null) return false;
  return period.from <= year.to && (period.to ?? '9999-12-31') >= year.from;
}

/** "2-2" holds "2-2(1)" and "2-2(1).efforts"; "2-2(3).C" holds its topics. */
export function inSection(sectionId: string, wanted: string): boolean {
  return sectionId === wanted || sectionId.startsWith(`${wanted}.`) || sectionId.startsWith(`${wanted}(`);
}

export function checkSection(cat: Catalogue, wanted: string): string {
  const id = wanted.trim();
  if (cat.sections.has(id)) return id;
  const near = cat.corpus.sections.map((s) => s.id).filter((s) => s.startsWith(id.slice(0, 3)));
  throw new UsageError(`There is no section ${quoteInput(id)}.`, near.length ? `Sections include ${orList(near.slice(0, 6))}.` : 'Section ids look like 2-1, 2-2(1) or 2-2(3).C.');
}

/** A DAC purpose code, or words of a purpose name ("land mines"), to the codes the corpus uses. */
export function resolveThemes(cat: Catalogue, wanted: string): Set<number> {
  const q = wanted.trim();
  if (/^\d{5}$/.test(q)) {
    if (!cat.corpus.dacSectors[q]) throw new UsageError(`No record uses DAC purpose code ${q}.`, 'Try a name instead, e.g. --theme "land mines".');
    return new Set([Number(q)]);
  }
  // Whole words or word starts: "mine" finds "mines", "foo" does not find "food".
  const words = fold(q).split(' ').filter(Boolean);
  const codes = Object.entries(cat.corpus.dacSectors)
    .filter(([, name]) => {
      const nameWords = fold(name).split(/[^\p{L}\p{N}]+/u);
      return words.every((w) => nameWords.some((n) => n === w || (w.length >= 4 && n.startsWith(w)) || (w.length >= 4 && n.startsWith(w.replace(/s$/, '')))));
    })
    .map(([code]) => Number(code));
  if (codes.length === 0) {
    throw new UsageError(`No DAC purpose used in this chapter matches ${quoteInput(q)}.`, `Codes used: ${Object.keys(cat.corpus.dacSectors).slice(0, 8).join(', ')} ...`);
  }
  return new Set(codes);
}
