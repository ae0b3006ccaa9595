// `odaref import FILE`: a chapter of the white paper (any edition) turned into a corpus of the same
// shape as the bundled one, every record machine-extracted, quoted verbatim and marked as such.
// Pure: the caller reads the file and writes the corpus.
import type { Corpus, OrganisationRecord } from '../corpus/types.js';
import { CORPUS_FORMAT_VERSION } from '../corpus/file.js';
import { extractAcronyms } from '../extract/acronyms.js';
import { readChapter } from './chapter.js';
import { countriesAndGroupings } from './countries.js';
import { extractFigures } from './figures.js';
import { extractFunding } from './funding.js';
import { extractGlossary } from './glossary.js';
import { OrganisationFinder, newOrganisations, organisationRecords, type AcronymFound, type ExtractedOrganisation } from './organisations.js';
import { PlaceFinder, gazetteerFromCorpus } from './places.js';
import { extractPrograms } from './programs.js';
import { referenceDateFor, sourceInfo } from './source.js';
import { summarise } from './summary.js';
import type { ImportOptions, ImportResult } from './types.js';
import { importWarnings } from './warnings.js';

export type { ImportOptions, ImportResult, ImportSummary } from './types.js';
export { defaultCorpusName } from './source.js';

/** `reference` is the bundled corpus: its countries (aliases, demonyms, places), groupings and organisations are the gazetteer and the channel list. Pure: no IO. */
export function importChapter(text: string, options: ImportOptions, reference: Corpus): ImportResult {
  const chapter = readChapter(text, options.sourceFile);
  const referenceDate = referenceDateFor(chapter, options);

  const acronyms: AcronymFound[] = chapter.paragraphs.flatMap((paragraph) => extractAcronyms(paragraph.text).map((match) => ({ paragraph, match })));
  const referenceOrganisations: OrganisationRecord[] = reference.organisations;
  const donor = donorOf(referenceOrganisations);
  const created = [
    ...(donor.record ? [donor.record] : []),
    ...newOrganisations(chapter, acronyms, referenceOrganisations, reference.groupings.map((g) => g.id)),
  ];
  const finder = new OrganisationFinder([...referenceOrganisations, ...created]);
  const places = new PlaceFinder(gazetteerFromCorpus(reference), [...referenceOrganisations, ...created]);

  const context = { chapter, organisations: finder, places, referenceDate: referenceDate.date, donor: donor.id };
  const funding = extractFunding(context);
  const figures = extractFigures(chapter, funding);
  const programs = extractPrograms(context, funding);

  const required = new Set([
    ...(funding.length ? [donor.id] : []),
    ...funding.flatMap((f) => (f.channel ? [f.channel] : [])),
    ...programs.flatMap((p) => [...p.actors, ...p.partners]),
  ]);
  const organisations = organisationRecords(chapter, finder, referenceOrganisations, created, required);
  const glossary = extractGlossary(chapter, acronyms, organisations);
  const { countries, groupings } = countriesAndGroupings(reference, chapter.paragraphs, places, { programs, funding });

  const corpus: Corpus = {
    formatVersion: CORPUS_FORMAT_VERSION,
    name: options.name,
    edition: options.edition ?? 0,
    source: sourceInfo(text, chapter, options, referenceDate),
    sections: chapter.sections,
    paragraphs: chapter.paragraphs,
    programs,
    funding,
    figures,
    organisations,
    countries,
    groupings,
    glossary,
    // No record carries a DAC purpose code: themes are left for a person to assign.
    dacSectors: {},
  };
  return { corpus, summary: summarise(corpus), warnings: importWarnings(chapter, places, referenceDate) };
}

/**
 * Japan's government gives the money; in a reference without it, the first Japanese government
 * body; in one without any, a record for it is made here.
 */
function donorOf(organisations: OrganisationRecord[]): { id: string; record?: ExtractedOrganisation } {
  const known = organisations.find((o) => o.id === 'japan') ?? organisations.find((o) => o.kind === 'japanese-government');
  if (known) return { id: known.id };
  return {
    id: 'japan',
    record: {
      id: 'japan',
      name: 'Government of Japan',
      kind: 'japanese-government',
      aliases: ['Japan'],
      notes: 'Made by odaref on import: the reference corpus has no Japanese government body to stand as the donor.',
      origin: 'extracted',
      quotes: [],
    },
  };
}
