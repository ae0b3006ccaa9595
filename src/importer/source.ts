// What the imported corpus says about its source: the title and part from the first heading, the
// file and its hash, statements that the records are machine-extracted, and the reference date
// open periods run to, with how it was derived.
import { createHash } from 'node:crypto';
import type { SourceInfo } from '../corpus/types.js';
import { cleanInline, matchHeading } from '../corpus/parse.js';
import { UsageError } from '../errors.js';
import { extractPeriods } from '../extract/periods.js';
import { fileTitle, type ParsedChapter } from './chapter.js';
import type { ImportOptions } from './types.js';
import { UNKNOWN_REFERENCE_DATE } from './periods.js';
import { kebab } from './text.js';

const NAME_MAX = 40;
const YEAR_MS = 366 * 86_400_000;

/** The first heading line as printed (cleaned), and its title. */
export function firstHeading(text: string): { line: string; title: string } | null {
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = cleanInline(raw).text;
    if (!line) continue;
    const heading = matchHeading(line, false);
    if (heading && heading.kind !== 'glossary') return { line, title: heading.title };
  }
  return null;
}

/** The default --name: "3 Addressing Global Issues" -> "addressing-global-issues". */
export function defaultCorpusName(text: string): string {
  const heading = firstHeading(text);
  return (heading && kebab(heading.title, NAME_MAX)) || 'imported';
}

export interface ReferenceDate {
  /** YYYY-MM-DD, or UNKNOWN_REFERENCE_DATE when nothing dates the text. */
  date: string;
  note: string;
  derived: boolean;
}

const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * The end of the month of the latest dated event (a month and year, with or without a day);
 * else December 31 of the edition year; else of the latest year the text says something happened in.
 * In an edition, events later than the following year are plans, not events, and are skipped.
 */
export function referenceDateFor(chapter: ParsedChapter, options: ImportOptions): ReferenceDate {
  if (options.referenceDate !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate) || Number.isNaN(Date.parse(options.referenceDate))) {
      throw new UsageError(`The reference date "${options.referenceDate}" is not a date in the form YYYY-MM-DD.`);
    }
    return { date: options.referenceDate, note: 'Given on import; open periods such as "since 2007" run to this date.', derived: false };
  }
  const latestAllowed = options.edition !== null ? `${options.edition + 1}-12-31` : '9999-12-31';
  const events: { to: string; text: string; paragraph: string; month: boolean }[] = [];
  for (const p of chapter.paragraphs) {
    for (const m of extractPeriods(p.text, { referenceDate: UNKNOWN_REFERENCE_DATE })) {
      if ((m.kind !== 'point' && m.kind !== 'range') || m.to === null || m.to > latestAllowed) continue;
      // Only "in 2018" / "during 2018" count as a year-only event; a bare "2030" is often a target.
      const month = MONTH_NAME.test(m.text);
      if (!month && !/^(?:in|during)\s/i.test(m.text)) continue;
      // A long range ("from October 2019 to March 2022") is a plan from its start; a short one an event.
      const happened = m.kind === 'range' && m.from !== null && Date.parse(m.to) - Date.parse(m.from) > YEAR_MS ? m.from : m.to;
      events.push({ to: month ? endOfMonth(happened) : happened, text: m.text, paragraph: p.id, month });
    }
  }
  const latest = (list: typeof events) => list.sort((a, b) => b.to.localeCompare(a.to))[0];
  const dated = latest(events.filter((e) => e.month));
  if (dated) {
    return {
      date: dated.to,
      note: `Derived by odaref: the latest dated event in the text is "${dated.text}" (${dated.paragraph}); open periods such as "since 2007" run to the end of that month.`,
      derived: true,
    };
  }
  if (options.edition !== null) {
    return {
      date: `${options.edition}-12-31`,
      note: `Derived by odaref: the text names no month and year, so the end of the edition year ${options.edition} is used; open periods run to it.`,
      derived: true,
    };
  }
  const year = latest(events);
  if (year) {
    return {
      date: year.to,
      note: `Derived by odaref: the text names no month and year and no edition was given; the latest year it says something happened in is "${year.text}" (${year.paragraph}), and open periods run to its end.`,
      derived: true,
    };
  }
  return {
    date: UNKNOWN_REFERENCE_DATE,
    note: 'Not known: the text names no dated event and no edition was given, so open periods such as "since 2007" have no end date. Import again with a reference date to set one.',
    derived: false,
  };
}

function endOfMonth(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function sourceInfo(text: string, chapter: ParsedChapter, options: ImportOptions, referenceDate: ReferenceDate): SourceInfo {
  const heading = firstHeading(text);
  const title = heading?.title ?? (chapter.headingless ? chapter.sections[0].title : fileTitle(options.sourceFile));
  const part = heading?.line ?? title;
  const edition = options.edition !== null ? `White Paper on Development Cooperation ${options.edition}` : 'unknown edition';
  return {
    title,
    part,
    edition,
    publisher: 'Ministry of Foreign Affairs of Japan (as imported; not checked)',
    file: options.sourceFile,
    sha256: createHash('sha256').update(text).digest('hex'),
    licence: `Not checked by odaref: the terms of use of the imported file are the publisher's. The records in this corpus were machine-extracted by odaref from ${options.sourceFile} and have not been reviewed.`,
    citation: `Source: ${options.sourceFile}, imported as ${edition}, "${part}". Records machine-extracted by odaref from the imported file and not reviewed.`,
    editedStatement:
      "odaref's records for this corpus (programs, funding, figures, organisations, glossary) were machine-extracted by odaref from the imported file with rule-based extractors and have not been reviewed by a person; check each against its quote. They are not the publisher's work, and the publisher does not endorse them.",
    referenceDate: referenceDate.date === UNKNOWN_REFERENCE_DATE ? '' : referenceDate.date,
    referenceDateNote: referenceDate.note,
  };
}
