// Gazetteer matching: country and grouping names, demonyms and places in cleaned text.
// Case-sensitive, whole words, longest match first, no overlaps; apostrophes, accents and
// whitespace runs are folded so "Cote d’Ivoire" finds "Côte d'Ivoire".

export interface GazetteerEntry {
  code: string;
  kind: 'country' | 'grouping';
  names: string[];
  demonyms?: string[];
  places?: string[];
}

export type PlaceVia = 'name' | 'demonym' | 'place';

export interface PlaceMatch {
  code: string;
  kind: 'country' | 'grouping';
  /** As printed in the input. */
  text: string;
  start: number;
  end: number;
  via: PlaceVia;
  /** The shadow name (organisation, fund ...) the match sits inside, if any. */
  insideName?: string;
  /** A note when the printed name can be read more than one way. */
  ambiguous?: string;
}

export interface FindPlacesOptions {
  /**
   * Names of organisations, funds, conventions ... that contain place names. A match inside
   * one is still returned, with `insideName` set, so the caller can give it the role "mention".
   */
  shadowNames?: string[];
  /**
   * Names whose place words are not places at all (sea areas). Matches inside them are dropped.
   * Defaults to DEFAULT_EXCLUDED_NAMES; pass [] to turn off.
   */
  excludedNames?: string[];
}

/** Sea areas, waters and landforms named after a country, a demonym or a place. */
export const DEFAULT_EXCLUDED_NAMES: readonly string[] = [
  'Gulf of Guinea',
  'Gulf of Aden',
  'Sulu and Celebes Sea',
  'Sulu Sea',
  'Celebes Sea',
  'Gulf of Thailand',
  'Gulf of Oman',
  'Gulf of Mexico',
  'Sea of Japan',
  'South China Sea',
  'East China Sea',
  'Indian Ocean',
  'Arabian Sea',
  'Lake Chad',
  'Strait of Malacca',
  'Straits of Malacca',
];

/** Printed names that can be read more than one way, with the note the match carries. */
export const DEFAULT_AMBIGUOUS_NAMES: Readonly<Record<string, string>> = {
  'Central Africa':
    '"Central Africa" may mean the Central African Republic or the Central Africa region; read as the entry that lists it',
  Congo: '"Congo" alone may mean the Republic of the Congo or the Democratic Republic of the Congo',
  Korea: '"Korea" alone may mean the Republic of Korea or the Democratic People\'s Republic of Korea',
};

/** One name, demonym or place of an entry, as the matcher compares it. */
export interface GazetteerCandidate {
  /** The folded name, compared against the folded text. */
  folded: string;
  code: string;
  kind: 'country' | 'grouping';
  via: PlaceVia;
  ambiguous?: string;
}

export interface Gazetteer {
  /** Candidates keyed by the folded first word of their name, longest name first. */
  readonly byFirstWord: ReadonlyMap<string, readonly GazetteerCandidate[]>;
  /** The first characters of those first words: other words are skipped without a lookup. */
  readonly firstChars: ReadonlySet<number>;
}

export function buildGazetteer(
  entries: GazetteerEntry[],
  options: { ambiguousNames?: Record<string, string> } = {},
): Gazetteer {
  const ambiguousNames = options.ambiguousNames ?? DEFAULT_AMBIGUOUS_NAMES;
  const byFirstWord = new Map<string, GazetteerCandidate[]>();
  const add = (name: string, entry: GazetteerEntry, via: PlaceVia) => {
    const folded = fold(name).folded.trim();
    const firstWord = FIRST_WORD.exec(folded)?.[0];
    if (!firstWord) return;
    const candidate: GazetteerCandidate = { folded, code: entry.code, kind: entry.kind, via };
    if (ambiguousNames[name] !== undefined) candidate.ambiguous = ambiguousNames[name];
    const list = byFirstWord.get(firstWord) ?? [];
    list.push(candidate);
    byFirstWord.set(firstWord, list);
  };
  for (const entry of entries) {
    for (const name of entry.names) add(name, entry, 'name');
    for (const demonym of entry.demonyms ?? []) add(demonym, entry, 'demonym');
    for (const place of entry.places ?? []) add(place, entry, 'place');
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  const firstChars = new Set([...byFirstWord.keys()].map((word) => word.charCodeAt(0)));
  return { byFirstWord, firstChars };
}

export function findPlaces(text: string, gazetteer: Gazetteer, options: FindPlacesOptions = {}): PlaceMatch[] {
  const { folded, toOriginal } = fold(text);
  const excluded = findNameSpans(folded, options.excludedNames ?? DEFAULT_EXCLUDED_NAMES);
  const shadows = findNameSpans(folded, options.shadowNames ?? []);

  const matches: PlaceMatch[] = [];
  let consumedUpTo = 0;
  // A hand-written scan: a regular expression over every word is several times slower here.
  for (let at = 0, wordEnd = 0; at < folded.length; at = wordEnd) {
    if (!isWordChar(folded, at)) {
      wordEnd = at + 1;
      continue;
    }
    wordEnd = at + 1;
    while (wordEnd < folded.length && isWordChar(folded, wordEnd)) wordEnd++;
    if (at < consumedUpTo || !gazetteer.firstChars.has(folded.charCodeAt(at)) || !isWordStart(folded, at)) continue;
    const candidates = gazetteer.byFirstWord.get(folded.slice(at, wordEnd));
    if (!candidates) continue;
    const candidate = candidates.find((c) => folded.startsWith(c.folded, at) && isWordEnd(folded, at + c.folded.length));
    if (!candidate) continue;
    const foldedEnd = at + candidate.folded.length;
    consumedUpTo = foldedEnd;
    if (excluded.some((span) => span.start <= at && foldedEnd <= span.end)) continue;

    const start = toOriginal(at);
    const end = toOriginal(foldedEnd - 1) + 1;
    const match: PlaceMatch = { code: candidate.code, kind: candidate.kind, text: text.slice(start, end), start, end, via: candidate.via };
    const shadow = shadows.find((span) => span.start <= at && foldedEnd <= span.end);
    if (shadow) match.insideName = shadow.name;
    if (candidate.ambiguous) match.ambiguous = candidate.ambiguous;
    matches.push(match);
  }
  return matches;
}

// ---- donor mentions ----

/** Verbs that make a preceding country the subject: "Japan provides", "Japan has", "Japan will". */
const AUXILIARIES = new Set([
  'is', 'was', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'shall', 'should', 'may',
  'might', 'must', 'does', 'did', 'also', 'further', 'then', 'continues', 'remains',
]);
const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'to', 'from', 'with', 'between', 'of', 'at', 'into', 'within', 'across', 'throughout', 'around',
  'visited', 'visiting', 'toward', 'towards', 'via', 'inside', 'outside',
]);

/**
 * Whether a country match names the country as an actor (the donor) rather than as a
 * location: true for "Japan provides ...", "Japan's ...", "Japanese NGOs"; false for
 * "in Japan", "to Japan", "Government of Japan" and for places such as "Tokyo".
 */
export function isDonorMention(text: string, match: PlaceMatch): boolean {
  if (match.via === 'place') return false;
  const after = text.slice(match.end, match.end + 40);
  if (/^['’]s?\b/.test(after)) return true;
  const previousWord = /([A-Za-z]+)\W*$/.exec(text.slice(Math.max(0, match.start - 30), match.start))?.[1];
  if (previousWord && LOCATIVE_PREPOSITIONS.has(previousWord.toLowerCase())) return false;
  if (match.via === 'demonym') return /^[\s-]+[A-Za-z]/.test(after);
  const nextWord = /^\s+([a-z]+)/.exec(after)?.[1];
  if (nextWord !== undefined) return isVerbLike(nextWord);
  // "Japan, as a state party to ..., has been": a subject, an aside, then its verb.
  if (/^\s*,/.test(text.slice(match.end))) {
    const clause = text.slice(match.end, match.end + ASIDE_MAX_CHARS).split(/[.;:]/)[0];
    return [...clause.matchAll(/,\s+([a-z]+)/g)].some((m) => isVerbLike(m[1]));
  }
  return false;
}

// An aside between a subject and its verb rarely runs past two printed lines.
const ASIDE_MAX_CHARS = 300;

function isVerbLike(word: string): boolean {
  return AUXILIARIES.has(word) || (/^[a-z]{3,}(?:s|ed)$/.test(word) && !/ss$/.test(word));
}

// ---- folding and scanning ----

// In folded text every non-ASCII character is a letter or digit (see foldChar), so plain
// character ranges find words without Unicode property lookups.
const FIRST_WORD = /^[A-Za-z0-9\u0080-\uffff]+/;
const APOSTROPHES = /['’‘`´]/;

function isWordChar(folded: string, at: number): boolean {
  const code = folded.charCodeAt(at);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 128;
}

interface FoldedText {
  folded: string;
  /** Index in the input of folded character `index`. */
  toOriginal(index: number): number;
}

/**
 * The text with accents stripped, apostrophes straightened and whitespace runs collapsed to
 * one space. Offsets map back through segments of constant shift, so plain ASCII text (almost
 * all of it) is copied in slices rather than character by character.
 */
function fold(text: string): FoldedText {
  const pieces: string[] = [];
  const segmentFolded: number[] = [0];
  const segmentOriginal: number[] = [0];
  let length = 0;
  let copiedUpTo = 0;
  const startSegment = (original: number) => {
    segmentFolded.push(length);
    segmentOriginal.push(original);
  };
  for (const special of text.matchAll(SPECIAL_RUN)) {
    const at = special.index;
    pieces.push(text.slice(copiedUpTo, at));
    length += at - copiedUpTo;
    const run = special[0];
    if (WHITESPACE_RUN.test(run)) {
      pieces.push(' ');
      length += 1;
    } else {
      for (let k = 0; k < run.length; k++) {
        const plain = foldChar(run[k]);
        for (const piece of plain) {
          startSegment(at + k);
          pieces.push(piece);
          length += piece.length;
        }
      }
    }
    copiedUpTo = at + run.length;
    startSegment(copiedUpTo);
  }
  pieces.push(text.slice(copiedUpTo));
  const folded = pieces.join('');
  const toOriginal = (index: number) => {
    // The last segment starting at or before `index` (binary search).
    let low = 0;
    let high = segmentFolded.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segmentFolded[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return segmentOriginal[low] + (index - segmentFolded[low]);
  };
  return { folded, toOriginal };
}

/** Whitespace runs, and characters that are not printable ASCII or that fold (the backtick). */
const SPECIAL_RUN = /\s+|[^\x21-\x7e]|`/g;
const WHITESPACE_RUN = /^\s+$/;
const foldedChars = new Map<string, string>();

/**
 * One character folded: apostrophes straightened, accents stripped, other non-ASCII punctuation
 * made "#" so that every non-ASCII character left is part of a word (memoised: few distinct characters).
 */
function foldChar(char: string): string {
  let plain = foldedChars.get(char);
  if (plain === undefined) {
    if (APOSTROPHES.test(char)) plain = "'";
    else if (/[\p{L}\p{N}\p{M}]/u.test(char)) plain = char.normalize('NFD').replace(/\p{M}/gu, '');
    else plain = '#';
    foldedChars.set(char, plain);
  }
  return plain;
}

/** A word starts here unless a letter (or a letter and an apostrophe, as in "d'Ivoire") comes before. */
function isWordStart(folded: string, at: number): boolean {
  if (at === 0) return true;
  if (isWordChar(folded, at - 1)) return false;
  return !(folded[at - 1] === "'" && at >= 2 && isWordChar(folded, at - 2));
}

function isWordEnd(folded: string, at: number): boolean {
  return at >= folded.length || !isWordChar(folded, at);
}

/** Every whole-word occurrence of each name in the folded text. */
function findNameSpans(folded: string, names: readonly string[]): { name: string; start: number; end: number }[] {
  const spans: { name: string; start: number; end: number }[] = [];
  for (const name of names) {
    const needle = fold(name).folded.trim();
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      if (isWordStart(folded, at) && isWordEnd(folded, at + needle.length)) {
        spans.push({ name, start: at, end: at + needle.length });
      }
    }
  }
  return spans;
}
