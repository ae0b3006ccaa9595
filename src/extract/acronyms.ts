// Acronyms and their expansions: "Expansion Words (EW)" and "EW (Expansion Words)".
// The expansion is found by matching the acronym's letters against word initials (with
// function words free to skip), then by a Schwartz–Hearst letter match, then loosely.

export interface AcronymMatch {
  /** As printed, plural "s" included: "PKOs", "AHA Centre". */
  acronym: string;
  expansion: string;
  form: 'expansion-first' | 'acronym-first';
  /** The whole matched span: expansion and parenthesised acronym, or the reverse. */
  text: string;
  start: number;
  end: number;
  /** Set when the letters do not account for the expansion: the phrase before it is reported as is. */
  loose?: boolean;
}

export interface AcronymUse {
  acronym: string;
  start: number;
  end: number;
}

/** Words that may be skipped (or used) when matching letters to initials. */
const FUNCTION_WORDS = new Set([
  'of', 'and', 'for', 'the', 'on', 'in', 'to', 'against', 'a', 'an', 'at', 'by', 'with', 'de', 'du', 'la', 'et', '&',
]);
// Costs of an alignment: skipping a content word inside the expansion is what makes a match
// doubtful; words after the last matched one ("Institute for the Prevention of Crime") are
// common modifiers and cost less; a word giving two or more letters ("GEneral" in GEBCO) slightly more
// than one word per letter, so one-letter-per-word alignments win ties; a function word giving
// a letter ("Ministry of Justice (MOJ)") too, so "Association for Aid and Relief" beats "Aid and Relief".
const SKIP_INNER_COST = 1;
const SKIP_TRAILING_COST = 0.25;
const MULTI_LETTER_COST = 0.1;
const FUNCTION_WORD_LETTER_COST = 0.1;
/** An initials alignment is accepted while its cost stays under this plus half the letter count. */
const BASE_COST_ALLOWANCE = 1;
/** Words before a parenthesis considered for its expansion. */
const MAX_WINDOW_WORDS = 30;

const PAREN = /\(([^()]{1,80})\)/g;

export function extractAcronyms(text: string): AcronymMatch[] {
  const matches: AcronymMatch[] = [];
  for (const paren of text.matchAll(PAREN)) {
    const content = paren[1].trim();
    const parenStart = paren.index;
    const parenEnd = parenStart + paren[0].length;
    const shape = parseAcronymShape(content);
    if (shape) {
      const found = expansionBefore(text, parenStart, shape);
      if (!found) continue;
      matches.push({
        acronym: content,
        expansion: found.expansion,
        form: 'expansion-first',
        text: text.slice(found.start, parenEnd),
        start: found.start,
        end: parenEnd,
        ...(found.loose ? { loose: true } : {}),
      });
    } else {
      const found = acronymBefore(text, parenStart, content);
      if (!found) continue;
      matches.push({
        acronym: found.acronym,
        expansion: content,
        form: 'acronym-first',
        text: text.slice(found.start, parenEnd),
        start: found.start,
        end: parenEnd,
      });
    }
  }
  return matches;
}

/** Every acronym-shaped token: "UNODC", "PKOs", "ReCAAP-ISC"; "FY" out of "FY2018"; not roman numerals. */
export function findAcronymUses(text: string): AcronymUse[] {
  const uses: AcronymUse[] = [];
  for (const token of text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    if (!hasTwoCapitals(token[0])) continue; // most words: skip them before any closer look
    // Hyphen parts: consecutive acronym parts form one use ("UNDP-MPTF"); "Japan-ASEAN" gives "ASEAN".
    let runStart = -1;
    let runEnd = -1;
    const flush = () => {
      if (runStart >= 0) uses.push({ acronym: text.slice(runStart, runEnd), start: runStart, end: runEnd });
      runStart = -1;
    };
    for (const part of token[0].matchAll(/[\p{L}\p{N}]+/gu)) {
      const partStart = token.index + part.index;
      // "FY2018" is reported as "FY": trailing digits are a number, not part of the acronym.
      const letters = /^(\p{L}+)\d+$/u.exec(part[0])?.[1] ?? part[0];
      if (!isAcronymToken(letters)) {
        flush();
      } else if (letters !== part[0]) {
        flush();
        uses.push({ acronym: letters, start: partStart, end: partStart + letters.length });
      } else {
        if (runStart < 0) runStart = partStart;
        runEnd = partStart + letters.length;
      }
    }
    flush();
  }
  return uses;
}

/** A cheap first filter: at least two upper-case letters anywhere in the token. */
function hasTwoCapitals(token: string): boolean {
  let capitals = 0;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    const upper = code < 128 ? code >= 65 && code <= 90 : /\p{Lu}/u.test(token[i]);
    if (upper && ++capitals === 2) return true;
  }
  return false;
}

// ---- acronym shape ----

interface AcronymShape {
  /** Letter groups to match against initials: "ReCAAP" -> Re, C, A, A, P. */
  segments: string[];
  /** Segments of the last hyphen part alone ("ISC" of "ReCAAP-ISC"), when there are several parts. */
  lastPartSegments: string[] | null;
  /** Plain words printed after the letters ("Centre" in "AHA Centre"); each must occur in the expansion. */
  requiredWords: string[];
  /** All letters, lower case, for the Schwartz–Hearst match. */
  letters: string;
}

const ROMAN_NUMERAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Two or more capitals, more capitals than small letters (a plural "s" aside), not a roman numeral. */
function isAcronymToken(token: string): boolean {
  if (!/^\p{Lu}/u.test(token)) return false;
  const base = /\p{Lu}s$/u.test(token) ? token.slice(0, -1) : token;
  const upper = (base.match(/\p{Lu}/gu) ?? []).length;
  const lower = (base.match(/\p{Ll}/gu) ?? []).length;
  if (upper < 2 || upper <= lower) return false;
  return !ROMAN_NUMERAL.test(base);
}

/** "UNODC", "PKOs", "ReCAAP-ISC", "AHA Centre", "UNDP-MPTF Office", "AAR Japan"; else null. */
function parseAcronymShape(content: string): AcronymShape | null {
  const m = /^([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)((?:\s+\p{Lu}\p{Ll}+){0,2})$/u.exec(content);
  if (!m) return null;
  const parts = m[1].split('-');
  // Letters only: "FY2015" in parentheses is a year, not an acronym to expand.
  if (!parts.every((part) => /^\p{L}+$/u.test(part) && isAcronymToken(part))) return null;
  const singular = parts.map((part) => (/\p{Lu}s$/u.test(part) ? part.slice(0, -1) : part));
  const segmentsOf = (part: string) => part.match(/\p{Lu}\p{Ll}*/gu) ?? [];
  const segments = singular.flatMap(segmentsOf);
  return {
    segments,
    lastPartSegments: singular.length > 1 ? segmentsOf(singular[singular.length - 1]) : null,
    requiredWords: m[2].trim() ? m[2].trim().split(/\s+/) : [],
    letters: segments.join('').toLowerCase(),
  };
}

// ---- words before a parenthesis ----

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words from the clause before `index`, stopping at a sentence end, a colon or another parenthesis. */
function wordsBefore(text: string, index: number): Word[] {
  const windowStart = Math.max(0, index - 400);
  const before = text.slice(windowStart, index);
  const boundary = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.lastIndexOf('('),
    before.lastIndexOf(')'),
    before.lastIndexOf('\n'),
  );
  const clauseStart = windowStart + boundary + 1;
  const words = wordsIn(text.slice(clauseStart, index), clauseStart);
  return words.slice(-MAX_WINDOW_WORDS);
}

/** Words split at spaces, hyphens and slashes ("Capacity-Building" is two words). */
function wordsIn(segment: string, offset: number): Word[] {
  return [...segment.matchAll(/[\p{L}\p{N}&][\p{L}\p{N}'’]*/gu)].map((m) => ({
    text: m[0],
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

// ---- initials alignment ----

/**
 * The cheapest alignment of `segments` to the initials of words[s..], where words[s] gives the
 * first letters and the expansion runs to the last word. Returns the start index and cost.
 */
function alignInitials(
  words: Word[],
  segments: string[],
  requiredWords: string[],
  fixedStart?: number,
): { start: number; cost: number } | null {
  const n = words.length;
  const m = segments.length;
  if (m === 0 || n === 0) return null;
  const required = new Set(requiredWords.map((w) => w.toLowerCase()));
  const lowerWords = words.map((w) => w.text.toLowerCase());
  const lowerSegments = segments.map((s) => s.toLowerCase());
  // best[i][j]: cheapest cost to align segments[j..] with words[i..].
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  best[n][m] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      const word = lowerWords[i];
      const skip = isFunctionWord(word) || required.has(word) ? 0 : j === m ? SKIP_TRAILING_COST : SKIP_INNER_COST;
      let cost = skip + best[i + 1][j];
      const letterCost = isFunctionWord(word) ? FUNCTION_WORD_LETTER_COST : 0;
      let prefix = '';
      for (let k = j; k < m; k++) {
        prefix += lowerSegments[k];
        if (!word.startsWith(prefix)) break;
        cost = Math.min(cost, letterCost + (k - j) * MULTI_LETTER_COST + best[i + 1][k + 1]);
      }
      best[i][j] = cost;
    }
  }
  let result: { start: number; cost: number } | null = null;
  const starts = fixedStart !== undefined ? [fixedStart] : words.map((_, i) => i);
  for (const s of starts) {
    if (isFunctionWord(lowerWords[s])) continue;
    let cost = Infinity;
    let prefix = '';
    for (let k = 0; k < m; k++) {
      prefix += lowerSegments[k];
      if (!lowerWords[s].startsWith(prefix)) break;
      cost = Math.min(cost, k * MULTI_LETTER_COST + best[s + 1][k + 1]);
    }
    const present = new Set(lowerWords.slice(s));
    if (![...required].every((w) => present.has(w))) continue;
    // Ties go to the later start: the shorter expansion.
    if (cost < Infinity && (!result || cost <= result.cost)) result = { start: s, cost };
  }
  if (!result || result.cost > BASE_COST_ALLOWANCE + m / 2) return null;
  return result;
}

// ---- Schwartz–Hearst letter match ----

/**
 * Match the letters right to left inside `phrase`, the first letter at a word start
 * (Schwartz & Hearst 2003). Returns the offset in `phrase` where the expansion starts.
 */
function letterMatchStart(phrase: string, letters: string): number | null {
  let p = phrase.length - 1;
  for (let l = letters.length - 1; l >= 0; l--) {
    const letter = letters[l];
    while (
      p >= 0 &&
      (phrase[p].toLowerCase() !== letter || (l === 0 && p > 0 && /[\p{L}\p{N}]/u.test(phrase[p - 1])))
    ) {
      p--;
    }
    if (p < 0) return null;
    p--;
  }
  return p + 1;
}

/** The title-case run before the parenthesis: capitalised words joined by function words and commas. */
function titleRun(words: Word[], text: string): Word[] {
  let i = words.length - 1;
  if (i < 0 || !/^\p{Lu}/u.test(words[i].text)) return [];
  let first = i;
  while (i > 0) {
    const candidate = words[i - 1];
    const gap = text.slice(candidate.end, words[i].start);
    if (!/^[\s,\-/]*$/.test(gap)) break;
    if (/^\p{Lu}/u.test(candidate.text)) first = i - 1;
    else if (!isFunctionWord(candidate.text) || candidate.text === 'the') break;
    i--;
  }
  return words.slice(first);
}

// ---- the two forms ----

function expansionBefore(
  text: string,
  parenStart: number,
  shape: AcronymShape,
): { start: number; expansion: string; loose: boolean } | null {
  const words = wordsBefore(text, parenStart);
  if (words.length === 0) return null;
  const end = words[words.length - 1].end;
  const from = (start: number, loose: boolean) => ({ start, expansion: text.slice(start, end), loose });

  const aligned = alignInitials(words, shape.segments, shape.requiredWords);
  if (aligned) return from(words[aligned.start].start, false);

  // Letters inside words ("peacekeeping operations (PKOs)"), within the name when there is one.
  const run = titleRun(words, text);
  const scope = run.length > 0 ? run : words;
  const scopeStart = scope[0].start;
  const offset = letterMatchStart(text.slice(scopeStart, end), shape.letters);
  if (offset !== null) {
    const expansionWords = wordsIn(text.slice(scopeStart + offset, end), 0).length;
    // Schwartz & Hearst's length limit guards free text; a capitalised name bounds itself.
    const maxWords = run.length > 0 ? Infinity : Math.min(shape.letters.length + 5, shape.letters.length * 2);
    if (expansionWords >= 2 && expansionWords <= maxWords) return from(scopeStart + offset, false);
  }

  // Loose: the last hyphen part matches ("Information Sharing Centre (ReCAAP-ISC)"), or the name before it.
  if (shape.lastPartSegments) {
    const partAligned = alignInitials(words, shape.lastPartSegments, shape.requiredWords);
    if (partAligned) return from(words[partAligned.start].start, true);
  }
  if (run.length >= 2) return from(run[0].start, true);
  return null;
}

function acronymBefore(
  text: string,
  parenStart: number,
  content: string,
): { start: number; acronym: string } | null {
  const m = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)\s*$/u.exec(text.slice(Math.max(0, parenStart - 40), parenStart));
  if (!m) return null;
  const shape = parseAcronymShape(m[1]);
  if (!shape) return null;
  const words = wordsIn(content, 0);
  if (words.length < 2) return null;
  const start = parenStart - (m[0].length);
  const aligned = alignInitials(words, shape.segments, [], 0);
  if (aligned || letterMatchStart(content, shape.letters) === 0) return { start, acronym: m[1] };
  return null;
}
