// The parsed chapter as every extractor sees it: paragraphs and sections by id, each paragraph's
// sentences (computed once), and the citation a record gets from its quotes.
import type { Citation, Paragraph, Quote, Section } from '../corpus/types.js';
import { parseChapter } from '../corpus/parse.js';
import { splitSentences, unique, type Span } from './text.js';

export interface ParsedChapter {
  sections: Section[];
  paragraphs: Paragraph[];
  parseWarnings: string[];
  /** True when no heading was recognised and everything sits in section "0". */
  headingless: boolean;
  paragraphById: Map<string, Paragraph>;
  sectionById: Map<string, Section>;
  sentencesOf(paragraph: Paragraph): Span[];
  cite(quotes: Quote[]): Citation;
}

/** Parses the text; a file with no headings becomes one section "0" titled from the file name. */
export function readChapter(text: string, sourceFile: string): ParsedChapter {
  const doc = parseChapter(text);
  const headingless = doc.sections.length > 0 && doc.sections.every((s) => s.id === '0' && s.title === 'Untitled');
  if (headingless) {
    const title = fileTitle(sourceFile);
    for (const s of doc.sections) Object.assign(s, { title, path: [title] });
  }
  const paragraphById = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const sectionById = new Map(doc.sections.map((s) => [s.id, s]));
  const sentenceCache = new Map<string, Span[]>();
  return {
    sections: doc.sections,
    paragraphs: doc.paragraphs,
    parseWarnings: doc.warnings,
    headingless,
    paragraphById,
    sectionById,
    sentencesOf(paragraph) {
      let spans = sentenceCache.get(paragraph.id);
      if (!spans) sentenceCache.set(paragraph.id, (spans = splitSentences(paragraph.text)));
      return spans;
    },
    cite(quotes) {
      // Exactly as the build does: the first quoted paragraph gives the section.
      const paragraphs = unique(quotes.map((q) => q.paragraph).filter((p): p is string => Boolean(p)));
      const section = paragraphs.length ? paragraphById.get(paragraphs[0])!.section : '';
      return { section, sectionPath: section ? sectionById.get(section)!.path : [], paragraphs };
    },
  };
}

/** "chapters/global-health.txt" -> "global-health". */
export function fileTitle(sourceFile: string): string {
  const base = sourceFile.split(/[\\/]/).pop() ?? sourceFile;
  return base.replace(/\.[^.]+$/, '') || 'Imported text';
}
