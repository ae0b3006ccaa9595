// Folding for name lookups: case, accents, curly vs straight apostrophes and quotes, dashes and
// hyphens, dots in abbreviations, and a leading "the" all stop mattering.

const APOSTROPHES = /[\u2018\u2019\u201b\u2032\u00b4`]/g;
const QUOTES = /[\u201c\u201d\u201e\u2033"]/g;
const DASHES = /[\u2010-\u2015\u2212\-_/]/g;

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '')
    .replace(DASHES, ' ')
    .replace(/\.(?=\S)/g, '')
    .replace(/[.,;:!?()[\]{}]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Words for the token prefilter: folded, split on anything that is not a letter or digit. */
export function tokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * Orders text by its folded form. Not localeCompare: its first call builds an ICU collator,
 * 20-30 ms that a lookup cannot afford; folding already puts "Côte" with "Cote".
 */
export function compareText(a: string, b: string): number {
  const x = fold(a);
  const y = fold(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
