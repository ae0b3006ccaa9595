// The few facts about a corpus that most answers need from its larger lists: the display name of
// each place and organisation, and where each section and paragraph sits in the text. The corpus
// file keeps them as a part of their own (file.ts), so that a programs search or a funding listing
// reads 20 KB instead of the countries, organisations and paragraphs (190 KB); a corpus made in
// memory (a merge of several) has them worked out from its lists.
import type { Corpus } from './types.js';

export interface CorpusLookup {
  /** The name of every country and grouping, by code. */
  places: Record<string, string>;
  /** The name and acronym of every organisation, by id. */
  organisations: Record<string, [name: string, acronym: string | null]>;
  /** Each section's position in the text. */
  sectionOrder: Record<string, number>;
  /** Each paragraph's first line in the source. */
  paragraphLine: Record<string, number>;
}

export function lookupOf(corpus: Corpus): CorpusLookup {
  const places: Record<string, string> = {};
  for (const g of corpus.groupings) places[g.id] = g.name;
  for (const c of corpus.countries) places[c.alpha3] = c.name;
  return {
    places,
    organisations: Object.fromEntries(corpus.organisations.map((o) => [o.id, [o.name, o.acronym ?? null]])),
    sectionOrder: Object.fromEntries(corpus.sections.map((s, i) => [s.id, i])),
    paragraphLine: Object.fromEntries(corpus.paragraphs.map((p) => [p.id, p.lines[0] ?? 0])),
  };
}

/** obj[key] when obj holds key itself: never a property every object inherits ("constructor"). */
export function own<V>(obj: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
