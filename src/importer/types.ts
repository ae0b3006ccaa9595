// The importer's public shapes: what `odaref import FILE` asks for and what it hands back.
import type { Corpus } from '../corpus/types.js';

export interface ImportOptions {
  /** The corpus name (the CLI's --name). */
  name: string;
  /** The white paper's year, or null when it is not known. */
  edition: number | null;
  /** The file as the user named it, recorded in the corpus's source. */
  sourceFile: string;
  /** YYYY-MM-DD; by default the end of the month of the latest dated event in the text, else Dec 31 of the edition year. */
  referenceDate?: string;
}

export interface ImportSummary {
  sections: number;
  paragraphs: number;
  amounts: number;
  /** Flows the text names without an amount are not extracted (too unreliable), so this stays unset. */
  flowsWithoutAmount?: number;
  countries: number;
  acronyms: number;
  glossaryTerms: number;
  definitions: number;
  programs: number;
  figures: number;
}

export interface ImportResult {
  corpus: Corpus;
  summary: ImportSummary;
  warnings: string[];
}
