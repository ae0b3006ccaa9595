// The glossary query: exact terms and acronyms first, then fuzzy over terms, expansions and definitions.
import { compareText } from './normalise.js';
import type { Glossary, GlossaryType } from '../corpus/types.js';
import type { Catalogue } from './catalogue.js';
import { GLOSSARY_KEYS, recordFuse } from './fuse-options.js';
import { lazyRecords, RecordIndex } from './record-index.js';
import { docField } from './programs.js';
import { findGlossaryExact } from './resolve.js';

/** The order the whole glossary is listed in: the chapter's own box first. */
export const GLOSSARY_TYPE_ORDER: GlossaryType[] = ['glossary', 'bold-term', 'acronym', 'concept'];

interface GlossaryDoc {
  record: Glossary;
  term: string;
  expansionTexts: string[];
  definition: string;
}

const indexes = new WeakMap<Catalogue, RecordIndex<GlossaryDoc>>();

export function glossaryIndex(cat: Catalogue): RecordIndex<GlossaryDoc> {
  let index = indexes.get(cat);
  if (!index) {
    const entries = cat.corpus.glossary;
    const docs = lazyRecords(entries.length, (i): GlossaryDoc => {
      const g = entries[i];
      return { record: g, term: g.term, expansionTexts: g.expansions.map((e) => e.text), definition: g.definition ?? '' };
    });
    index = new RecordIndex(docs, GLOSSARY_KEYS, recordFuse<GlossaryDoc>(GLOSSARY_KEYS), docField, cat.savedIndex('glossary'));
    indexes.set(cat, index);
  }
  return index;
}

export interface GlossaryAnswer {
  entries: Glossary[];
  /** True when the term matched a term, acronym or expansion exactly. */
  exact: boolean;
}

export function queryGlossary(cat: Catalogue, term: string | undefined, type?: GlossaryType): GlossaryAnswer {
  const ofType = (g: Glossary) => !type || g.type === type;
  if (term === undefined) {
    const all = [...cat.corpus.glossary].filter(ofType);
    all.sort((a, b) => GLOSSARY_TYPE_ORDER.indexOf(a.type) - GLOSSARY_TYPE_ORDER.indexOf(b.type) || compareText(a.term, b.term));
    return { entries: all, exact: false };
  }
  const exact = findGlossaryExact(cat, term).filter(ofType);
  if (exact.length > 0) return { entries: exact, exact: true };
  return { entries: glossaryIndex(cat).search(term).map((h) => h.item.record).filter(ofType), exact: false };
}
