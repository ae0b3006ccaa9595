// Programs ("efforts"): every body paragraph under a "■ Japan's Efforts" heading (and its lettered
// and ● sub-sections), every paragraph of a "Specific Example" box, and captions that name both an
// organisation and a country. The title and summary are the paragraph's first sentence.
import type { CountryRole, Funding, Paragraph, PlaceRef, Program, Section } from '../corpus/types.js';
import type { ParsedChapter } from './chapter.js';
import { JAPANESE_ACTOR_KINDS, type OrganisationFinder } from './organisations.js';
import type { PlaceFinder } from './places.js';
import { periodsIn, toPeriod } from './periods.js';
import { cutAtWord, kebab, unique, type Span } from './text.js';

export interface ProgramContext {
  chapter: ParsedChapter;
  organisations: OrganisationFinder;
  places: PlaceFinder;
  referenceDate: string;
  donor: string;
}

const TITLE_MAX = 80;
const PROGRAM_NOTE =
  'Machine-extracted by odaref and not reviewed: the title is the paragraph\'s first sentence cut to 80 characters, and the summary is that sentence verbatim (the source\'s words, not a summary).';

/** Which sections' paragraphs are efforts: under an efforts heading, or a Specific Example box. */
function programSections(chapter: ParsedChapter): Map<string, 'efforts' | 'example'> {
  const scope = new Map<string, 'efforts' | 'example'>();
  const underEfforts = (s: Section | undefined): boolean => {
    for (let at = s; at; at = at.parent ? chapter.sectionById.get(at.parent) : undefined) {
      if (at.kind === 'efforts') return true;
      if (at.kind !== 'lettered' && at.kind !== 'topic') return false;
    }
    return false;
  };
  for (const s of chapter.sections) {
    if (s.kind === 'example') scope.set(s.id, 'example');
    else if (underEfforts(s)) scope.set(s.id, 'efforts');
  }
  return scope;
}

export function extractPrograms(ctx: ProgramContext, funding: Funding[]): Program[] {
  const scope = programSections(ctx.chapter);
  const programs: Program[] = [];
  const perSection = new Map<string, number>();
  for (const paragraph of ctx.chapter.paragraphs) {
    const fromCaption = paragraph.kind === 'caption' && captionNamesOrganisationAndCountry(ctx, paragraph);
    if (!fromCaption && !(scope.has(paragraph.section) && paragraph.kind === 'body')) continue;
    const n = (perSection.get(paragraph.section) ?? 0) + 1;
    perSection.set(paragraph.section, n);
    programs.push(program(ctx, paragraph, `prog-${kebab(paragraph.section)}-${n}`, funding, fromCaption));
  }
  for (const p of programs) for (const id of p.funding) funding.find((f) => f.id === id)?.programs.push(p.id);
  return programs;
}

function program(ctx: ProgramContext, paragraph: Paragraph, id: string, funding: Funding[], fromCaption: boolean): Program {
  const sentences = ctx.chapter.sentencesOf(paragraph);
  const first = sentences[0]?.text ?? paragraph.text;
  const text = fromCaption ? withoutPhotoCredit(paragraph.text) : paragraph.text;
  // A caption rarely has a subject ("A JICA expert and nurses at ..."): the Japanese body it names acts.
  const actors = [subjectOf(ctx, sentences) ?? (fromCaption ? japaneseBodyNamed(ctx, text) : null) ?? ctx.donor];
  const partners = unique(ctx.organisations.find(text).map((m) => m.id)).filter((o) => !actors.includes(o) && o !== ctx.donor);
  const quote = { text: paragraph.text, paragraph: paragraph.id };
  return {
    id,
    title: cutAtWord(first, TITLE_MAX),
    summary: first,
    type: 'activity',
    actors,
    partners,
    countries: countriesIn(ctx, text),
    period: firstPeriod(ctx, sentences),
    themes: [],
    funding: funding.filter((f) => f.quotes.some((q) => q.paragraph === paragraph.id)).map((f) => f.id),
    ...(fromCaption ? { fromCaption: true } : {}),
    notes: fromCaption ? `${PROGRAM_NOTE} From a photo caption that names an organisation and a country.` : PROGRAM_NOTE,
    origin: 'extracted',
    quotes: [quote],
    ...ctx.chapter.cite([quote]),
    themeNames: [],
  };
}

// ---- captions ----

/** "(Photo: JICA)" credits a photographer; it does not say who did the work. */
function withoutPhotoCredit(text: string): string {
  return text.replace(/\s*\((?:Photos?|Source)\s*:[^)]*\)/gi, '');
}

/** A caption is an effort of its own only when it names who (an organisation besides Japan) and where. */
function captionNamesOrganisationAndCountry(ctx: ProgramContext, caption: Paragraph): boolean {
  const text = withoutPhotoCredit(caption.text);
  const namesOrganisation = ctx.organisations.find(text).some((m) => m.id !== ctx.donor);
  const namesCountry = ctx.places.find(text).some((m) => m.kind === 'country' && (m.role === 'recipient' || m.role === 'venue'));
  return namesOrganisation && namesCountry;
}

// ---- who acts ----

// After the subject: an optional "(NPA)" or "of Japan", an optional aside, adverbs and auxiliaries, then a verb.
const VERB_AFTER_SUBJECT =
  /^\s*(?:\([^)]*\)\s*)?(?:of\s+Japan\s+)?(?:,[^,]{1,120},\s*)?(?:(?:also|further|then|has|have|had|will|is|was|continues\s+to|has\s+been)\s+)*([a-z]+)\b/;
const AUXILIARIES = new Set(['is', 'was', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'also']);
/** Past tenses that do not end in "-ed": "MOJ held", "JICA built". */
const IRREGULAR_PAST = new Set(['held', 'made', 'gave', 'sent', 'built', 'took', 'led', 'met', 'began', 'brought', 'set', 'taught', 'paid', 'lent', 'sought', 'undertook', 'won', 'spent']);

/**
 * The Japanese government body or agency that is the subject of the first sentence that has one
 * ("MOJ also conducts", "Through UNAFEI, MOJ held", "the National Police Agency (NPA) holds").
 */
function subjectOf(ctx: ProgramContext, sentences: Span[]): string | null {
  for (const sentence of sentences) {
    for (const m of ctx.organisations.find(sentence.text)) {
      const org = ctx.organisations.byId(m.id);
      if (!org || !JAPANESE_ACTOR_KINDS.has(org.kind)) continue;
      // The subject opens the sentence or follows a lead-in phrase ending in a comma.
      if (!/(?:^|,\s*)(?:[Tt]he\s+)?$/.test(sentence.text.slice(0, m.start))) continue;
      const verb = VERB_AFTER_SUBJECT.exec(sentence.text.slice(m.end))?.[1];
      if (verb && (AUXILIARIES.has(verb) || IRREGULAR_PAST.has(verb) || /^[a-z]{3,}(?:s|ed)$/.test(verb)) && !/ss$/.test(verb)) return m.id;
    }
  }
  return null;
}

function japaneseBodyNamed(ctx: ProgramContext, text: string): string | null {
  return ctx.organisations.find(text).find((m) => m.id !== ctx.donor && JAPANESE_ACTOR_KINDS.has(ctx.organisations.byId(m.id)?.kind ?? ''))?.id ?? null;
}

// ---- where ----

const ROLE_RANK: Record<CountryRole, number> = { recipient: 0, 'indirect-beneficiary': 1, host: 2, venue: 3, mention: 4 };

function countriesIn(ctx: ProgramContext, text: string): PlaceRef[] {
  const byCode = new Map<string, PlaceRef>();
  for (const m of ctx.places.find(text)) {
    if (m.role === null) continue;
    const ref = byCode.get(m.code);
    const places = m.via === 'place' ? [m.text] : [];
    if (!ref) {
      byCode.set(m.code, { code: m.code, role: m.role, ...(places.length ? { places } : {}) });
      continue;
    }
    if (ROLE_RANK[m.role] < ROLE_RANK[ref.role]) ref.role = m.role;
    if (places.length) ref.places = unique([...(ref.places ?? []), ...places]);
  }
  return [...byCode.values()];
}

function firstPeriod(ctx: ProgramContext, sentences: Span[]): Program['period'] {
  for (const sentence of sentences) {
    const found = periodsIn(sentence.text, ctx.referenceDate)[0];
    if (found) return toPeriod(found);
  }
  return null;
}
