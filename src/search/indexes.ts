// Every kind of record that is searched through a word index, by the name its saved index is
// filed under (index-file.ts): the build saves each one, a test checks each is current.
import type { Catalogue } from './catalogue.js';
import { figureIndex, paragraphIndex } from './everything.js';
import { fundingIndex } from './funding.js';
import { glossaryIndex } from './glossary.js';
import { programIndex } from './programs.js';
import type { WordIndexData } from './vocabulary.js';

/** What saving an index needs of a RecordIndex. */
interface Indexed {
  signature: string;
  wordIndexData(): WordIndexData;
}

export const SEARCH_INDEXES: Record<string, (cat: Catalogue) => Indexed> = {
  programs: programIndex,
  funding: fundingIndex,
  glossary: glossaryIndex,
  figures: figureIndex,
  paragraphs: paragraphIndex,
};
