// One ranked list across programs, funding, countries, the glossary and the chapter's paragraphs.
// Quoted phrases must appear as phrases; the other words go through each kind's fuzzy search.
import type { Catalogue } from './catalogue.js';
import { programIndex } from './programs.js';
import { fundingIndex } from './funding.js';
import { glossaryIndex } from './glossary.js';
import { RecordIndex } from './record-index.js';
import { recordFuse } from './fuse-options.js';
import { fold } from './normalise.js';
import { fieldTokens } from './word-scanner.js';
import { docField } from './programs.js';

export const SEARCH_KINDS = ['program', 'funding', 'figure', 'country', 'glossary', 'paragraph'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  type: SearchKind;
  id: string;
  title: string;
  /** The passage the match is in. */
  snippet: string;
  section: string;
  sectionTitle: string;
  paragraphs: string[];
  score: number;
}

export interface ParsedQuery {
  phrases: string[];
  words: string[];
}

/** `"money laundering" Iran` -> phrases ["money laundering"], words ["iran"]. */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const rest = query.replace(/["“”]([^"“”]+)["“”]/g, (_m, phrase: string) => {
    if (phrase.trim()) phrases.push(phrase.trim());
    return ' ';
  });
  return { phrases, words: fieldTokens(rest) };
}

interface ParagraphDoc {
  id: string;
  text: string;
}

interface FigureDoc {
  id: string;
  text: string;
}

const FIGURE_KEYS = [{ name: 'text', weight: 1 }];
const figureIndexes = new WeakMap<Catalogue, RecordIndex<FigureDoc>>();

/** Counts that are not money (people trained, displaced), found by their value, unit or sentence. */
export function figureIndex(cat: Catalogue): RecordIndex<FigureDoc> {
  let index = figureIndexes.get(cat);
  if (!index) {
    const docs = cat.corpus.figures.map((f) => ({ id: f.id, text: [f.valueText, String(f.value), f.unit, f.description, ...f.quotes.map((q) => q.text)].join(' ') }));
    index = new RecordIndex(docs, FIGURE_KEYS, recordFuse<FigureDoc>(FIGURE_KEYS), docField, cat.savedIndex('figures'));
    figureIndexes.set(cat, index);
  }
  return index;
}

const paragraphIndexes = new WeakMap<Catalogue, RecordIndex<ParagraphDoc>>();
const PARAGRAPH_KEYS = [{ name: 'text', weight: 1 }];

export function paragraphIndex(cat: Catalogue): RecordIndex<ParagraphDoc> {
  let index = paragraphIndexes.get(cat);
  if (!index) {
    const docs = cat.corpus.paragraphs.map((p) => ({ id: p.id, text: p.text }));
    index = new RecordIndex(docs, PARAGRAPH_KEYS, recordFuse<ParagraphDoc>(PARAGRAPH_KEYS), docField, cat.savedIndex('paragraphs'));
    paragraphIndexes.set(cat, index);
  }
  return index;
}

/** Kinds in the order they are listed at equal relevance: curated records before raw text. */
const KIND_ORDER: SearchKind[] = ['country', 'glossary', 'program', 'funding', 'figure', 'paragraph'];

export function searchEverything(cat: Catalogue, query: string, kinds: readonly SearchKind[] = SEARCH_KINDS): SearchHit[] {
  const q = parseQuery(query);
  // A phrase-only query still needs words to search by: the phrase's own words.
  const words = q.words.length ? q.words : q.phrases.flatMap((p) => fieldTokens(p));
  if (words.length === 0) return [];
  const text = words.join(' ');
  const hits: SearchHit[] = [];
  const sectionTitle = (id: string) => cat.sections.get(id)?.title ?? '';

  if (kinds.includes('program')) {
    for (const h of programIndex(cat).search(text)) {
      const p = h.item.record;
      hits.push({ type: 'program', id: p.id, title: p.title, snippet: p.quotes[0]?.text ?? p.summary, section: p.section, sectionTitle: sectionTitle(p.section), paragraphs: p.paragraphs, score: h.score });
    }
  }
  if (kinds.includes('funding')) {
    for (const h of fundingIndex(cat).search(text)) {
      const f = h.item.record;
      const title = `${f.amountText ?? 'no amount stated'}: ${f.purpose}`;
      hits.push({ type: 'funding', id: f.id, title, snippet: f.quotes[0]?.text ?? f.purpose, section: f.section, sectionTitle: sectionTitle(f.section), paragraphs: f.paragraphs, score: h.score });
    }
  }
  if (kinds.includes('figure')) {
    const figures = new Map(cat.corpus.figures.map((f) => [f.id, f]));
    for (const h of figureIndex(cat).search(text)) {
      const f = figures.get(h.item.id)!;
      hits.push({ type: 'figure', id: f.id, title: `${f.valueText} ${f.unit}: ${f.description}`, snippet: f.quotes[0]?.text ?? f.description, section: f.section, sectionTitle: sectionTitle(f.section), paragraphs: f.paragraphs, score: h.score });
    }
  }
  if (kinds.includes('glossary')) {
    for (const h of glossaryIndex(cat).search(text)) {
      const g = h.item.record;
      const meaning = g.definition ?? g.expansions.map((e) => e.text).join(' / ');
      hits.push({ type: 'glossary', id: g.id, title: g.term, snippet: meaning || (g.quotes[0]?.text ?? ''), section: g.section, sectionTitle: sectionTitle(g.section), paragraphs: g.paragraphs, score: h.score });
    }
  }
  if (kinds.includes('country')) {
    const wanted = fold(words.join(' '));
    for (const c of cat.corpus.countries) {
      if (!c.mentioned) continue;
      const names = [c.name, ...c.aliases, ...c.demonyms, ...c.places].map(fold);
      const exact = names.includes(wanted) || words.every((w) => names.some((n) => n.split(' ').includes(w)));
      if (!exact) continue;
      // The passage shown is the first that holds a query word (Kurdistan, not Iraq's first mention).
      const holding = c.mentions.find((id) => words.some((w) => fold(cat.paragraphs.get(id)?.text ?? '').includes(w)));
      const first = cat.paragraphs.get(holding ?? c.mentions[0] ?? '');
      hits.push({
        type: 'country',
        id: c.alpha3,
        title: c.name,
        snippet: first?.text ?? '',
        section: first?.section ?? '',
        sectionTitle: first ? sectionTitle(first.section) : '',
        paragraphs: c.mentions,
        score: 0,
      });
    }
  }
  if (kinds.includes('paragraph')) {
    for (const h of paragraphIndex(cat).search(text)) {
      const p = cat.paragraphs.get(h.item.id)!;
      hits.push({ type: 'paragraph', id: p.id, title: sectionTitle(p.section), snippet: p.text, section: p.section, sectionTitle: sectionTitle(p.section), paragraphs: [p.id], score: h.score });
    }
  }

  const phrases = q.phrases.map(fold);
  const withPhrases = phrases.length
    ? hits.filter((h) => phrases.every((ph) => fold(`${h.title} ${h.snippet} ${h.paragraphs.map((id) => cat.paragraphs.get(id)?.text ?? '').join(' ')}`).includes(ph)))
    : hits;
  return withPhrases.sort((a, b) => a.score - b.score || KIND_ORDER.indexOf(a.type) - KIND_ORDER.indexOf(b.type));
}

/** The part of a long passage around the first query word, marked with ellipses where cut. */
export function snippetAround(text: string, query: string, width = 160): string {
  if (text.length <= width) return text;
  const q = parseQuery(query);
  const lower = text.toLowerCase();
  const positions = [...q.phrases, ...q.words].map((n) => lower.indexOf(n.toLowerCase())).filter((i) => i >= 0);
  const first = positions.length ? Math.min(...positions) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + width).trim()}${start + width < text.length ? '…' : ''}`;
}
