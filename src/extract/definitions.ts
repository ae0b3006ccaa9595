// Inline definitions: a term with its meaning in parentheses ("host communities (regions that
// accept refugees)"), or a description with the term in parentheses ("... after a crisis arises
// (humanitarian-development nexus)"); and the chapter's glossary box.

import { extractAcronyms } from './acronyms.js';

export interface DefinitionMatch {
  term: string;
  definition: string;
  /** 'term-first': term (definition); 'term-in-parentheses': description (term). */
  form: 'term-first' | 'term-in-parentheses';
  /** The whole matched span, term or description through the closing parenthesis. */
  text: string;
  start: number;
  end: number;
}

export interface GlossaryEntry {
  term: string;
  definition: string;
  example?: string;
}

/**
 * Parenthesised content that is not a definition. Example lists ("face recognition,
 * fingerprint identification, etc.") are excluded too: they name instances, not a meaning.
 */
const NOT_A_DEFINITION: readonly RegExp[] = [
  /^(?:photos?|source|sources|note|notes)\s*:/i, // credits and notes
  /^(?:[ivxlc]+|\d+|[a-z])$/i, // list markers "(i)", "(2)", "(a)"
  /^(?:see|cf\.|refer)\b/i, // cross-references "(see page 110, ...)"
  /^(?:once|twice|thrice|\w+\s+times)\s+(?:a|per|every)\s+\w+$/i, // frequencies "(twice a year)"
  /^(?:every|each)\s+\w+$/i,
  /^(?:started|starting|launched|established|founded|from|since|until|as\s+of|in|by|FY|fiscal)\b/i, // dates "(started in FY2018)"
  /^(?:(?:19|20)\d\d|FY)/, // "(2016)", "(FY2007 to FY2014)"
  /^(?:approximately|about|around|some|nearly|over|more\s+than|up\s+to|US\$|\$|¥|\d)/i, // amounts and counts
  /\betc\.?$/i, // example lists
  /^(?:e\.g\.|for\s+example|such\s+as|including)/i,
];

/** Words that end the search for a term backwards from the parenthesis. */
const TERM_STOP_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'such', 'each', 'every',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'into', 'through', 'via', 'and', 'or', 'but',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'also', 'which', 'who',
  'dispatch', 'dispatches', 'dispatched', 'provide', 'provides', 'provided', 'support', 'supports', 'supported',
  'promote', 'promotes', 'conduct', 'conducts', 'implement', 'implements', 'establish', 'establishes', 'accept',
  'accepts', 'include', 'includes', 'including', 'called', 'named', 'known', 'surrounding', 'existing',
  'affected', 'following', 'relevant', 'related', 'required', 'various', 'pose', 'poses',
]);
/** "-ing" words that are nouns, kept inside a term ("capacity building"). */
const NOUN_ING = /(?:building|keeping|making|training|financing|funding|planning|housing|learning|trafficking|laundering|banking|engineering|monitoring)$/;
/** Lowercase words allowed between the capitalised words of a name ("Republic of the Congo"); not "Japan to the Djibouti ...". */
const NAME_LINKS = new Set(['of', 'and', 'for', 'on', 'in', 'against', 'de', 'to', 'of the', 'for the', 'on the', 'in the', 'and the']);
// A lowercase term rarely runs past three words before its definition.
const MAX_LOWERCASE_TERM_WORDS = 3;
// A parenthesised name in the reverse form is short: a term, not a sentence.
const MAX_PARENTHESISED_TERM_WORDS = 4;
/** Words that mark a parenthesis as an explanation, not a name. */
const EXPLANATION_WORDS = /\b(?:that|which|who|whom|whose|by|a|an|is|are|i\.e\.)\b/i;

export function extractInlineDefinitions(text: string): DefinitionMatch[] {
  const acronymSpans = extractAcronyms(text).map((a) => ({ start: a.start, end: a.end }));
  const matches: DefinitionMatch[] = [];
  for (const paren of text.matchAll(/\(([^()]+)\)/g)) {
    const content = paren[1].trim();
    if (/\n\s*\n/.test(content)) continue; // spans a paragraph break: not one parenthesis in clean text
    const parenStart = paren.index;
    const parenEnd = parenStart + paren[0].length;
    if (acronymSpans.some((span) => parenStart >= span.start && parenEnd <= span.end)) continue;
    if (isAcronymLike(content) || NOT_A_DEFINITION.some((pattern) => pattern.test(content))) continue;
    if (isProperName(content)) continue;

    if (isParenthesisedTerm(content) && !repeatsHeadNoun(text, parenStart, content)) {
      const description = descriptionBefore(text, parenStart);
      if (!description) continue;
      matches.push({
        term: content,
        definition: description.text,
        form: 'term-in-parentheses',
        text: text.slice(description.start, parenEnd),
        start: description.start,
        end: parenEnd,
      });
      continue;
    }
    const term = termBefore(text, parenStart);
    if (!term) continue;
    matches.push({
      term: term.text,
      definition: content.replace(/^i\.e\.,?\s*/i, ''),
      form: 'term-first',
      text: text.slice(term.start, parenEnd),
      start: term.start,
      end: parenEnd,
    });
  }
  return matches;
}

/**
 * The glossary box: a line "*Term" followed by its definition paragraph (possibly wrapped over
 * several lines), which may end with "Example: ...". Lines before the first term are ignored.
 */
export function parseGlossaryBox(lines: string[]): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  let current: { term: string; body: string[] } | null = null;
  const finish = () => {
    if (!current) return;
    const body = current.body.join(' ').replace(/\s+/g, ' ').trim();
    const example = /\bExamples?\s*:\s*/.exec(body);
    const entry: GlossaryEntry = { term: current.term, definition: (example ? body.slice(0, example.index) : body).trim() };
    if (example) entry.example = body.slice(example.index + example[0].length).trim();
    entries.push(entry);
  };
  for (const line of lines) {
    // "*Term": one asterisk (not a bold mark "**"), a short line with no full stop.
    const termLine = /^\s*\*(?!\*)\s*(\S.{0,79}?)\s*$/.exec(line);
    if (termLine && !/[.:]$/.test(termLine[1])) {
      finish();
      current = { term: termLine[1], body: [] };
    } else if (current && line.trim()) {
      current.body.push(line.trim());
    }
  }
  finish();
  return entries;
}

// ---- helpers ----

/** "(UNODC)", "(PKOs)", "(AHA Centre)": left to acronyms.ts even when it finds no expansion. */
function isAcronymLike(content: string): boolean {
  const words = content.split(/\s+/);
  const first = words[0].replace(/(?<=\p{Lu})s$/u, '');
  const capitals = (first.match(/\p{Lu}/gu) ?? []).length;
  const smalls = (first.match(/\p{Ll}/gu) ?? []).length;
  return words.length <= 3 && capitals >= 2 && capitals > smalls;
}

/** "(Kenya)", "(Viet Nam)": a name in passing, no lowercase word. */
function isProperName(content: string): boolean {
  const words = content.split(/\s+/);
  return words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** A short noun phrase with no explaining words: "(humanitarian-development nexus)". */
function isParenthesisedTerm(content: string): boolean {
  const words = content.split(/\s+/);
  if (words.length > MAX_PARENTHESISED_TERM_WORDS || EXPLANATION_WORDS.test(content)) return false;
  if (/[,;:]/.test(content)) return false;
  return /^\p{Ll}/u.test(content);
}

/**
 * "basic infrastructure (socio-economic infrastructure)": the parenthesis restates the noun before
 * it, so it explains that noun rather than naming the sentence.
 */
function repeatsHeadNoun(text: string, parenStart: number, content: string): boolean {
  const head = content.split(/\s+/).pop()?.toLowerCase() ?? '';
  // The head noun of the phrase before the parenthesis sits within its last three words.
  const lastWords = text.slice(Math.max(0, parenStart - 80), parenStart).toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean).slice(-3);
  return lastWords.includes(head);
}

/** The sentence (or clause after a colon) before the parenthesis. */
function descriptionBefore(text: string, parenStart: number): { text: string; start: number } | null {
  const before = text.slice(0, parenStart);
  const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(': '), before.lastIndexOf(')'));
  let start = boundary < 0 ? 0 : boundary + (before[boundary] === '\n' || before[boundary] === ')' ? 1 : 2);
  while (start < parenStart && /\s/.test(text[start])) start++;
  const description = text.slice(start, parenStart).trim();
  return description.split(/\s+/).length >= 3 ? { text: description, start } : null;
}

/**
 * The term right before a parenthesis: a quoted title, a capitalised name ("the Djibouti Code of
 * Conduct"), or up to three lowercase words stopping at articles, prepositions and common verbs.
 */
function termBefore(text: string, parenStart: number): { text: string; start: number } | null {
  const before = text.slice(Math.max(0, parenStart - 300), parenStart);
  const offset = parenStart - before.length;
  const trimmed = before.replace(/\s+$/, '');

  const quoted = /[“"]([^“”"]{2,200})[”"]$/.exec(trimmed);
  if (quoted) return { text: quoted[1].replace(/[,.]$/, ''), start: offset + quoted.index + 1 };

  const words = [...trimmed.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  if (words.length === 0) return null;
  const last = words[words.length - 1];
  if (last.index + last[0].length !== trimmed.length) return null; // punctuation right before "("

  let first = words.length - 1;
  if (/^\p{Lu}/u.test(last[0])) {
    // A capitalised name, its capitalised words joined by linking words ("Code of Conduct").
    let links: string[] = [];
    for (let i = words.length - 2; i >= 0; i--) {
      const word = words[i][0];
      const gap = trimmed.slice(words[i].index + word.length, words[i + 1].index);
      if (!/^\s+$/.test(gap)) break;
      if (/^\p{Lu}/u.test(word) && word !== 'The') {
        if (links.length > 0 && !NAME_LINKS.has(links.join(' '))) break;
        first = i;
        links = [];
      } else if (/^\p{Ll}/u.test(word) && links.length < 2) {
        links.unshift(word);
      } else {
        break;
      }
    }
  } else {
    for (let i = words.length - 2; i >= 0 && words.length - i <= MAX_LOWERCASE_TERM_WORDS; i--) {
      const word = words[i][0];
      const gap = trimmed.slice(words[i].index + word.length, words[i + 1].index);
      if (!/^\s+$/.test(gap) || !/^\p{Ll}/u.test(word)) break;
      if (TERM_STOP_WORDS.has(word) || /ly$/.test(word) || (/(?:ing|ed)$/.test(word) && !NOUN_ING.test(word))) break;
      first = i;
    }
  }
  return { text: trimmed.slice(words[first].index), start: offset + words[first].index };
}
