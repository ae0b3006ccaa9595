// Fuse.js settings, one object per kind of record, with the reasons for their values.
import type { IFuseOptions } from 'fuse.js';

/**
 * Names (countries, groupings, organisations, glossary terms) are short. Measured on the country
 * names: one wrong or missing letter scores 0.10-0.20 ("Mianmar" 0.14, "Bengladesh" 0.10), a
 * swapped pair 0.29 ("Somaila"), while an invented name ties with several real ones at 0.33
 * ("Narnia": Albania, Bulgaria, Romania ...). So 0.3 accepts typos and turns inventions into
 * "no match" with suggestions. Location is ignored: a name is one unit.
 */
export const NAME_FUSE: IFuseOptions<{ name: string }> = {
  keys: ['name'],
  threshold: 0.3,
  ignoreLocation: true,
  includeScore: true,
  minMatchCharLength: 2,
};

/** Two fuzzy candidates this close in score are a tie: the user is asked to choose. */
export const AMBIGUOUS_SCORE_GAP = 0.05;

/**
 * Records (programs, funding, glossary entries) are searched over several fields. Titles and
 * terms weigh most, then the people involved, then the prose; 0.35 keeps a misspelt word
 * ("landmien", "Peacbuilding") matching while an unrelated word in a long summary does not.
 * ignoreLocation: the word may be anywhere in a summary.
 */
export const RECORD_THRESHOLD = 0.35;

export function recordFuse<T>(keys: { name: string; weight: number }[]): IFuseOptions<T> {
  return {
    keys,
    threshold: RECORD_THRESHOLD,
    ignoreLocation: true,
    includeScore: true,
    minMatchCharLength: 2,
    useExtendedSearch: false,
  };
}

export const PROGRAM_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'partnerNames', weight: 2 },
  { name: 'countryNames', weight: 2 },
  { name: 'actorNames', weight: 1.5 },
  { name: 'themeNames', weight: 1 },
  { name: 'summary', weight: 1 },
  // The verbatim sentences and the heading an effort sits under hold the chapter's own words
  // ("landmines", "Counter-Terrorism") where the title and summary paraphrase them.
  { name: 'quoteText', weight: 0.5 },
  { name: 'sectionTitle', weight: 0.5 },
];

export const FUNDING_KEYS = [
  { name: 'purpose', weight: 2 },
  { name: 'channelNames', weight: 3 },
  { name: 'beneficiaryNames', weight: 2 },
  { name: 'amountText', weight: 1 },
  { name: 'themeNames', weight: 1 },
  { name: 'quoteText', weight: 0.5 },
];

export const GLOSSARY_KEYS = [
  { name: 'term', weight: 4 },
  { name: 'expansionTexts', weight: 3 },
  { name: 'definition', weight: 1 },
];
