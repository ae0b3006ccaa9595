// Funding: one record per amount the money extractor finds, quoted by its sentence. Status, basis,
// channel, beneficiaries, period and purpose are guessed from the words around the amount; every
// guess is rule-based and the record says it was machine-extracted.
import type { Funding, FundingBasis, FundingStatus, Modality, Paragraph, Relation } from '../corpus/types.js';
import { extractMoney, type MoneyMatch } from '../extract/money.js';
import type { PeriodMatch } from '../extract/periods.js';
import type { ParsedChapter } from './chapter.js';
import { JAPANESE_ACTOR_KINDS, type OrganisationFinder } from './organisations.js';
import type { PlaceFinder } from './places.js';
import { isMultiYear, isSingleYearOrLess, periodsIn, toPeriod } from './periods.js';
import { cutAtWord, unique, type Span } from './text.js';

export interface FundingContext {
  chapter: ParsedChapter;
  organisations: OrganisationFinder;
  places: PlaceFinder;
  referenceDate: string;
  donor: string;
}

/** Paragraph kinds that can hold an amount worth a record (the glossary's examples are not flows). */
const MONEY_PARAGRAPH_KINDS = new Set(['body', 'caption', 'footnote']);

/** An amount and, when printed as "$X (approximately ¥Y)", the same money in the other currency. */
interface AmountUnit {
  members: MoneyMatch[];
  start: number;
  end: number;
}

/** The part of a sentence that belongs to one amount, in paragraph offsets. */
interface Window {
  start: number;
  end: number;
}

export function extractFunding(ctx: FundingContext): Funding[] {
  const records: Funding[] = [];
  for (const paragraph of ctx.chapter.paragraphs) {
    if (!MONEY_PARAGRAPH_KINDS.has(paragraph.kind)) continue;
    const money = extractMoney(paragraph.text);
    if (money.length === 0) continue;
    const paragraphRecords: Funding[] = [];
    for (const sentence of ctx.chapter.sentencesOf(paragraph)) {
      const inSentence = money.filter((m) => m.start >= sentence.start && m.start < sentence.end);
      if (inSentence.length === 0) continue;
      const units = groupSameAmounts(paragraph.text, inSentence);
      const windows = unitWindows(paragraph.text, sentence, units);
      units.forEach((unit, i) => {
        const ids = unit.members.map((m, k) => fundingId(records.length + paragraphRecords.length + k + 1, m));
        unit.members.forEach((match, j) => {
          const record = fundingRecord(ctx, paragraph, sentence, units, windows, i, match, ids[j]);
          record.relations = ids.filter((other) => other !== ids[j]).map((target) => ({
            type: 'same-amount',
            target,
            note: 'The same money stated in the other currency; never add the two.',
          }));
          paragraphRecords.push(record);
        });
      });
    }
    linkAchievedToTargets(paragraph, paragraphRecords);
    records.push(...paragraphRecords);
  }
  return records;
}

// ---- amounts and their windows ----

/** "$200 million (approximately ¥22 billion)": the parenthesised amount restates the first. */
function groupSameAmounts(text: string, matches: MoneyMatch[]): AmountUnit[] {
  const units: AmountUnit[] = [];
  for (const m of matches) {
    const last = units[units.length - 1];
    const gap = last ? text.slice(last.end, m.start) : '';
    const restates = last && last.members.length === 1 && last.members[0].currency !== m.currency && /^\s*\(\s*$/.test(gap) && text[m.end] === ')';
    if (restates) {
      last.members.push(m);
      last.end = m.end + 1;
    } else {
      units.push({ members: [m], start: m.start, end: m.end });
    }
  }
  return units;
}

// Where the words between two amounts are split: at the last clause break between them.
const CLAUSE_BREAK = /,?\s+and\s+|;\s*|,\s+(?:while|whereas|but)\s+|,\s+/g;

/**
 * Each amount owns the words from the clause break before it to the clause break after it;
 * the first also owns the sentence's lead-in and the last its tail.
 */
function unitWindows(text: string, sentence: Span, units: AmountUnit[]): Window[] {
  const cuts = [sentence.start];
  for (let i = 1; i < units.length; i++) {
    const between = text.slice(units[i - 1].end, units[i].start);
    const breaks = [...between.matchAll(CLAUSE_BREAK)];
    const last = breaks[breaks.length - 1];
    cuts.push(units[i - 1].end + (last ? last.index : 0));
  }
  cuts.push(sentence.end);
  return units.map((_, i) => ({ start: cuts[i], end: cuts[i + 1] }));
}

// ---- one record ----

function fundingRecord(
  ctx: FundingContext,
  paragraph: Paragraph,
  sentence: Span,
  units: AmountUnit[],
  windows: Window[],
  unitIndex: number,
  match: MoneyMatch,
  id: string,
): Funding {
  const text = paragraph.text;
  const unit = units[unitIndex];
  const window = windows[unitIndex];
  // The words before the first amount ("Through UNICEF, Japan provided ...") speak for every amount;
  // the words after the last speak for all when one verb governs them ("provided $4 million to A
  // and $1.5 million to B in 2019"), not when a later amount has its own verb.
  const leadIn: Window = { start: sentence.start, end: units[0].start };
  const last = units[units.length - 1];
  const sharesVerb = unitIndex < units.length - 1 && !hasStatusCue(text.slice(unit.end, last.start));
  const tail: Window | null = sharesVerb ? { start: last.end, end: sentence.end } : null;
  const windowText = text.slice(window.start, window.end);
  const notes: string[] = ['Machine-extracted by odaref and not reviewed; the purpose is a phrase cut from the sentence.'];

  const status = statusOf(text, sentence, match);
  if (status.defaulted) notes.push('No verb in the sentence says whether this money was pledged, given or achieved; "disbursed" is a default.');

  const periods = periodsIn(sentence.text, ctx.referenceDate, match.start - sentence.start).map((p) => ({
    ...p,
    start: p.start + sentence.start,
    end: p.end + sentence.start,
  }));
  const period = choosePeriod(periods, unit, window, leadIn, tail);
  const basis = basisOf(windowText, sentence.text, period);
  const channel = channelOf(ctx, text, unit, window, leadIn, tail);
  const places = beneficiariesOf(ctx, text, window, leadIn, unitIndex > 0);
  if (places.ambiguous.length) notes.push(...unique(places.ambiguous));
  if (match.rangeEnd !== undefined) notes.push(`Printed as a range; the amount is its lower end (the upper end is ${match.rangeEnd}).`);
  if (paragraph.kind !== 'body') notes.push(`From a ${paragraph.kind}, not the body text.`);
  const channelRecord = channel ? ctx.organisations.byId(channel) : undefined;

  const quote = { text: sentence.text, paragraph: paragraph.id };
  return {
    id,
    amount: match.value,
    currency: match.currency,
    approximate: match.approximate,
    amountText: match.amountText,
    status: status.status,
    basis,
    modality: modalityOf(channelRecord?.kind),
    channel,
    beneficiaries: places.codes,
    period: period ? toPeriod(period) : null,
    purpose: purposeOf(ctx, text, sentence, unit, periods),
    themes: [],
    relations: [] as Relation[],
    statedTotal: /\b(?:a\s+total\s+of|totall?ing|in\s+total)\b/i.test(windowText),
    donor: ctx.donor,
    notes: notes.join(' '),
    origin: 'extracted',
    quotes: [quote],
    ...ctx.chapter.cite([quote]),
    themeNames: [],
    programs: [],
    channelName: channelRecord?.name ?? null,
    crsChannel: channelRecord?.crsChannel ?? null,
  };
}

/** fund-<n>-<currency><value>: "fund-3-usd200m", "fund-4-jpy22bn". */
function fundingId(n: number, match: MoneyMatch): string {
  const scales: [number, string][] = [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm'], [1e3, 'k']];
  const [divisor, suffix] = scales.find(([d]) => match.value >= d) ?? [1, ''];
  const value = `${Number((match.value / divisor).toFixed(3))}`.replace('.', 'p');
  return `fund-${n}-${match.currency.toLowerCase()}${value}${suffix}`;
}

// ---- status ----

const STATUS_CUES: [FundingStatus, RegExp][] = [
  ['announced', /\b(?:will|would|shall|pledged?|pledges|pledging|announced?|announces|announcing|decided|decides|committed|commits?|committing|declared|declares|plans?\s+to|aims?\s+to|intends?\s+to)\b/g],
  ['achieved', /\b(?:achieved|achieves|achieving|exceeding|exceeded|results?|reached|surpassed|surpassing)\b/g],
  // Gerunds ("committed to providing") are left out: another verb governs them.
  ['disbursed', /\b(?:contributed|contributes|disbursed|provided|provides|extended|extends|granted|gave|given|spent|allocated|donated|funded)\b/g],
];

// The amount a result is measured against: "exceeding the $1 billion", "against its target of ¥45 billion".
const TARGET_BEFORE = /\b(?:exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?|against|beyond)\s+(?:(?:the|its|their|that|a|an)\s+)?(?:[a-z]+\s+)?(?:(?:target|pledge|commitment|goal)s?\s+)?(?:of\s+)?$|\b(?:target|goal)s?\s+of\s+$/i;

function hasStatusCue(text: string): boolean {
  return STATUS_CUES.some(([, pattern]) => new RegExp(pattern.source).test(text));
}

function statusOf(text: string, sentence: Span, match: MoneyMatch): { status: FundingStatus; defaulted: boolean } {
  if (TARGET_BEFORE.test(text.slice(sentence.start, match.start))) return { status: 'announced', defaulted: false };
  const cues = STATUS_CUES.flatMap(([status, pattern]) =>
    [...text.slice(sentence.start, sentence.end).matchAll(pattern)].map((m) => ({ status, at: sentence.start + m.index })),
  );
  // The nearest verb before the amount governs it; failing that, the first one after.
  const before = cues.filter((c) => c.at < match.start).sort((a, b) => b.at - a.at)[0];
  const after = cues.filter((c) => c.at >= match.end).sort((a, b) => a.at - b.at)[0];
  const cue = before ?? after;
  return cue ? { status: cue.status, defaulted: false } : { status: 'disbursed', defaulted: true };
}

// ---- period and basis ----

function choosePeriod(periods: (PeriodMatch & Window)[], unit: AmountUnit, window: Window, leadIn: Window, tail: Window | null): PeriodMatch | null {
  const within = (w: Window) => periods.filter((p) => p.start >= w.start && p.end <= w.end);
  const own = within(window);
  const following = own.filter((p) => p.start >= unit.end).sort((a, b) => a.start - b.start)[0];
  const preceding = own.filter((p) => p.end <= unit.start).sort((a, b) => b.end - a.end)[0];
  const sharedBefore = within(leadIn).sort((a, b) => b.end - a.end)[0];
  const sharedAfter = tail ? within(tail)[0] : undefined;
  return following ?? preceding ?? sharedBefore ?? sharedAfter ?? null;
}

const MULTI_YEAR_WORDS =
  /\b(?:over|during|for|in|within)\s+the\s+(?:next|coming|following)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few)\s+)?years\b|\b(?:two|three|four|five|\d+)-year\s+period\b/i;
const CUMULATIVE_WORDS = /\b(?:a\s+total\s+of|cumulative(?:ly)?|up\s+(?:until|till|to)\s+now|until\s+now|to\s+date|so\s+far|thus\s+far)\b/i;

function basisOf(windowText: string, sentenceText: string, period: PeriodMatch | null): FundingBasis {
  if ((period && isMultiYear(period)) || MULTI_YEAR_WORDS.test(windowText)) return 'multi-year';
  if (CUMULATIVE_WORDS.test(windowText)) return 'cumulative';
  // "has contributed ... since 2002": a running total.
  if (period?.kind === 'since' && /\b(?:has|have|had)\b/.test(sentenceText)) return 'cumulative';
  if (period && isSingleYearOrLess(period)) return 'one-year';
  return 'unspecified';
}

// ---- channel ----

const CHANNEL_PREPOSITION = /(?:^|[^\p{L}])(?:to|through|via|into|To|Through|Via)\s+(?:the\s+)?$/u;
const CHANNEL_KINDS_EXCLUDED = new Set([...JAPANESE_ACTOR_KINDS, 'framework']);

/** An organisation named as where the money goes ("to UNODC", "through the WFP"), nearest the amount. */
function channelOf(ctx: FundingContext, text: string, unit: AmountUnit, window: Window, leadIn: Window, tail: Window | null): string | null {
  const candidates = (w: Window) =>
    ctx.organisations
      .find(text.slice(w.start, w.end))
      .map((m) => ({ ...m, start: m.start + w.start, end: m.end + w.start }))
      .filter((m) => {
        const org = ctx.organisations.byId(m.id);
        if (!org || CHANNEL_KINDS_EXCLUDED.has(org.kind) || m.id === ctx.donor) return false;
        return CHANNEL_PREPOSITION.test(text.slice(Math.max(0, m.start - 20), m.start));
      });
  const own = candidates(window);
  const after = own.filter((m) => m.start >= unit.end).sort((a, b) => a.start - b.start)[0];
  const before = own.filter((m) => m.end <= unit.start).sort((a, b) => b.end - a.end)[0];
  const sharedBefore = window.start === leadIn.start ? undefined : candidates(leadIn).pop();
  const sharedAfter = tail ? candidates(tail)[0] : undefined;
  return (after ?? before ?? sharedBefore ?? sharedAfter)?.id ?? null;
}

function modalityOf(kind: string | undefined): Modality[] {
  if (kind === 'japanese-ngo') return ['through-ngo'];
  if (kind && ['un', 'international', 'regional', 'fund'].includes(kind)) return ['through-international-organisation'];
  return [];
}

// ---- beneficiaries ----

/** Generic enough that a named region or country is always the better answer. */
const GENERIC_GROUPINGS = new Set(['developing-countries']);

function beneficiariesOf(
  ctx: FundingContext,
  text: string,
  window: Window,
  leadIn: Window,
  useLeadIn: boolean,
): { codes: string[]; ambiguous: string[] } {
  const recipients = (w: Window) => ctx.places.find(text.slice(w.start, w.end)).filter((m) => m.role === 'recipient');
  let found = recipients(window);
  if (useLeadIn && found.length === 0) found = recipients(leadIn);
  const countries = unique(found.filter((m) => m.kind === 'country').map((m) => m.code));
  const ambiguous = found.filter((m) => m.ambiguous).map((m) => m.ambiguous!);
  if (countries.length > 0) return { codes: countries, ambiguous };
  // Regional money: the one grouping named, the most specific first.
  const groupings = unique(found.filter((m) => m.kind === 'grouping').map((m) => m.code));
  const grouping = groupings.find((g) => !GENERIC_GROUPINGS.has(g)) ?? groupings[0];
  return { codes: grouping ? [grouping] : [], ambiguous };
}

// ---- purpose ----

const PURPOSE_VERBS =
  'help|support|improve|strengthen|promote|provide|address|assist|build|develop|combat|prevent|fight|protect|expand|enhance|reduce|identify|tackle|respond|achieve|realize|realise|ensure|create|train|finance|fund|eradicate|eliminate|end|adapt|mitigate|restore|rebuild|implement|establish|carry';
// "for" (not "for the next three years", not "for approximately 20,000 people"), "to <verb>", "as <noun phrase>".
const PURPOSE_MARKER = new RegExp(
  String.raw`\bfor\s+(?!the\s+(?:next|past|first|last|coming)\b)(?!(?:approximately|about|around|some|nearly|over|more\s+than|up\s+to)?\s*\d)(?=[\p{L}\u201c"])` +
    String.raw`|\b(?:in\s+order\s+to|so\s+as\s+to|to)\s+(?=(?:${PURPOSE_VERBS})\b)` +
    String.raw`|\bas\s+(?!(?:well|a\s+result|announced|part\s+of|of|such)\b)(?=\p{Ll})`,
  'gu',
);
// Where the phrase ends: a clause break (not the comma in "20,000"), a bracket, a channel, another amount.
const PURPOSE_END = /,(?!\d)|[;:()]|\.(?:\s|$)|\s+(?:through|via|and\s+(?:has|have|will|is|was))\s|[$¥]/;
const PURPOSE_MAX = 100;

/**
 * A short phrase after the amount: what follows the first "for", "to <verb>" or "as" (outside
 * an organisation's name and a period phrase), up to the next clause break, period phrase,
 * amount or channel; else the sentence itself, cut.
 */
function purposeOf(ctx: FundingContext, text: string, sentence: Span, unit: AmountUnit, periods: (PeriodMatch & Window)[]): string {
  const after = text.slice(unit.end, sentence.end);
  const names = ctx.organisations.find(after).map((m) => ({ start: m.start + unit.end, end: m.end + unit.end }));
  const inside = (spans: Window[], at: number) => spans.some((s) => at >= s.start && at < s.end);
  for (const m of after.matchAll(PURPOSE_MARKER)) {
    const markerAt = unit.end + m.index;
    if (inside(periods, markerAt) || inside(names, markerAt)) continue;
    const start = markerAt + m[0].length;
    const rest = text.slice(start, sentence.end);
    const stops = [rest.search(PURPOSE_END), ...periods.filter((p) => p.start >= start).map((p) => p.start - start)].filter((i) => i >= 0);
    const phrase = rest.slice(0, stops.length ? Math.min(...stops) : rest.length).trim();
    if (phrase.length >= 3) return cutAtWord(phrase, PURPOSE_MAX);
  }
  return cutAtWord(sentence.text, PURPOSE_MAX);
}

// ---- achieved against a target ----

const COMPARES_TO_TARGET = /\b(?:exceed\w*|surpass\w*|against|achiev\w*|target\w*|commitment)\b/i;

/**
 * A result reported against an earlier figure ("reached ¥1.4 trillion, exceeding that
 * commitment"): the announced amount in the same sentence, else the nearest one before it in the
 * paragraph, in the same currency where there is one.
 */
function linkAchievedToTargets(paragraph: Paragraph, records: Funding[]): void {
  for (const [i, record] of records.entries()) {
    if (record.status !== 'achieved' || !COMPARES_TO_TARGET.test(record.quotes[0].text)) continue;
    const sameAmount = new Set(record.relations.map((r) => r.target));
    const targets = records.filter((r, j) => r.status === 'announced' && !sameAmount.has(r.id) && (r.quotes[0].text === record.quotes[0].text || j < i));
    if (targets.length === 0) continue;
    const sameSentence = targets.filter((t) => t.quotes[0].text === record.quotes[0].text);
    const pool = sameSentence.length ? sameSentence : [targets[targets.length - 1]];
    const target = pool.find((t) => t.currency === record.currency) ?? pool[0];
    record.relations.push({
      type: 'achieved-against',
      target: target.id,
      note: `Machine-detected in ${paragraph.id}: the result is reported against this earlier figure; not additional money.`,
    });
  }
}
