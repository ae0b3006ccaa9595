// Lookup maps over a loaded corpus (by id, by code), built once per run and only when first asked for.
import type { SavedIndexes } from './index-file.js';
import type { WordIndexData } from './vocabulary.js';
import { lookupOf, own, type CorpusLookup } from '../corpus/lookup.js';
import { savedLookup } from '../corpus/file.js';
import type { Corpus, Country, Funding, Glossary, Grouping, Organisation, Paragraph, Program, Section } from '../corpus/types.js';

export type Place = { kind: 'country'; record: Country } | { kind: 'grouping'; record: Grouping };

export function placeCode(place: Place): string {
  return place.kind === 'country' ? place.record.alpha3 : place.record.id;
}

export class Catalogue {
  constructor(
    readonly corpus: Corpus,
    /** Word indexes saved for this corpus by the build (index-file.ts), when it is the bundled one alone. */
    private readonly saved?: SavedIndexes,
  ) {}

  /** The saved word index of one kind of record, for RecordIndex: undefined makes it afresh. */
  savedIndex(kind: string): (signature: string) => WordIndexData | undefined {
    return (signature) => this.saved?.(kind, signature);
  }

  private memo = new Map<string, unknown>();
  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  get organisations(): Map<string, Organisation> {
    return this.once('orgs', () => new Map(this.corpus.organisations.map((o) => [o.id, o])));
  }
  get countries(): Map<string, Country> {
    return this.once('countries', () => new Map(this.corpus.countries.map((c) => [c.alpha3, c])));
  }
  get groupings(): Map<string, Grouping> {
    return this.once('groupings', () => new Map(this.corpus.groupings.map((g) => [g.id, g])));
  }
  get sections(): Map<string, Section> {
    return this.once('sections', () => new Map(this.corpus.sections.map((s) => [s.id, s])));
  }
  get paragraphs(): Map<string, Paragraph> {
    return this.once('paragraphs', () => new Map(this.corpus.paragraphs.map((p) => [p.id, p])));
  }
  get funding(): Map<string, Funding> {
    return this.once('funding', () => new Map(this.corpus.funding.map((f) => [f.id, f])));
  }
  get programs(): Map<string, Program> {
    return this.once('programs', () => new Map(this.corpus.programs.map((p) => [p.id, p])));
  }
  get glossary(): Map<string, Glossary> {
    return this.once('glossary', () => new Map(this.corpus.glossary.map((g) => [g.id, g])));
  }

  /** Names and text positions: the corpus file's lookup part when it has one, else worked out. */
  private get lookup(): CorpusLookup {
    return this.once('lookup', () => savedLookup(this.corpus) ?? lookupOf(this.corpus));
  }

  /** The order of a record in the text: its section, then its first paragraph's first line. */
  textOrder(record: { section: string; paragraphs: string[] }): number {
    const { sectionOrder, paragraphLine } = this.lookup;
    return (own(sectionOrder, record.section) ?? 1e6) * 1e4 + (own(paragraphLine, record.paragraphs[0]) ?? 0);
  }

  placeName(code: string): string {
    return own(this.lookup.places, code) ?? code;
  }

  place(code: string): Place | undefined {
    const c = this.countries.get(code);
    if (c) return { kind: 'country', record: c };
    const g = this.groupings.get(code);
    return g ? { kind: 'grouping', record: g } : undefined;
  }

  orgLabel(id: string): string {
    const o = own(this.lookup.organisations, id);
    return o ? (o[1] ?? o[0]) : id;
  }

  orgName(id: string): string {
    return own(this.lookup.organisations, id)?.[0] ?? id;
  }

  orgAcronym(id: string): string | null {
    return own(this.lookup.organisations, id)?.[1] ?? null;
  }

  /** Members of a grouping that the chapter names: fixed members, or countries tagged with it. */
  membersNamed(grouping: Grouping): Country[] {
    const fixed = new Set(grouping.members ?? []);
    return this.corpus.countries.filter((c) => c.mentioned && (fixed.has(c.alpha3) || c.groupings.includes(grouping.id)));
  }

  /** Groupings a code lies in (a grouping: itself and the larger ones around it), for region filters. */
  groupingsOf(code: string): string[] {
    const c = this.countries.get(code);
    const direct = c
      ? [...c.groupings, ...this.corpus.groupings.filter((g) => g.members?.includes(code)).map((g) => g.id)]
      : [code];
    const all = new Set<string>();
    const visit = (id: string) => {
      if (all.has(id)) return;
      all.add(id);
      this.groupings.get(id)?.within?.forEach(visit);
    };
    direct.forEach(visit);
    return [...all];
  }
}
