// The counts `odaref import` reports: what the extractors found, by kind.
import type { Corpus } from '../corpus/types.js';
import type { ImportSummary } from './types.js';

export function summarise(corpus: Corpus): ImportSummary {
  const glossaryOf = (type: string) => corpus.glossary.filter((g) => g.type === type).length;
  return {
    sections: corpus.sections.length,
    paragraphs: corpus.paragraphs.length,
    amounts: corpus.funding.filter((f) => f.amount !== null).length,
    countries: corpus.countries.filter((c) => c.mentioned).length,
    acronyms: glossaryOf('acronym'),
    glossaryTerms: glossaryOf('glossary'),
    definitions: glossaryOf('concept'),
    programs: corpus.programs.length,
    figures: corpus.figures.length,
  };
}
