// Text helpers the extractors share: sentence spans that stay verbatim substrings of the paragraph,
// whole-word search, and the slugs used in ids.

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Words that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'No', 'Nos', 'St', 'vs', 'approx', 'Inc', 'Ltd', 'Co', 'Corp',
  'U.S', 'U.K', 'U.N', 'p', 'pp', 'Fig', 'cf', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

// A candidate end: terminal punctuation, any closing quotes or brackets, then whitespace or the end.
const CANDIDATE_END = /[.!?][”"’)\]]*(?=\s|$)/g;

/**
 * The sentences of a paragraph, each a verbatim slice of it. A full stop ends a sentence unless it
 * closes a known abbreviation or an initial, or the next word starts in lower case ("approx. 5").
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  for (const m of text.matchAll(CANDIDATE_END)) {
    const end = m.index + m[0].length;
    if (!endsSentence(text, m.index, end)) continue;
    if (end > start) spans.push({ text: text.slice(start, end), start, end });
    start = skipSpace(text, end);
  }
  if (start < text.length) {
    const end = text.trimEnd().length;
    if (end > start) spans.push({ text: text.slice(start, end), start, end });
  }
  return spans;
}

function endsSentence(text: string, stopIndex: number, end: number): boolean {
  const next = text.slice(skipSpace(text, end), skipSpace(text, end) + 1);
  if (next === '') return true;
  if (/\p{Ll}/u.test(next)) return false;
  if (text[stopIndex] !== '.') return true;
  const word = /(\S+)$/.exec(text.slice(0, stopIndex))?.[1] ?? '';
  const bare = word.replace(/^[“"‘'(]+/, '');
  if (ABBREVIATIONS.has(bare)) return false;
  // A single capital is an initial ("Taro K. Kono"), not a sentence end.
  return !/^\p{Lu}$/u.test(bare);
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** The sentence that holds character `index`, or the last one before it. */
export function sentenceAt(sentences: Span[], index: number): Span {
  return sentences.find((s) => index >= s.start && index < s.end) ?? [...sentences].reverse().find((s) => s.start <= index) ?? sentences[0];
}

export { escapeRegExp } from '../corpus/usage.js';

/** Curly apostrophes made straight, one for one, so offsets in the folded text stay valid. */
export function straightenApostrophes(text: string): string {
  return text.replace(/[’‘]/g, "'");
}

/** Every whole-word occurrence of `needle` in `text` (case-sensitive; apostrophes folded unless the caller already did). */
export function findWhole(text: string, needle: string, straightened = false): { start: number; end: number }[] {
  const haystack = straightened ? text : straightenApostrophes(text);
  const target = straightened ? needle : straightenApostrophes(needle);
  const found: { start: number; end: number }[] = [];
  if (!target) return found;
  for (let at = haystack.indexOf(target); at >= 0; at = haystack.indexOf(target, at + 1)) {
    const before = at === 0 ? '' : haystack[at - 1];
    const after = haystack[at + target.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.push({ start: at, end: at + target.length });
  }
  return found;
}

/** Lower-case ASCII words joined by hyphens: "Addressing Global Issues" -> "addressing-global-issues". */
export function kebab(text: string, maxLength = Infinity): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a hyphen so no word is left half-printed.
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** Cut at a word boundary to at most `max` characters, marking the cut with "…". */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? room.slice(0, lastSpace) : room).replace(/[\s,;:]+$/, '')}…`;
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Hands out ids, adding "-2", "-3" ... when one is taken. */
export class IdAllocator {
  private readonly taken = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.taken.add(id);
  }
  take(id: string): string {
    let unique = id;
    for (let n = 2; this.taken.has(unique); n++) unique = `${id}-${n}`;
    this.taken.add(unique);
    return unique;
  }
}
