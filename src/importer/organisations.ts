// Organisations: the reference ones the chapter names, the new ones it introduces with an acronym
// or a short name ("World Health Organization (WHO)", "... Malaria (Global Fund)"), and a finder
// that locates every name, acronym and alias of them in a text.
import type { Organisation, OrganisationRecord, Origin, Paragraph } from '../corpus/types.js';
import type { AcronymMatch } from '../extract/acronyms.js';
import type { ParsedChapter } from './chapter.js';
import { IdAllocator, findWhole, kebab, sentenceAt, straightenApostrophes } from './text.js';

export interface AcronymFound {
  paragraph: Paragraph;
  match: AcronymMatch;
}

/** OrganisationRecord has no `origin` field yet; the imported corpus marks every record as extracted. */
export type ExtractedOrganisation = OrganisationRecord & { origin: Origin };

export interface OrganisationMention {
  id: string;
  text: string;
  start: number;
  end: number;
}

/** Words that make an expansion the name of a body rather than of a concept or a programme of work. */
const ORGANISATION_WORDS =
  /\b(?:Agency|Organi[sz]ation|Office|Programme|Program|Fund|Bank|Cent(?:re|er)|Commission|Committee|Ministry|Institute|Council|Union|Association|Foundation|Alliance|Facility|Secretariat|Bureau|Department|Corporation|Federation|Society|Authority)\b/;

/** Organisations kinds that act for Japan: never a channel, and the usual subject of a program. */
export const JAPANESE_ACTOR_KINDS = new Set(['japanese-government', 'japanese-agency']);

export function looksLikeOrganisation(name: string): boolean {
  return /^\p{Lu}/u.test(name) && ORGANISATION_WORDS.test(name);
}

/** Finds organisation names in text: longest first, whole words, case-sensitive, no overlaps. */
export class OrganisationFinder {
  private readonly needles: { id: string; text: string }[];

  constructor(readonly organisations: OrganisationRecord[]) {
    const seen = new Set<string>();
    this.needles = [];
    for (const o of organisations) {
      for (const text of [o.name, o.acronym, ...o.aliases]) {
        if (!text) continue;
        const key = `${o.id}\u0000${straightenApostrophes(text)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        this.needles.push({ id: o.id, text: straightenApostrophes(text) });
      }
    }
    this.needles.sort((a, b) => b.text.length - a.text.length);
  }

  // The same sentence is searched for several records: remember the answers.
  private readonly cache = new Map<string, OrganisationMention[]>();

  find(text: string): OrganisationMention[] {
    let found = this.cache.get(text);
    if (!found) this.cache.set(text, (found = this.search(text)));
    return found;
  }

  private search(text: string): OrganisationMention[] {
    const mentions: OrganisationMention[] = [];
    const straight = straightenApostrophes(text);
    for (const needle of this.needles) {
      if (!straight.includes(needle.text)) continue;
      for (const at of findWhole(straight, needle.text, true)) {
        if (mentions.some((m) => at.start < m.end && at.end > m.start)) continue;
        mentions.push({ id: needle.id, text: text.slice(at.start, at.end), start: at.start, end: at.end });
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  byId(id: string): OrganisationRecord | undefined {
    return this.organisations.find((o) => o.id === id);
  }
}

/** The reference organisation an acronym names: by its acronym or alias, or by its expansion. */
export function referenceOrganisationFor(acronym: string, expansion: string, organisations: OrganisationRecord[]): OrganisationRecord | undefined {
  const singular = acronym.replace(/(?<=\p{Lu})s$/u, '');
  const sameName = (a: string, b: string) => straightenApostrophes(a).toLowerCase() === straightenApostrophes(b).toLowerCase();
  return (
    organisations.find((o) => o.acronym === acronym || o.acronym === singular || o.aliases.includes(acronym) || o.aliases.includes(singular)) ??
    organisations.find((o) => [o.name, ...o.aliases].some((n) => sameName(n, expansion)))
  );
}

export interface ShortNameMatch {
  name: string;
  shortName: string;
  /** Offsets of the full name through the closing parenthesis. */
  start: number;
  end: number;
}

const NAME_LINK_WORDS = new Set(['of', 'and', 'for', 'to', 'on', 'in', 'against', 'the']);

/**
 * "the Global Fund to Fight AIDS, Tuberculosis and Malaria (Global Fund)": a capitalised name
 * followed by a shorter name made of its own words. Acronyms are left to extractAcronyms.
 */
export function extractShortNames(text: string): ShortNameMatch[] {
  const found: ShortNameMatch[] = [];
  for (const paren of text.matchAll(/\(([^()]{2,60})\)/g)) {
    const shortName = paren[1].trim();
    const shortWords = shortName.split(/\s+/);
    if (shortWords.length > 4 || !shortWords.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    const words = [...text.slice(0, paren.index).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
    // Walk back over the capitalised run before the parenthesis, through linking words and commas.
    let first = words.length;
    for (let i = words.length - 1; i >= 0; i--) {
      const gapEnd = i === words.length - 1 ? paren.index : words[i + 1].index;
      if (!/^[\s,]*$/.test(text.slice(words[i].index + words[i][0].length, gapEnd))) break;
      const word = words[i][0];
      if (/^\p{Lu}/u.test(word)) first = i;
      else if (!NAME_LINK_WORDS.has(word) || word === 'the') break;
    }
    if (first >= words.length) continue;
    const start = words[first].index;
    const name = text.slice(start, paren.index).trim().replace(/,$/, '');
    const nameWords = new Set(name.split(/[\s,]+/));
    if (name === shortName || !shortWords.every((w) => nameWords.has(w)) || !looksLikeOrganisation(name)) continue;
    found.push({ name, shortName, start, end: paren.index + paren[0].length });
  }
  return found;
}

/**
 * One new organisation per acronym or short name the chapter introduces that no reference
 * organisation matches, when the expansion names a body (Agency, Fund, Institute ...).
 */
export function newOrganisations(
  chapter: ParsedChapter,
  acronyms: AcronymFound[],
  reference: OrganisationRecord[],
  /** Ids an organisation must not take (the groupings': ids are unique across the corpus). */
  reservedIds: string[] = [],
): ExtractedOrganisation[] {
  const ids = new IdAllocator([...reference.map((o) => o.id), ...reservedIds]);
  const created: ExtractedOrganisation[] = [];
  const known = (name: string, short: string) =>
    referenceOrganisationFor(short, name, reference) ?? created.find((o) => o.acronym === short || o.aliases.includes(short) || o.name === name);
  const quoteAt = (paragraph: Paragraph, index: number) => {
    const sentence = sentenceAt(chapter.sentencesOf(paragraph), index);
    return { text: sentence.text, paragraph: paragraph.id };
  };
  for (const { paragraph, match } of acronyms) {
    if (match.loose || !looksLikeOrganisation(match.expansion) || known(match.expansion, match.acronym)) continue;
    created.push({
      id: ids.take(kebab(match.acronym) || 'organisation'),
      name: match.expansion,
      acronym: match.acronym,
      kind: 'other',
      aliases: [match.acronym],
      notes: 'Machine-extracted by odaref from the acronym the chapter expands; kind not determined.',
      origin: 'extracted',
      quotes: [quoteAt(paragraph, match.start)],
    });
  }
  for (const paragraph of chapter.paragraphs) {
    for (const match of extractShortNames(paragraph.text)) {
      if (known(match.name, match.shortName)) continue;
      created.push({
        id: ids.take(kebab(match.shortName)),
        name: match.name,
        kind: 'other',
        aliases: [match.shortName],
        notes: 'Machine-extracted by odaref from the short name the chapter gives in parentheses; kind not determined.',
        origin: 'extracted',
        quotes: [quoteAt(paragraph, match.start)],
      });
    }
  }
  return created;
}

/**
 * The organisation records of the imported corpus: every reference organisation the chapter
 * names (keeping its id, citing the first sentence that names it), the new ones, and any the
 * records need (the donor) even if unnamed.
 */
export function organisationRecords(
  chapter: ParsedChapter,
  finder: OrganisationFinder,
  reference: OrganisationRecord[],
  created: ExtractedOrganisation[],
  required: Set<string>,
): Organisation[] {
  const firstMention = new Map<string, { text: string; paragraph: string }>();
  for (const paragraph of chapter.paragraphs) {
    for (const m of finder.find(paragraph.text)) {
      if (firstMention.has(m.id)) continue;
      firstMention.set(m.id, { text: sentenceAt(chapter.sentencesOf(paragraph), m.start).text, paragraph: paragraph.id });
    }
  }
  const fromReference = reference
    .filter((o) => firstMention.has(o.id) || required.has(o.id))
    .map((o): ExtractedOrganisation => {
      const quote = firstMention.get(o.id);
      return {
        id: o.id,
        name: o.name,
        ...(o.acronym ? { acronym: o.acronym } : {}),
        kind: o.kind,
        ...(o.crsChannel ? { crsChannel: o.crsChannel } : {}),
        aliases: o.aliases,
        notes: quote
          ? 'Known from the bundled corpus; found in this chapter by name, acronym or alias.'
          : 'Known from the bundled corpus; not named in this chapter, but records here refer to it.',
        origin: 'extracted',
        quotes: quote ? [quote] : [],
      };
    });
  return [...fromReference, ...created].map((o) => ({ ...o, ...chapter.cite(o.quotes) }));
}
