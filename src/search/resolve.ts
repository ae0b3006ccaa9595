// Name resolution shared by every command: countries and groupings, organisations, glossary terms.
// Misses and ties become NotFoundErrors carrying their suggestions; nothing here prints.
import { NotFoundError, UsageError } from '../errors.js';
import type { Catalogue, Place } from './catalogue.js';
import { NameTable, type MatchKind, type NameEntry, type NameMatch } from './name-table.js';
import type { Glossary, Organisation } from '../corpus/types.js';
import { sanitize, truncateForDisplay } from '../render/sanitize.js';

export interface Resolved<T> {
  value: T;
  via: MatchKind;
  matched: string;
}

const tables = new WeakMap<Catalogue, Map<string, NameTable<string>>>();

function table(cat: Catalogue, kind: string, make: () => NameTable<string>): NameTable<string> {
  let byKind = tables.get(cat);
  if (!byKind) tables.set(cat, (byKind = new Map()));
  let t = byKind.get(kind);
  if (!t) byKind.set(kind, (t = make()));
  return t;
}

/** Longer than any name or phrase in a white paper; past it a query is a paste gone wrong. */
export const MAX_QUERY_LENGTH = 500;

/**
 * A query as the search sees it: control characters and escape sequences pasted with it are
 * removed (so "\e[31mMyanmar" is Myanmar), and it must hold something and not be absurdly long.
 */
export function requireQuery(query: string, what: string, hint = `Give a ${what}, or leave it out to list everything.`): string {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new UsageError(`The ${what} is ${query.length} characters long; the limit is ${MAX_QUERY_LENGTH}.`, 'Search for a few words or a short phrase.');
  }
  const clean = sanitize(query).trim();
  if (clean === '') throw new UsageError(`The ${what} is empty.`, hint);
  return clean;
}

function placeTable(cat: Catalogue): NameTable<string> {
  return table(cat, 'place', () => {
    const entries: NameEntry<string>[] = [];
    for (const c of cat.corpus.countries) {
      entries.push({ name: c.name, key: c.alpha3, via: 'name' });
      entries.push({ name: c.alpha3, key: c.alpha3, via: 'code' }, { name: c.alpha2, key: c.alpha3, via: 'code' });
      for (const a of c.aliases) entries.push({ name: a, key: c.alpha3, via: 'alias' });
      for (const d of c.demonyms) entries.push({ name: d, key: c.alpha3, via: 'demonym' });
      for (const p of c.places) entries.push({ name: p, key: c.alpha3, via: 'place' });
    }
    for (const g of cat.corpus.groupings) {
      entries.push({ name: g.name, key: g.id, via: 'name' }, { name: g.id, key: g.id, via: 'code' });
      for (const a of g.aliases) entries.push({ name: a, key: g.id, via: 'alias' });
    }
    return new NameTable(entries, (code) => cat.place(code)?.record.mentioned ?? false);
  });
}

export function resolvePlace(cat: Catalogue, query: string): Resolved<Place> {
  const q = requireQuery(query, 'country name');
  const shown = quoteInput(q);
  // A canonical name typed as printed ("Myanmar") outranks everything: answer it without folding
  // the two thousand names and aliases the full table holds.
  const lower = q.toLowerCase();
  const direct = cat.corpus.countries.find((c) => c.name.toLowerCase() === lower)?.alpha3 ?? cat.corpus.groupings.find((g) => g.name.toLowerCase() === lower)?.id;
  const match: NameMatch<string> = direct ? { status: 'found', key: direct, via: 'name', matched: q } : placeTable(cat).resolve(q);
  if (match.status === 'none') {
    const names = match.suggestions.map((c) => cat.placeName(c));
    throw new NotFoundError(
      `No country or region matches ${shown}.${names.length ? ` Did you mean ${orList(names)}?` : ''}`,
      'odaref country --list shows every country the chapter names.',
      names,
    );
  }
  if (match.status === 'ambiguous') {
    const names = [...new Set(match.keys.map((c) => cat.placeName(c)))];
    const none = match.keys.every((c) => !cat.place(c)?.record.mentioned);
    throw new NotFoundError(
      `${shown} could be ${orList(names)}${none ? `; ${names.length === 2 ? 'neither is' : 'none is'} mentioned in this chapter` : ''}.`,
      none ? 'odaref country --list shows every country the chapter names.' : 'Type more of the name.',
      names,
    );
  }
  const place = cat.place(match.key)!;
  if (!place.record.mentioned) {
    throw new NotFoundError(
      `${place.record.name} is not mentioned in this chapter.`,
      'odaref country --list shows every country the chapter names.',
    );
  }
  return { value: place, via: match.via, matched: match.matched };
}

function orgTable(cat: Catalogue): NameTable<string> {
  return table(cat, 'org', () => {
    const entries: NameEntry<string>[] = [];
    for (const o of cat.corpus.organisations) {
      entries.push({ name: o.name, key: o.id, via: 'name' }, { name: o.id, key: o.id, via: 'code' });
      if (o.acronym) entries.push({ name: o.acronym, key: o.id, via: 'code' });
      for (const a of o.aliases) entries.push({ name: a, key: o.id, via: 'alias' });
    }
    return new NameTable(entries);
  });
}

export function resolveOrganisation(cat: Catalogue, query: string): Resolved<Organisation> {
  const q = requireQuery(query, 'partner name');
  const match = orgTable(cat).resolve(q);
  if (match.status === 'none') {
    const names = match.suggestions.map((id) => cat.orgLabel(id));
    throw new NotFoundError(
      `No organisation matches ${quoteInput(q)}.${names.length ? ` Did you mean ${orList(names)}?` : ''}`,
      'odaref glossary --type acronym lists the organisations by acronym.',
      names,
    );
  }
  if (match.status === 'ambiguous') {
    const names = match.keys.map((id) => cat.orgLabel(id));
    throw new NotFoundError(`${quoteInput(q)} could be ${orList(names)}.`, 'Type more of the name.', names);
  }
  return { value: cat.organisations.get(match.key)!, via: match.via, matched: match.matched };
}

function glossaryTable(cat: Catalogue): NameTable<string> {
  return table(cat, 'glossary', () => {
    const entries: NameEntry<string>[] = [];
    for (const g of cat.corpus.glossary) {
      entries.push({ name: g.term, key: g.id, via: 'name' });
      for (const e of g.expansions) entries.push({ name: e.text, key: g.id, via: 'alias' });
    }
    return new NameTable(entries);
  });
}

/** An exact term, acronym or expansion; fuzzy matches are left to the record search. */
export function findGlossaryExact(cat: Catalogue, query: string): Glossary[] {
  const match = glossaryTable(cat).resolve(query);
  if (match.status === 'found' && match.via !== 'fuzzy' && match.via !== 'prefix') return [cat.glossary.get(match.key)!];
  if (match.status === 'ambiguous' && match.via !== 'fuzzy' && match.via !== 'prefix') return match.keys.map((k) => cat.glossary.get(k)!);
  return [];
}

export function glossarySuggestions(cat: Catalogue, query: string): string[] {
  const match = glossaryTable(cat).resolve(query);
  if (match.status === 'none') return match.suggestions.map((k) => cat.glossary.get(k)!.term);
  if (match.status === 'ambiguous') return match.keys.map((k) => cat.glossary.get(k)!.term);
  return [cat.glossary.get(match.key)!.term];
}

/** User input echoed in a message: control characters removed, long input cut. */
export function quoteInput(input: string): string {
  return `'${truncateForDisplay(sanitize(input), 60)}'`;
}

export function orList(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
