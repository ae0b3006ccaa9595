// Periods for the importer: the phrases extractPeriods finds in a sentence, resolved against the
// corpus's reference date, with the sentence's one year as the anchor for "the next three years".
import type { Period } from '../corpus/types.js';
import { extractPeriods, sentenceYear, type PeriodMatch } from '../extract/periods.js';

/** Used when the reference date could not be derived: open periods then come out with no dates. */
export const UNKNOWN_REFERENCE_DATE = '9999-12-31';

export function periodsIn(text: string, referenceDate: string, anchorIndex = 0): PeriodMatch[] {
  const anchorYear = sentenceYear(text, anchorIndex);
  return extractPeriods(text, { referenceDate, ...(anchorYear !== undefined ? { anchorYear } : {}) });
}

export function toPeriod(match: PeriodMatch): Period {
  const unknown = (date: string | null) => (date !== null && date.startsWith('99') ? null : date);
  const from = unknown(match.from);
  const to = unknown(match.to);
  const assumption = from !== match.from || to !== match.to
    ? 'open-ended; no reference date could be derived for this text, so no end date is given'
    : match.assumption;
  return { text: match.text, from, to, ...(assumption ? { assumption } : {}) };
}

const DAY_MS = 86_400_000;

/** Days covered, inclusive; null for an open span. */
export function spanDays(match: PeriodMatch): number | null {
  if (!match.from || !match.to) return null;
  return (Date.parse(match.to) - Date.parse(match.from)) / DAY_MS + 1;
}

export function isMultiYear(match: PeriodMatch): boolean {
  const days = spanDays(match);
  return (match.kind === 'range' || match.kind === 'relative') && days !== null && days > 366;
}

export function isSingleYearOrLess(match: PeriodMatch): boolean {
  const days = spanDays(match);
  return match.kind === 'point' && days !== null && days <= 366;
}
