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
