// Money and counts in cleaned chapter text. Money is a number with a currency marker;
// a count is a number followed by the noun it counts. The two never share a number.

import type { Currency, FigureKind } from '../corpus/types.js';
import {
  NUMBER_PATTERN,
  SCALE_PATTERN,
  isApproximateQualifier,
  qualifierBefore,
  toPlainUnits,
} from './numbers.js';

export interface MoneyMatch {
  /** The matched text, qualifier included: "approximately ¥45 billion". */
  text: string;
  start: number;
  end: number;
  /** Plain units (dollars, yen). */
  value: number;
  currency: Currency;
  approximate: boolean;
  /** The qualifier as printed ("approximately", "more than"), or null. */
  qualifier: string | null;
  /** Same as `text`; named after FundingRecord.amountText. */
  amountText: string;
  /** The upper end of a printed range ("$10–20 million": value 10000000, rangeEnd 20000000). */
  rangeEnd?: number;
}

export interface CountMatch {
  /** Qualifier, number and unit as printed: "approximately 700,000 displaced people". */
  text: string;
  start: number;
  end: number;
  value: number;
  approximate: boolean;
  qualifier: string | null;
  /** Qualifier and number only, as FigureRecord.valueText: "approximately 700,000". */
  valueText: string;
  /** The noun phrase counted: "people", "displaced people", "countries". */
  unit: string;
  kind: FigureKind;
}

const PREFIX_CURRENCIES: Readonly<Record<string, Currency>> = {
  'US$': 'USD',
  $: 'USD',
  USD: 'USD',
  '¥': 'JPY',
  JPY: 'JPY',
};

const SUFFIX_CURRENCIES: Readonly<Record<string, Currency>> = {
  yen: 'JPY',
  JPY: 'JPY',
  USD: 'USD',
  dollars: 'USD',
  'US dollars': 'USD',
};

/**
 * The upper end of a range sharing one scale word: "$10–20 million", "¥1.5 to 2 billion". A "to"
 * needs a currency sign or a scale word after it, so "$5 million to 12 countries" stays a single amount.
 */
const RANGE_END = String.raw`(?:\s*(?:-|\u2013|to(?=\s*(?:US\$|\$|\u00a5|(?:${NUMBER_PATTERN})\s+(?:${SCALE_PATTERN})\b)))\s*(?:US\$|\$|\u00a5)?(${NUMBER_PATTERN})(?!\d))?`;
// "$120 million", "US$3 billion", "USD 5 million", "¥14 billion".
const PREFIX_MONEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(US\$|\$|\u00a5|USD|JPY)\s?(${NUMBER_PATTERN})(?!\d)${RANGE_END}(?:\s+(${SCALE_PATTERN})\b)?`,
  'gu',
);
// "100 million yen", "5 million US dollars".
const SUFFIX_MONEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$\u00a5])(${NUMBER_PATTERN})(?!\d)${RANGE_END}(?:\s+(${SCALE_PATTERN}))?\s+(yen|JPY|USD|US dollars|dollars)\b`,
  'gu',
);

export function extractMoney(text: string): MoneyMatch[] {
  const matches: MoneyMatch[] = [];
  const add = (
    amountStart: number,
    end: number,
    currency: Currency,
    printedNumber: string,
    printedRangeEnd: string | undefined,
    scale: string | undefined,
  ) => {
    const qualified = qualifierBefore(text, amountStart);
    const start = qualified ? qualified.start : amountStart;
    const amountText = text.slice(start, end);
    const match: MoneyMatch = {
      text: amountText,
      start,
      end,
      value: toPlainUnits(printedNumber, scale),
      currency,
      approximate: isApproximateQualifier(qualified?.qualifier ?? null),
      qualifier: qualified?.qualifier ?? null,
      amountText,
    };
    if (printedRangeEnd !== undefined) match.rangeEnd = toPlainUnits(printedRangeEnd, scale);
    matches.push(match);
  };
  for (const m of text.matchAll(PREFIX_MONEY)) {
    add(m.index, m.index + m[0].length, PREFIX_CURRENCIES[m[1]], m[2], m[3], m[4]);
  }
  for (const m of text.matchAll(SUFFIX_MONEY)) {
    const end = m.index + m[0].length;
    if (matches.some((other) => m.index < other.end && end > other.start)) continue;
    add(m.index, end, SUFFIX_CURRENCIES[m[4]], m[1], m[2], m[3]);
  }
  return matches.sort((a, b) => a.start - b.start);
}

// ---- counts ----

/** Nouns that name people. */
const PEOPLE_NOUNS = new Set([
  'people', 'persons', 'personnel', 'individuals', 'participants', 'trainees', 'officials', 'officers',
  'experts', 'staff', 'practitioners', 'students', 'teachers', 'doctors', 'nurses', 'workers', 'volunteers',
  'children', 'women', 'men', 'girls', 'boys', 'youth', 'farmers', 'engineers', 'judges', 'prosecutors',
  'graduates', 'refugees', 'evacuees', 'migrants', 'victims', 'soldiers', 'ex-combatants', 'beneficiaries',
  'households', 'families', 'residents', 'patients', 'instructors', 'investigators', 'specialists',
]);
const COUNTRY_NOUNS = new Set(['countries', 'nations', 'economies']);
/** Words after a number that make it a duration, a rate or a multiple, not a count. */
const NON_COUNT_UNITS = new Set([
  'percent', 'per', 'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'times',
]);
/** Function words: a number followed by one of these has no unit noun. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'is', 'was',
  'are', 'were', 'be', 'that', 'which', 'who', 'this', 'these', 'its', 'their', 'has', 'have', 'had', 'will',
  'would', 'into', 'than', 'under', 'over', 'through', 'including', 'such',
]);
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
// Head nouns are looked for within this many words after the number ("700,000 displaced people").
const UNIT_WINDOW_WORDS = 3;

const BARE_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$\u00a5\-/])(${NUMBER_PATTERN})(?![\p{L}\p{N}%\-])(?:\s+(${SCALE_PATTERN})\b)?`,
  'gu',
);
const YEAR = /^(?:19|20)\d\d$/;
const DATE_SPANS = new RegExp(
  String.raw`\b(?:${MONTHS})\s+\d{1,2}(?:\s*(?:to|-|\u2013|and)\s*(?:(?:${MONTHS})\s+)?\d{1,2})?(?:,?\s+\d{4})?` +
    String.raw`|\b\d{1,2}(?:\s*(?:to|-|\u2013)\s*\d{1,2})?\s+(?:${MONTHS})\b`,
  'g',
);

export function extractCounts(text: string): CountMatch[] {
  const money = extractMoney(text);
  const dates = [...text.matchAll(DATE_SPANS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const overlapsAny = (spans: { start: number; end: number }[], start: number, end: number) =>
    spans.some((s) => start < s.end && end > s.start);

  const counts: CountMatch[] = [];
  for (const m of text.matchAll(BARE_NUMBER)) {
    const numberStart = m.index;
    const numberEnd = numberStart + m[0].length;
    if (overlapsAny(money, numberStart, numberEnd) || overlapsAny(dates, numberStart, numberEnd)) continue;
    if (isListMarker(text, numberStart, numberEnd) || isReference(text, numberStart)) continue;

    const unitWords = readUnit(text, numberEnd);
    if (!unitWords) continue;
    if (YEAR.test(m[1]) && !m[2] && !isCountUnitNoun(unitWords.words[unitWords.words.length - 1])) continue;

    const qualified = qualifierBefore(text, numberStart);
    const start = qualified ? qualified.start : numberStart;
    const qualifier = qualified?.qualifier ?? null;
    const unit = unitWords.words.join(' ');
    counts.push({
      text: text.slice(start, unitWords.end),
      start,
      end: unitWords.end,
      value: toPlainUnits(m[1], m[2]),
      approximate: isApproximateQualifier(qualifier),
      qualifier,
      valueText: text.slice(start, numberEnd),
      unit,
      kind: guessCountKind(unit, sentenceAround(text, start, unitWords.end)),
    });
  }
  return counts;
}

/** Whether a word is a noun that numbers count here ("people", "countries"): a year never precedes one. */
export function isCountUnitNoun(word: string): boolean {
  return PEOPLE_NOUNS.has(word) || COUNTRY_NOUNS.has(word);
}

/**
 * The noun phrase after a number: up to the first known head noun within a few words
 * ("700,000 displaced people", "1,000 JICA volunteers"), else the run of lowercase words
 * before a function word. Null when there is no noun ("2 Sharing Universal Values").
 */
function readUnit(text: string, from: number): { words: string[]; end: number } | null {
  const wordPattern = /^[ \t]*\n?[ \t]*([A-Za-z][A-Za-z-]*)/;
  const words: string[] = [];
  const ends: number[] = [];
  let position = from;
  while (words.length < UNIT_WINDOW_WORDS) {
    const m = wordPattern.exec(text.slice(position, position + 40));
    if (!m || m[0].length === m[1].length) break; // no word, or no space before it
    if (FUNCTION_WORDS.has(m[1])) break;
    words.push(m[1]);
    position += m[0].length;
    ends.push(position);
  }
  if (words.length === 0 || NON_COUNT_UNITS.has(words[0])) return null;
  const headIndex = words.findIndex(isCountUnitNoun);
  if (headIndex >= 0) return { words: words.slice(0, headIndex + 1), end: ends[headIndex] };
  const lowercaseRun = words.findIndex((word) => !/^[a-z]/.test(word));
  const last = (lowercaseRun < 0 ? words.length : lowercaseRun) - 1;
  return last >= 0 ? { words: words.slice(0, last + 1), end: ends[last] } : null;
}

/** "(1)" or "(12)" as a heading or list number. */
function isListMarker(text: string, start: number, end: number): boolean {
  return text[start - 1] === '(' && text[end] === ')';
}

/** Page, figure and chapter numbers: "page 110", "Figure 3". */
function isReference(text: string, start: number): boolean {
  return /(?:\b(?:page|pages|p\.|pp\.|Figure|Table|Chart|Box|Chapter|Section|Article|Goal|No\.)\s*)$/i.test(
    text.slice(Math.max(0, start - 12), start),
  );
}

/** The sentence containing [start, end), by naive full-stop splitting. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const afterMatch = /[.!?](?:\s|$)/.exec(text.slice(end));
  const sentenceEnd = afterMatch ? end + afterMatch.index + 1 : text.length;
  return text.slice(sentenceStart, sentenceEnd);
}

const TRAINING_CONTEXT = /\btrain|\bhuman resources? development|\bcapacity[- ]building|\bcourses?\b|\bseminars?\b|\bworkshops?\b/i;
/** Past results win over targets: "has already yielded results exceeding its targets". */
const ACHIEVED_CONTEXT = /\b(?:trained|produced|yielded|achieved|exceeding|exceeded|completed|to date|so far|already)\b/i;
const TARGET_CONTEXT = /\b(?:will|would|shall|plans?|aims?|targets?|pledged?|pledging|committed|commits?|announced?|announcing)\b/i;

function guessCountKind(unit: string, sentence: string): FigureKind {
  const head = unit.split(' ').pop() ?? '';
  if (head === 'graduates') return 'graduates';
  if (COUNTRY_NOUNS.has(head)) return 'countries';
  if (/\b(?:displaced|refugees|evacuees|idps)\b/i.test(unit)) return 'displaced-people';
  if (PEOPLE_NOUNS.has(head) && TRAINING_CONTEXT.test(sentence)) {
    if (ACHIEVED_CONTEXT.test(sentence)) return 'people-trained';
    if (TARGET_CONTEXT.test(sentence)) return 'people-to-train';
    return 'people-trained';
  }
  return 'other';
}
