// Glossary: acronyms with their expansions as printed, inline definitions, the chapter's glossary
// box, and bold terms the chapter never defines (recorded as such, with nothing invented).
import type { Expansion, Glossary, GlossaryRecord, OrganisationRecord, Paragraph, Quote } from '../corpus/types.js';
import { extractInlineDefinitions } from '../extract/definitions.js';
import type { ParsedChapter } from './chapter.js';
import { referenceOrganisationFor, type AcronymFound } from './organisations.js';
import { IdAllocator, kebab, sentenceAt, unique } from './text.js';
import { sectionsUsing } from '../corpus/usage.js';

const MACHINE_NOTE = 'Machine-extracted by odaref and not reviewed.';
const DEFINITION_PARAGRAPH_KINDS = new Set(['body', 'caption', 'footnote']);

export function extractGlossary(chapter: ParsedChapter, acronyms: AcronymFound[], organisations: OrganisationRecord[]): Glossary[] {
  const ids = new IdAllocator();
  const records: GlossaryRecord[] = [];
  const box = glossaryBox(chapter, ids);
  records.push(...acronymRecords(chapter, acronyms, organisations, ids));
  const boxTerms = new Set(box.map((g) => g.term.toLowerCase()));
  records.push(...inlineDefinitions(chapter, ids, boxTerms));
  records.push(...box);
  records.push(...undefinedBoldTerms(chapter, ids, boxTerms));
  return records.map((g) => ({ ...g, ...chapter.cite(g.quotes), usedIn: sectionsUsing(g, chapter.paragraphs) }));
}

function sentenceQuote(chapter: ParsedChapter, paragraph: Paragraph, index: number): Quote {
  return { text: sentenceAt(chapter.sentencesOf(paragraph), index).text, paragraph: paragraph.id };
}

function uniqueQuotes(quotes: Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.paragraph}\u0000${q.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- acronyms ----

function acronymRecords(chapter: ParsedChapter, acronyms: AcronymFound[], organisations: OrganisationRecord[], ids: IdAllocator): GlossaryRecord[] {
  // "PKO" and "PKOs" are one entry, under the form printed first.
  const byKey = new Map<string, AcronymFound[]>();
  for (const found of acronyms) {
    const key = found.match.acronym.replace(/(?<=\p{Lu})s$/u, '');
    byKey.set(key, [...(byKey.get(key) ?? []), found]);
  }
  return [...byKey.values()].map((found) => {
    const term = found[0].match.acronym;
    const expansions: Expansion[] = [];
    for (const { paragraph, match } of found) {
      if (expansions.some((e) => e.text === match.expansion)) continue;
      expansions.push({ text: match.expansion, origin: 'text', quote: { text: match.text, paragraph: paragraph.id } });
    }
    const organisation = referenceOrganisationFor(term, found[0].match.expansion, organisations);
    const loose = found.some((f) => f.match.loose);
    return {
      id: ids.take(`gl-${kebab(term)}`),
      term,
      type: 'acronym' as const,
      expansions,
      definition: null,
      definitionOrigin: null,
      ...(organisation ? { organisation: organisation.id } : {}),
      notes: loose ? `${MACHINE_NOTE} The letters do not account for the whole expansion; the name before the parenthesis is given as printed.` : MACHINE_NOTE,
      origin: 'extracted' as const,
      quotes: uniqueQuotes(found.map(({ paragraph, match }) => sentenceQuote(chapter, paragraph, match.start))),
    };
  });
}

// ---- inline definitions ----

function inlineDefinitions(chapter: ParsedChapter, ids: IdAllocator, boxTerms: Set<string>): GlossaryRecord[] {
  const records: GlossaryRecord[] = [];
  const seen = new Set(boxTerms);
  for (const paragraph of chapter.paragraphs) {
    if (!DEFINITION_PARAGRAPH_KINDS.has(paragraph.kind)) continue;
    for (const match of extractInlineDefinitions(paragraph.text)) {
      if (seen.has(match.term.toLowerCase())) continue;
      seen.add(match.term.toLowerCase());
      const sentence = sentenceQuote(chapter, paragraph, match.start);
      // The sentence split may cut a long description; the match itself is always verbatim.
      const quote = sentence.text.includes(match.text) ? sentence : { text: match.text, paragraph: paragraph.id };
      records.push({
        id: ids.take(`gl-${kebab(match.term)}`),
        term: match.term,
        type: 'concept',
        expansions: [],
        definition: match.definition,
        definitionOrigin: 'inline',
        notes: `${MACHINE_NOTE} ${match.form === 'term-first' ? 'The parenthesis after the term is taken as its definition.' : 'The parenthesised term names what the words before it describe, which are taken as its definition.'}`,
        origin: 'extracted',
        quotes: [quote],
      });
    }
  }
  return records;
}

// ---- the glossary box ----

interface BoxEntry {
  term: Paragraph;
  body: Paragraph[];
}

function glossaryBox(chapter: ParsedChapter, ids: IdAllocator): GlossaryRecord[] {
  const entries: BoxEntry[] = [];
  for (const section of chapter.sections.filter((s) => s.kind === 'glossary')) {
    for (const id of section.paragraphs) {
      const paragraph = chapter.paragraphById.get(id)!;
      if (paragraph.kind === 'glossary-term') entries.push({ term: paragraph, body: [] });
      else if (paragraph.kind === 'glossary-definition') entries[entries.length - 1]?.body.push(paragraph);
    }
  }
  const boldUses = boldOccurrences(chapter);
  return entries.map(({ term, body }) => {
    const first = body[0];
    const example = first ? /\bExamples?\s*:\s*/.exec(first.text) : null;
    const definition = first ? (example ? first.text.slice(0, example.index) : first.text).trim() : null;
    const exampleText = example ? first!.text.slice(example.index + example[0].length).trim() : body.find((p) => /^Examples?\s*:/.test(p.text))?.text.replace(/^Examples?\s*:\s*/, '');
    const uses = boldUses.get(term.text.toLowerCase()) ?? [];
    const quotes: Quote[] = [{ text: term.text, paragraph: term.id }];
    if (definition) quotes.push({ text: definition, paragraph: first!.id });
    quotes.push(...uses);
    return {
      id: ids.take(`gl-${kebab(term.text)}`),
      term: term.text,
      type: 'glossary' as const,
      expansions: [],
      definition: definition || null,
      definitionOrigin: definition ? ('glossary' as const) : null,
      ...(exampleText ? { example: exampleText } : {}),
      ...(uses.length ? { bold: true } : {}),
      ...(definition ? {} : { noDefinition: true }),
      notes: definition ? `${MACHINE_NOTE} From the chapter's glossary box.` : `${MACHINE_NOTE} The glossary box names this term but no definition follows it.`,
      origin: 'extracted' as const,
      quotes: uniqueQuotes(quotes),
    };
  });
}

/** Bold terms, lower-cased, with the sentences that print them in bold. */
function boldOccurrences(chapter: ParsedChapter): Map<string, Quote[]> {
  const uses = new Map<string, Quote[]>();
  for (const paragraph of chapter.paragraphs) {
    for (const bold of paragraph.bold) {
      const at = paragraph.text.indexOf(bold.term);
      if (at < 0) continue;
      const key = bold.term.toLowerCase();
      uses.set(key, uniqueQuotes([...(uses.get(key) ?? []), sentenceQuote(chapter, paragraph, at)]));
    }
  }
  return uses;
}

// ---- bold terms with no glossary entry ----

function undefinedBoldTerms(chapter: ParsedChapter, ids: IdAllocator, boxTerms: Set<string>): GlossaryRecord[] {
  const uses = boldOccurrences(chapter);
  const records: GlossaryRecord[] = [];
  const done = new Set<string>();
  for (const paragraph of chapter.paragraphs) {
    for (const bold of paragraph.bold) {
      const key = bold.term.toLowerCase();
      if (boxTerms.has(key) || done.has(key) || !uses.has(key)) continue;
      done.add(key);
      const starred = chapter.paragraphs.some((p) => p.bold.some((b) => b.glossary && b.term.toLowerCase() === key));
      records.push({
        id: ids.take(`gl-${kebab(bold.term)}`),
        term: bold.term,
        type: 'bold-term',
        expansions: [],
        definition: null,
        definitionOrigin: null,
        bold: true,
        noDefinition: true,
        notes: starred
          ? `${MACHINE_NOTE} Printed in bold with the glossary asterisk, but the chapter's glossary has no entry for it; no definition is given.`
          : `${MACHINE_NOTE} Printed in bold; the chapter does not define it, so no definition is given.`,
        origin: 'extracted',
        quotes: uses.get(key)!,
      });
    }
  }
  return records;
}

