// Time phrases in cleaned text, resolved to inclusive ISO date spans. Japan's fiscal year runs
// April to March ("FY2015" is 2015-04-01..2016-03-31). Open or relative phrases say how they
// were resolved in `assumption`.

import { isCountUnitNoun } from './money.js';

export type PeriodKind = 'point' | 'range' | 'since' | 'after' | 'until' | 'relative' | 'recurring' | 'open';

export interface PeriodMatch {
  /** The phrase as printed: "since 2007", "over the three-year period from 2016 to 2018". */
  text: string;
  start: number;
  end: number;
  /** ISO dates, inclusive; null when the phrase does not give them. */
  from: string | null;
  to: string | null;
  /** True when the phrase is in fiscal years. */
  fiscal: boolean;
  kind: PeriodKind;
  assumption?: string;
}

export interface PeriodContext {
  /** The date "now" is taken to be for open phrases ("since 2007"), YYYY-MM-DD. */
  referenceDate: string;
  /** The year relative phrases count from ("over the next three years"), usually the year of the announcement. */
  anchorYear?: number;
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
/** A year as a whole word: not inside "2,653", "$2018", "FY2018" or "20184". */
const YEAR = String.raw`(?<![\p{L}\p{N},.$\u00a5])(?:19|20)\d\d(?![\p{L}\p{N}]|[.,]\d)`;
const FISCAL_YEAR = String.raw`FY\s?(?:19|20)\d\d(?![\p{L}\p{N}])`;
const POINT = String.raw`(?:${FISCAL_YEAR}|${MONTH},?\s+${YEAR}|${YEAR})`;
const DAY = String.raw`(?<![\p{N},.])\d{1,2}(?!\d)`;
const COUNT_WORD = String.raw`\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|several|few`;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
/** Parts of a month for "early/mid/late July": days 1-10, 11-20, 21-end. */
const MONTH_PART_DAYS: Readonly<Record<string, [number, number]>> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

type Resolved = Omit<PeriodMatch, 'text' | 'start' | 'end'>;
type Handler = (groups: Record<string, string | undefined>, ctx: PeriodContext) => Resolved | null;

interface Pattern {
  regex: RegExp;
  resolve: Handler;
}

const PATTERNS: Pattern[] = [
  // "May 19 to 25, 2018", "from May 19 to June 2, 2018"
  {
    regex: re(String.raw`(?:\b[Ff]rom\s+)?\b(?<m1>${MONTH})\s+(?<d1>${DAY})\s*(?:to|through|until|-|\u2013)\s*(?:(?<m2>${MONTH})\s+)?(?<d2>${DAY}),?\s+(?<y>${YEAR})`),
    resolve: (g) => {
      const year = Number(g.y);
      const from = isoDate(year, monthNumber(g.m1), Number(g.d1));
      const to = isoDate(year, monthNumber(g.m2 ?? g.m1), Number(g.d2));
      return from && to ? { from, to, fiscal: false, kind: 'range' } : null;
    },
  },
  // "May 19, 2018", "19 May 2018"
  {
    regex: re(String.raw`\b(?:(?<m1>${MONTH})\s+(?<d1>${DAY}),?|(?<d2>${DAY})\s+(?<m2>${MONTH}))\s+(?<y>${YEAR})`),
    resolve: (g) => {
      const day = isoDate(Number(g.y), monthNumber(g.m1 ?? g.m2), Number(g.d1 ?? g.d2));
      return day ? { from: day, to: day, fiscal: false, kind: 'point' } : null;
    },
  },
  // "over the three-year period from 2016 to 2018", "FY2007 to FY2014", "between 2016 and 2018"
  {
    regex: re(
      String.raw`(?:\b(?:over|during|for|in|Over|During|For|In)\s+the\s+[\p{L}\p{N}]+-year\s+period\s+)?(?:\b(?<intro>from|From|between|Between)\s+)?(?<a>${POINT})\s*(?<link>to|through|until|and|-|\u2013)\s*(?<b>${POINT})`,
    ),
    resolve: (g) => {
      const between = g.intro?.toLowerCase() === 'between';
      if ((g.link === 'and') !== between) return null;
      const a = parsePoint(g.a ?? '');
      // "FY2016-2018": the second year is fiscal too.
      const b = parsePoint(g.b ?? '', a?.fiscal ?? false);
      if (!a || !b || a.from > b.to) return null;
      return { from: a.from, to: b.to, fiscal: a.fiscal || b.fiscal, kind: 'range' };
    },
  },
  // "from April to June 2018"
  {
    regex: re(String.raw`(?:\b[Ff]rom\s+)?\b(?<m1>${MONTH})\s*(?:to|through|-|\u2013)\s*(?<m2>${MONTH}),?\s+(?<y>${YEAR})`),
    resolve: (g) => {
      const year = Number(g.y);
      const from = isoDate(year, monthNumber(g.m1), 1);
      const to = lastDayOfMonth(year, monthNumber(g.m2));
      return from && from <= to ? { from, to, fiscal: false, kind: 'range' } : null;
    },
  },
  // "since 2007", "Since FY2009", "since October 2017", "From December 2012"
  {
    regex: re(String.raw`\b(?<word>since|Since|from|From)\s+(?<a>${POINT})`),
    resolve: (g, ctx) => {
      const a = parsePoint(g.a ?? '');
      if (!a) return null;
      if (a.from > ctx.referenceDate) {
        return { from: a.from, to: null, fiscal: a.fiscal, kind: 'since', assumption: `"${g.word} ${g.a}" starts after the reference date ${ctx.referenceDate}; no end is given` };
      }
      return {
        from: a.from,
        to: ctx.referenceDate,
        fiscal: a.fiscal,
        kind: 'since',
        assumption: `open-ended "${g.word?.toLowerCase()}" runs to the reference date ${ctx.referenceDate}`,
      };
    },
  },
  // "even after FY2018", "beyond 2020", "from FY2019 onward"
  {
    regex: re(String.raw`\b(?:(?:even|Even)\s+)?(?:after|After|beyond|Beyond)\s+(?<a>${POINT})`),
    resolve: (g) => {
      const a = parsePoint(g.a ?? '');
      if (!a) return null;
      return { from: nextDay(a.to), to: null, fiscal: a.fiscal, kind: 'after', assumption: `starts after ${g.a} ends; no end is given` };
    },
  },
  {
    regex: re(String.raw`(?:\b[Ff]rom\s+)?(?<a>${POINT})\s+onwards?\b`),
    resolve: (g) => {
      const a = parsePoint(g.a ?? '');
      return a ? { from: a.from, to: null, fiscal: a.fiscal, kind: 'after', assumption: 'open-ended "onward"; no end is given' } : null;
    },
  },
  // "by 2030", "until FY2020", "by the end of 2020"
  {
    regex: re(String.raw`\b(?<word>until|Until|till|by|By)\s+(?:the\s+end\s+of\s+)?(?<a>${POINT})`),
    resolve: (g) => {
      const a = parsePoint(g.a ?? '');
      return a ? { from: null, to: a.to, fiscal: a.fiscal, kind: 'until', assumption: `"${g.word?.toLowerCase()}" gives an end date only` } : null;
    },
  },
  // "at the end of 2017"
  {
    regex: re(String.raw`\b(?:(?:at|At)\s+)?the\s+end\s+of\s+(?<a>${POINT})`),
    resolve: (g) => {
      const a = parsePoint(g.a ?? '');
      return a ? { from: a.to, to: a.to, fiscal: a.fiscal, kind: 'point', assumption: `"the end of ${g.a}" read as its last day` } : null;
    },
  },
  // "in late July 2018"
  {
    regex: re(String.raw`(?:\b(?:in|In)\s+)?\b(?<part>early|mid|late|Early|Mid|Late)[\s-]+(?<m>${MONTH}),?\s+(?<y>${YEAR})`),
    resolve: (g) => monthPart(Number(g.y), g.m ?? '', g.part ?? '', null),
  },
  // "in 2018", "In February 2018", "in FY2015", "during 2017"
  {
    regex: re(String.raw`\b(?:in|In|during|During)\s+(?<a>${POINT})`),
    resolve: (g) => pointPeriod(g.a ?? ''),
  },
  // A bare point: "2018", "May 2018", "FY2015"; not a number counting people ("2000 people").
  {
    regex: re(String.raw`(?<a>${POINT})(?=(?:\s+(?<noun>[a-z]+))?)`),
    resolve: (g) => (isCountUnitNoun(g.noun ?? '') ? null : pointPeriod(g.a ?? '')),
  },
  // "in late July", "In February", "in April of the same year": a month with no year printed.
  {
    regex: re(
      String.raw`\b(?:(?:in|In|since|Since|from|From|by|By|until|during|During)\s+)(?:(?<part>early|mid|late)[\s-]+)?(?<m>${MONTH})(?<same>\s+of\s+(?:the\s+)?same\s+year)?\b(?!,?\s+\d)`,
    ),
    resolve: (g, ctx) => {
      if (g.part) return monthPart(ctx.anchorYear ?? null, g.m ?? '', g.part, ctx.anchorYear ?? null);
      if (ctx.anchorYear === undefined) {
        return { from: null, to: null, fiscal: false, kind: 'point', assumption: 'no year is printed and no anchor year was given' };
      }
      const month = monthNumber(g.m);
      return {
        from: isoDate(ctx.anchorYear, month, 1),
        to: lastDayOfMonth(ctx.anchorYear, month),
        fiscal: false,
        kind: 'point',
        assumption: `no year is printed; the anchor year ${ctx.anchorYear} is assumed`,
      };
    },
  },
  // "in the same year"
  {
    regex: re(String.raw`\b(?:(?:in|In)\s+)?the\s+same\s+year\b`),
    resolve: (_g, ctx) =>
      ctx.anchorYear === undefined
        ? { from: null, to: null, fiscal: false, kind: 'point', assumption: '"the same year" needs an anchor year; none was given' }
        : { ...yearSpan(ctx.anchorYear), fiscal: false, kind: 'point', assumption: `"the same year" read as the anchor year ${ctx.anchorYear}` },
  },
  // "in the 1990s"
  {
    regex: re(String.raw`\b(?:(?:in|In)\s+)?the\s+(?<decade>(?:19|20)\d0)s\b`),
    resolve: (g) => {
      const decade = Number(g.decade);
      return { from: `${decade}-01-01`, to: `${decade + 9}-12-31`, fiscal: false, kind: 'range' };
    },
  },
  // "over the next three years": counted from the anchor year.
  {
    regex: re(String.raw`\b(?:over|in|for|during|within|Over|In|For|During|Within)\s+the\s+(?:next|coming|following)\s+(?<n>${COUNT_WORD})\s+years\b`),
    resolve: (g, ctx) => {
      const n = countValue(g.n ?? '');
      if (n === null) return openPeriod(`"next ${g.n} years" gives no number of years`);
      if (ctx.anchorYear === undefined) {
        return { from: null, to: null, fiscal: false, kind: 'relative', assumption: `"next ${g.n} years" needs the year it was announced (anchorYear); none was given` };
      }
      return {
        from: `${ctx.anchorYear}-01-01`,
        to: `${ctx.anchorYear + n - 1}-12-31`,
        fiscal: false,
        kind: 'relative',
        assumption: `"next ${g.n} years" counted as ${n} calendar years from the anchor year ${ctx.anchorYear}`,
      };
    },
  },
  // "in the past two years": the calendar years before the reference date's year.
  {
    regex: re(String.raw`\b(?:over|in|for|during|within|Over|In|For|During|Within)\s+the\s+(?:past|last|previous)\s+(?:(?<n>${COUNT_WORD})\s+)?years?\b`),
    resolve: (g, ctx) => {
      const n = g.n === undefined ? 1 : countValue(g.n);
      if (n === null) return openPeriod(`"past ${g.n} years" gives no number of years`);
      const referenceYear = Number(ctx.referenceDate.slice(0, 4));
      return {
        from: `${referenceYear - n}-01-01`,
        to: `${referenceYear - 1}-12-31`,
        fiscal: false,
        kind: 'relative',
        assumption: `"past ${g.n ?? 'one'} year${n === 1 ? '' : 's'}" read as the ${g.n ?? 'one'} calendar year${n === 1 ? '' : 's'} before the reference date's year (${ctx.referenceDate})`,
      };
    },
  },
  // "Every year", "annual", "twice a year"
  {
    regex: re(String.raw`\b(?:(?:[Ee]very|[Ee]ach)\s+(?:(?:${COUNT_WORD})\s+)?years?|[Aa]nnual(?:ly)?|[Yy]early|(?:once|twice|three\s+times|\d+\s+times)\s+(?:a|per)\s+year)\b`),
    resolve: () => ({ from: null, to: null, fiscal: false, kind: 'recurring', assumption: 'recurring; the phrase gives no dates' }),
  },
  // "to date", "up until now": cumulative to the reference date.
  {
    regex: re(String.raw`\b(?:[Tt]o\s+date|[Uu]p\s+(?:until|till|to)\s+now|[Uu]ntil\s+now|[Ss]o\s+far|[Tt]hus\s+far)\b`),
    resolve: (_g, ctx) => ({
      from: null,
      to: ctx.referenceDate,
      fiscal: false,
      kind: 'until',
      assumption: `cumulative; runs to the reference date ${ctx.referenceDate} from an unstated start`,
    }),
  },
  // "in the coming years", "in the future", "going forward", "in recent years"
  {
    regex: re(String.raw`\b(?:[Ii]n\s+the\s+(?:coming|next\s+few)\s+years|[Ii]n\s+(?:the\s+)?future|[Gg]oing\s+forward|[Ii]n\s+recent\s+years)\b`),
    resolve: () => openPeriod('open-ended; the phrase gives no dates'),
  },
];

export function extractPeriods(text: string, ctx: PeriodContext): PeriodMatch[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ctx.referenceDate)) {
    throw new Error(`referenceDate must be YYYY-MM-DD, got "${ctx.referenceDate}"`);
  }
  const candidates: PeriodMatch[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern.regex)) {
      const resolved = pattern.resolve(m.groups ?? {}, ctx);
      if (!resolved) continue;
      const printed = m[0];
      const trimmed = printed.trimEnd();
      candidates.push({ text: trimmed, start: m.index, end: m.index + trimmed.length, ...resolved });
    }
  }
  // The longest phrase wins; no two matches overlap.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PeriodMatch[] = [];
  for (const candidate of candidates) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The one year printed in the sentence around `index`, for use as an anchor year
 * ("announced at the summit held in 2016 ... over the next three years"); undefined when
 * the sentence names no year or several different years.
 */
export function sentenceYear(text: string, index: number): number | undefined {
  const sentenceStart = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('\n', index)) + 1;
  const after = /[.!?](?:\s|$)/.exec(text.slice(index));
  const sentence = text.slice(sentenceStart, after ? index + after.index : text.length);
  const years = new Set([...sentence.matchAll(re(`(?<![A-Za-z])${YEAR}`))].map((m) => Number(m[0])));
  return years.size === 1 ? [...years][0] : undefined;
}

// ---- helpers ----

function re(source: string): RegExp {
  return new RegExp(source, 'gu');
}

function monthNumber(name: string | undefined): number {
  return MONTH_NAMES.indexOf(name ?? '') + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The ISO date, or null for an impossible day ("February 30"). */
function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function yearSpan(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** "FY2015", "February 2018", "2018" (fiscal when `fiscal` is set: "FY2016-2018"). */
function parsePoint(printed: string, fiscal = false): { from: string; to: string; fiscal: boolean } | null {
  const fy = /^FY\s?(\d{4})$/.exec(printed);
  if (fy || (fiscal && /^\d{4}$/.test(printed))) {
    const year = Number(fy ? fy[1] : printed);
    return { from: `${year}-04-01`, to: `${year + 1}-03-31`, fiscal: true };
  }
  const monthYear = new RegExp(`^(${MONTH}),?\\s+(\\d{4})$`).exec(printed);
  if (monthYear) {
    const year = Number(monthYear[2]);
    const month = monthNumber(monthYear[1]);
    return { from: `${year}-${pad(month)}-01`, to: lastDayOfMonth(year, month), fiscal: false };
  }
  if (/^\d{4}$/.test(printed)) return { ...yearSpan(Number(printed)), fiscal: false };
  return null;
}

function pointPeriod(printed: string): Resolved | null {
  const point = parsePoint(printed);
  return point ? { ...point, kind: 'point' } : null;
}

function monthPart(year: number | null, monthName: string, part: string, anchorYear: number | null): Resolved {
  const [firstDay, lastDay] = MONTH_PART_DAYS[part.toLowerCase()];
  const partNote = `"${part.toLowerCase()}" read as days ${firstDay} to ${lastDay === 31 ? 'the end of the month' : lastDay}`;
  if (year === null) {
    return { from: null, to: null, fiscal: false, kind: 'point', assumption: `no year is printed and no anchor year was given; ${partNote}` };
  }
  const month = monthNumber(monthName);
  const monthEnd = lastDayOfMonth(year, month);
  const to = lastDay === 31 ? monthEnd : `${year}-${pad(month)}-${pad(lastDay)}`;
  const yearNote = anchorYear !== null ? `; no year is printed, the anchor year ${anchorYear} is assumed` : '';
  return { from: `${year}-${pad(month)}-${pad(firstDay)}`, to, fiscal: false, kind: 'point', assumption: partNote + yearNote };
}

function countValue(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

function openPeriod(assumption: string): Resolved {
  return { from: null, to: null, fiscal: false, kind: 'open', assumption };
}
