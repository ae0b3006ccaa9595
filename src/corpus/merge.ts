// Several corpora (the bundled one and imported chapters) seen as one, so every command works
// across them unchanged. Ids of imported corpora are prefixed with "NAME:" so none can collide,
// and every record names the corpus and edition it came from.
import type { Corpus, Country, Figure, Funding, Glossary, Grouping, Organisation, Program, Quote } from './types.js';
import { BUNDLED } from './store.js';
import { whenLoaded } from './file.js';

export function prefixFor(name: string): string {
  return name === BUNDLED ? '' : `${name}:`;
}

export function mergeCorpora(parts: Corpus[]): Corpus {
  const [first] = parts;
  // The common case, the bundled corpus alone: tag its records in place rather than copy them all.
  if (parts.length === 1 && first.name === BUNDLED) return tagInPlace(first);
  const merged: Corpus = {
    ...first,
    name: parts.map((c) => c.name).join('+'),
    edition: Math.max(...parts.map((c) => c.edition)),
    sections: [],
    paragraphs: [],
    programs: [],
    funding: [],
    figures: [],
    organisations: [],
    countries: [],
    groupings: [],
    glossary: [],
    dacSectors: {},
    parts: parts.map((c) => ({ name: c.name, edition: c.edition, source: c.source })),
  };
  const countries = new Map<string, Country>();
  const groupings = new Map<string, Grouping>();
  const organisations = new Map<string, Organisation>();

  for (const c of parts) {
    const p = (id: string) => `${prefixFor(c.name)}${id}`;
    const tag = { corpus: c.name, edition: c.edition };
    const quotes = (qs: Quote[]) => qs.map((q) => ({ ...q, paragraph: q.paragraph && p(q.paragraph) }));
    const cite = <T extends { id: string; section: string; paragraphs: string[]; quotes: Quote[] }>(r: T): T => ({
      ...r,
      ...tag,
      id: p(r.id),
      section: r.section && p(r.section),
      paragraphs: r.paragraphs.map(p),
      quotes: quotes(r.quotes),
    });
    merged.sections.push(...c.sections.map((s) => ({ ...s, id: p(s.id), parent: s.parent && p(s.parent), paragraphs: s.paragraphs.map(p) })));
    merged.paragraphs.push(...c.paragraphs.map((para) => ({ ...para, id: p(para.id), section: p(para.section) })));
    merged.programs.push(...c.programs.map((r): Program => ({ ...cite(r), funding: r.funding.map(p) })));
    merged.funding.push(...c.funding.map((r): Funding => ({ ...cite(r), programs: r.programs.map(p), relations: r.relations.map((rel) => ({ ...rel, target: p(rel.target) })) })));
    merged.figures.push(...c.figures.map((r): Figure => ({ ...cite(r), ...(r.relatedFunding ? { relatedFunding: r.relatedFunding.map(p) } : {}) })));
    merged.glossary.push(
      ...c.glossary.map((r): Glossary => ({
        ...cite(r),
        usedIn: r.usedIn.map(p),
        expansions: r.expansions.map((e) => (e.quote ? { ...e, quote: { ...e.quote, paragraph: e.quote.paragraph && p(e.quote.paragraph) } } : e)),
      })),
    );
    for (const o of c.organisations) if (!organisations.has(o.id)) organisations.set(o.id, { ...cite({ ...o }), id: o.id });
    for (const country of c.countries) {
      const seen = countries.get(country.alpha3);
      const mentions = country.mentions.map(p);
      countries.set(country.alpha3, seen ? { ...seen, mentioned: seen.mentioned || country.mentioned, mentions: [...seen.mentions, ...mentions] } : { ...country, mentions });
    }
    for (const g of c.groupings) {
      const seen = groupings.get(g.id);
      const mentions = g.mentions.map(p);
      groupings.set(g.id, seen ? { ...seen, mentioned: seen.mentioned || g.mentioned, mentions: [...seen.mentions, ...mentions] } : { ...g, mentions });
    }
    Object.assign(merged.dacSectors, c.dacSectors);
  }
  merged.countries = [...countries.values()];
  merged.groupings = [...groupings.values()];
  merged.organisations = [...organisations.values()];
  return merged;
}

function tagInPlace(c: Corpus): Corpus {
  const tag = { corpus: c.name, edition: c.edition };
  // As each list is loaded: a lookup that never reads the programs never parses them (file.ts).
  for (const part of ['programs', 'funding', 'figures', 'glossary', 'organisations'] as const) {
    whenLoaded(c, part, (list) => {
      for (const r of list) Object.assign(r, tag);
    });
  }
  c.parts = [{ name: c.name, edition: c.edition, source: c.source }];
  return c;
}
