// Assembles the corpus from the parsed chapter, the curated records and the reference lists,
// resolving every quote to its paragraph and failing on any record that does not hold together.
import type {
  Citation, Corpus, Country, CountryCuration, FigureRecord, FundingRecord, GlossaryRecord, Grouping, GroupingRecord,
  OrganisationRecord, Paragraph, ProgramRecord, Quote, Section, SourceInfo,
} from './types.js';
import { parseChapter } from './parse.js';
import { RecordChecker } from './validate.js';
import { PROGRAM_TYPES, COUNTRY_ROLES, CURRENCIES, FUNDING_STATUSES, FUNDING_BASES, MODALITIES, RELATION_TYPES, FIGURE_KINDS, ORGANISATION_KINDS, GLOSSARY_TYPES, ORIGINS } from './enums.js';
import { findMentions } from './mentions.js';
import { sectionsUsing } from './usage.js';
import { CORPUS_FORMAT_VERSION } from './file.js';



export interface IsoCountry {
  alpha2: string;
  alpha3: string;
  name: string;
  aliases: string[];
}

export interface CuratedFiles {
  programs: unknown[];
  funding: unknown[];
  figures: unknown[];
  organisations: unknown[];
  glossary: unknown[];
  countries: unknown[];
  groupings: unknown[];
}

export interface BuildInputs {
  name: string;
  edition: number;
  sourceText: string;
  source: SourceInfo;
  curated: CuratedFiles;
  isoCountries: IsoCountry[];
  dacSectors: Map<string, string>;
  crsChannels: Map<string, string>;
  dacRegions: Map<string, string>;
}

export interface BuildResult {
  corpus: Corpus;
  problems: string[];
  warnings: string[];
}

export function buildCorpus(inputs: BuildInputs): BuildResult {
  const doc = parseChapter(inputs.sourceText);
  const problems: string[] = [];
  const sectionById = new Map(doc.sections.map((s) => [s.id, s]));
  const paragraphById = new Map(doc.paragraphs.map((p) => [p.id, p]));

  const cite = (checker: RecordChecker, id: string, quotes: Quote[]): Citation & { quotes: Quote[] } => {
    const resolved = quotes.map((q, i) => resolveQuote(checker, id, i, q, doc.paragraphs, paragraphById));
    const paragraphs = unique(resolved.map((q) => q.paragraph).filter((p): p is string => Boolean(p)));
    const section = paragraphs.length ? paragraphById.get(paragraphs[0])!.section : '';
    return { section, sectionPath: section ? sectionById.get(section)!.path : [], paragraphs, quotes: resolved };
  };

  // Organisations and groupings first: the other records refer to them.
  const orgCheck = new RecordChecker('organisations.json');
  const organisations = inputs.curated.organisations.map((raw, i) => {
    const r = orgCheck.record(raw, i);
    if (!r) return null;
    const o = raw as OrganisationRecord;
    orgCheck.string(r.id, 'name', o.name);
    orgCheck.string(r.id, 'acronym', o.acronym, { optional: true });
    orgCheck.oneOf(r.id, 'kind', o.kind, ORGANISATION_KINDS);
    orgCheck.strings(r.id, 'aliases', o.aliases);
    if (o.crsChannel !== undefined && !inputs.crsChannels.has(o.crsChannel)) orgCheck.fail(r.id, 'crsChannel', `${o.crsChannel} is not an active CRS channel code`);
    return { ...o, ...cite(orgCheck, r.id, orgCheck.quotes(r.id, o.quotes, { required: false })) };
  }).filter(isPresent);
  const orgIds = new Set(organisations.map((o) => o.id));

  const groupCheck = new RecordChecker('groupings.json');
  const groupingRecords = inputs.curated.groupings.map((raw, i) => {
    const r = groupCheck.record(raw, i);
    if (!r) return null;
    const g = raw as GroupingRecord;
    groupCheck.string(r.id, 'name', g.name);
    groupCheck.oneOf(r.id, 'kind', g.kind, ['region', 'organisation-members'] as const);
    groupCheck.strings(r.id, 'aliases', g.aliases);
    groupCheck.strings(r.id, 'members', g.members, { optional: true });
    groupCheck.strings(r.id, 'within', g.within, { optional: true });
    return g;
  }).filter(isPresent);
  const groupingIds = new Set(groupingRecords.map((g) => g.id));

  const isoByAlpha3 = new Map(inputs.isoCountries.map((c) => [c.alpha3, c]));
  const placeCodes = new Set([...isoByAlpha3.keys(), ...groupingIds]);

  const countryCheck = new RecordChecker('countries.json');
  const curation = new Map<string, CountryCuration>();
  inputs.curated.countries.forEach((raw, i) => {
    const r = countryCheck.record(raw, i);
    if (!r) return;
    const c = raw as CountryCuration;
    countryCheck.ref(r.id, 'alpha3', c.alpha3, isoByAlpha3, 'ISO 3166 alpha-3 code');
    countryCheck.string(r.id, 'name', c.name, { optional: true });
    countryCheck.strings(r.id, 'aliases', c.aliases);
    countryCheck.strings(r.id, 'demonyms', c.demonyms);
    countryCheck.strings(r.id, 'places', c.places);
    countryCheck.array(r.id, 'groupings', c.groupings, (g, j) => countryCheck.ref(r.id, `groupings[${j}]`, g, groupingIds, 'grouping'));
    if (c.dacRegion !== undefined && !inputs.dacRegions.has(c.dacRegion)) countryCheck.fail(r.id, 'dacRegion', `${c.dacRegion} is not a DAC region code`);
    if (curation.has(c.alpha3)) countryCheck.fail(r.id, 'alpha3', 'is curated twice');
    curation.set(c.alpha3, c);
  });
  for (const g of groupingRecords) {
    g.members?.forEach((m, j) => groupCheck.ref(g.id, `members[${j}]`, m, isoByAlpha3, 'ISO 3166 alpha-3 code'));
    g.within?.forEach((w, j) => groupCheck.ref(g.id, `within[${j}]`, w, groupingIds, 'grouping'));
  }

  const themeNames = (checker: RecordChecker, id: string, themes: unknown): string[] => {
    if (!Array.isArray(themes)) {
      checker.fail(id, 'themes', 'must be an array of DAC purpose codes');
      return [];
    }
    return themes.map((t, i) => {
      const name = inputs.dacSectors.get(String(t));
      if (!name) checker.fail(id, `themes[${i}]`, `${String(t)} is not an active DAC purpose code`);
      return name ?? String(t);
    });
  };

  const fundingCheck = new RecordChecker('funding.json');
  const fundingRaw = inputs.curated.funding as FundingRecord[];
  const fundingIds = new Set(fundingRaw.map((f) => f.id));
  const funding = fundingRaw.map((f, i) => {
    const r = fundingCheck.record(f, i);
    if (!r) return null;
    const id = r.id;
    fundingCheck.number(id, 'amount', f.amount, { nullable: true });
    fundingCheck.oneOf(id, 'currency', f.currency, CURRENCIES, { nullable: true });
    if ((f.amount === null) !== (f.currency === null)) fundingCheck.fail(id, 'currency', 'an amount needs a currency, and a flow without an amount has none');
    if ((f.amount === null) !== (f.amountText === null)) fundingCheck.fail(id, 'amountText', 'must be set exactly when amount is');
    fundingCheck.boolean(id, 'approximate', f.approximate);
    fundingCheck.oneOf(id, 'status', f.status, FUNDING_STATUSES);
    fundingCheck.oneOf(id, 'basis', f.basis, FUNDING_BASES);
    fundingCheck.array(id, 'modality', f.modality, (m, j) => fundingCheck.oneOf(id, `modality[${j}]`, m, MODALITIES));
    if (f.channel !== null) fundingCheck.ref(id, 'channel', f.channel, orgIds, 'organisation');
    fundingCheck.array(id, 'beneficiaries', f.beneficiaries, (b, j) => fundingCheck.ref(id, `beneficiaries[${j}]`, b, placeCodes, 'country or grouping'));
    fundingCheck.period(id, 'period', f.period);
    fundingCheck.string(id, 'purpose', f.purpose);
    fundingCheck.array(id, 'relations', f.relations, (rel, j) => {
      const x = rel as { type: unknown; target: unknown };
      fundingCheck.oneOf(id, `relations[${j}].type`, x?.type, RELATION_TYPES);
      fundingCheck.ref(id, `relations[${j}].target`, x?.target, fundingIds, 'funding record');
    });
    fundingCheck.boolean(id, 'statedTotal', f.statedTotal);
    fundingCheck.ref(id, 'donor', f.donor, orgIds, 'organisation');
    fundingCheck.oneOf(id, 'origin', f.origin, ORIGINS, { optional: true });
    const quotes = fundingCheck.quotes(id, f.quotes, { required: f.origin !== 'external' });
    const cited = cite(fundingCheck, id, quotes);
    if (f.amountText && !cited.quotes.some((q) => q.text.includes(f.amountText!))) {
      fundingCheck.fail(id, 'amountText', `"${f.amountText}" is not inside any of the record's quotes`);
    }
    const channel = organisations.find((o) => o.id === f.channel);
    return { ...f, ...cited, themeNames: themeNames(fundingCheck, id, f.themes), programs: [] as string[], channelName: channel?.name ?? null, crsChannel: channel?.crsChannel ?? null };
  }).filter(isPresent);

  const programCheck = new RecordChecker('programs.json');
  const programs = (inputs.curated.programs as ProgramRecord[]).map((p, i) => {
    const r = programCheck.record(p, i);
    if (!r) return null;
    const id = r.id;
    programCheck.string(id, 'title', p.title);
    programCheck.string(id, 'summary', p.summary);
    programCheck.oneOf(id, 'type', p.type, PROGRAM_TYPES);
    programCheck.array(id, 'actors', p.actors, (a, j) => programCheck.ref(id, `actors[${j}]`, a, orgIds, 'organisation'), { nonEmpty: true });
    programCheck.array(id, 'partners', p.partners, (a, j) => programCheck.ref(id, `partners[${j}]`, a, orgIds, 'organisation'));
    programCheck.array(id, 'countries', p.countries, (c, j) => {
      const x = c as { code: unknown; role: unknown };
      programCheck.ref(id, `countries[${j}].code`, x?.code, placeCodes, 'country or grouping');
      programCheck.oneOf(id, `countries[${j}].role`, x?.role, COUNTRY_ROLES);
    });
    programCheck.period(id, 'period', p.period);
    programCheck.array(id, 'funding', p.funding, (f, j) => programCheck.ref(id, `funding[${j}]`, f, fundingIds, 'funding record'));
    programCheck.oneOf(id, 'origin', p.origin, ORIGINS, { optional: true });
    programCheck.boolean(id, 'fromCaption', p.fromCaption, { optional: true });
    const cited = cite(programCheck, id, programCheck.quotes(id, p.quotes, { required: p.origin !== 'external' }));
    return { ...p, ...cited, themeNames: themeNames(programCheck, id, p.themes) };
  }).filter(isPresent);
  for (const p of programs) for (const f of p.funding) funding.find((x) => x.id === f)?.programs.push(p.id);

  const figureCheck = new RecordChecker('figures.json');
  const figures = (inputs.curated.figures as FigureRecord[]).map((f, i) => {
    const r = figureCheck.record(f, i);
    if (!r) return null;
    figureCheck.number(r.id, 'value', f.value);
    figureCheck.boolean(r.id, 'approximate', f.approximate);
    figureCheck.string(r.id, 'valueText', f.valueText);
    figureCheck.string(r.id, 'unit', f.unit);
    figureCheck.oneOf(r.id, 'kind', f.kind, FIGURE_KINDS);
    figureCheck.string(r.id, 'description', f.description);
    figureCheck.array(r.id, 'relatedFunding', f.relatedFunding, (x, j) => figureCheck.ref(r.id, `relatedFunding[${j}]`, x, fundingIds, 'funding record'), { optional: true });
    const cited = cite(figureCheck, r.id, figureCheck.quotes(r.id, f.quotes, { required: true }));
    if (!cited.quotes.some((q) => q.text.includes(f.valueText))) figureCheck.fail(r.id, 'valueText', `"${f.valueText}" is not inside any of the record's quotes`);
    return { ...f, ...cited };
  }).filter(isPresent);

  const glossaryCheck = new RecordChecker('glossary.json');
  const glossary = (inputs.curated.glossary as GlossaryRecord[]).map((g, i) => {
    const r = glossaryCheck.record(g, i);
    if (!r) return null;
    const id = r.id;
    glossaryCheck.string(id, 'term', g.term);
    glossaryCheck.oneOf(id, 'type', g.type, GLOSSARY_TYPES);
    glossaryCheck.string(id, 'definition', g.definition, { nullable: true });
    glossaryCheck.oneOf(id, 'definitionOrigin', g.definitionOrigin, ['glossary', 'inline', 'external'] as const, { nullable: true });
    if ((g.definition === null) !== (g.definitionOrigin === null)) glossaryCheck.fail(id, 'definitionOrigin', 'must be set exactly when definition is');
    if (g.organisation !== undefined) glossaryCheck.ref(id, 'organisation', g.organisation, orgIds, 'organisation');
    glossaryCheck.oneOf(id, 'origin', g.origin, ORIGINS, { optional: true });
    const expansions = Array.isArray(g.expansions) ? g.expansions : [];
    glossaryCheck.array(id, 'expansions', g.expansions, (e, j) => {
      const x = e as { text: unknown; origin: unknown; quote?: Quote };
      glossaryCheck.string(id, `expansions[${j}].text`, x?.text);
      glossaryCheck.oneOf(id, `expansions[${j}].origin`, x?.origin, ORIGINS);
      if (x?.origin === 'text' && !x.quote) glossaryCheck.fail(id, `expansions[${j}].quote`, 'an expansion read from the text needs its quote');
    });
    if (g.type === 'acronym' && expansions.length === 0) glossaryCheck.fail(id, 'expansions', 'an acronym needs at least one expansion');
    const resolvedExpansions = expansions.map((e, j) =>
      e.quote ? { ...e, quote: resolveQuote(glossaryCheck, id, j, e.quote, doc.paragraphs, paragraphById, `expansions[${j}].quote`) } : e,
    );
    for (const e of resolvedExpansions) if (e.quote && !e.quote.text.includes(e.text)) glossaryCheck.fail(id, 'expansions', `"${e.text}" is not inside its quote`);
    const cited = cite(glossaryCheck, id, glossaryCheck.quotes(id, g.quotes, { required: g.origin !== 'external' }));
    // Where an expansion is printed is part of the entry's citation too.
    for (const e of resolvedExpansions) if (e.quote?.paragraph && !cited.paragraphs.includes(e.quote.paragraph)) cited.paragraphs.push(e.quote.paragraph);
    if (!cited.section && cited.paragraphs.length) {
      cited.section = paragraphById.get(cited.paragraphs[0])!.section;
      cited.sectionPath = sectionById.get(cited.section)!.path;
    }
    if (g.definition && g.definitionOrigin !== 'external' && !doc.paragraphs.some((p) => p.text.includes(g.definition!))) {
      glossaryCheck.fail(id, 'definition', 'a definition from the text must be verbatim');
    }
    return { ...g, expansions: resolvedExpansions, ...cited, usedIn: sectionsUsing(g, doc.paragraphs) };
  }).filter(isPresent);

  // Countries: the whole ISO list, so that a real country the chapter never names is known as such.
  const mentions = findMentions(doc.paragraphs, inputs.isoCountries, curation, groupingRecords, organisations);
  const recordPlaces = new Set<string>([
    ...programs.flatMap((p) => p.countries.map((c) => c.code)),
    ...funding.flatMap((f) => f.beneficiaries),
  ]);
  const countries: Country[] = inputs.isoCountries.map((iso) => {
    const c = curation.get(iso.alpha3);
    const found = mentions.get(iso.alpha3) ?? [];
    return {
      alpha2: iso.alpha2,
      alpha3: iso.alpha3,
      name: c?.name ?? iso.name,
      aliases: unique([iso.name, ...iso.aliases, ...(c?.aliases ?? [])]).filter((a) => a !== (c?.name ?? iso.name)),
      demonyms: c?.demonyms ?? [],
      places: c?.places ?? [],
      dacRegion: c?.dacRegion ?? null,
      // The codelist names regions as aid lines ("South Asia, regional"); the region itself reads better.
      dacRegionName: c?.dacRegion ? (inputs.dacRegions.get(c.dacRegion)?.replace(/, regional$/, '') ?? null) : null,
      groupings: c?.groupings ?? [],
      mentioned: found.length > 0 || recordPlaces.has(iso.alpha3),
      mentions: found,
      ...(c?.notes ? { notes: c.notes } : {}),
    };
  });
  const groupings: Grouping[] = groupingRecords.map((g) => {
    const found = mentions.get(g.id) ?? [];
    return { ...g, mentioned: found.length > 0 || recordPlaces.has(g.id), mentions: found };
  });

  checkUniqueIds([['programs.json', programs], ['funding.json', funding], ['figures.json', figures], ['glossary.json', glossary], ['organisations.json', organisations], ['groupings.json', groupings]], problems);
  problems.push(...orgCheck.problems, ...groupCheck.problems, ...countryCheck.problems, ...fundingCheck.problems, ...programCheck.problems, ...figureCheck.problems, ...glossaryCheck.problems);

  const dacSectors: Record<string, string> = {};
  for (const code of unique([...programs.flatMap((p) => p.themes), ...funding.flatMap((f) => f.themes)].map(String)).sort()) {
    const name = inputs.dacSectors.get(code);
    if (name) dacSectors[code] = name;
  }

  const corpus: Corpus = {
    formatVersion: CORPUS_FORMAT_VERSION,
    name: inputs.name,
    edition: inputs.edition,
    source: inputs.source,
    sections: doc.sections,
    paragraphs: doc.paragraphs,
    programs,
    funding,
    figures,
    organisations,
    countries,
    groupings,
    glossary,
    dacSectors,
  };
  return { corpus, problems, warnings: doc.warnings };
}

function resolveQuote(
  checker: RecordChecker,
  id: string,
  index: number,
  quote: Quote,
  paragraphs: Paragraph[],
  byId: Map<string, Paragraph>,
  field = `quotes[${index}]`,
): Quote {
  if (typeof quote?.text !== 'string') return quote;
  if (quote.paragraph) {
    const p = byId.get(quote.paragraph);
    if (!p) checker.fail(id, `${field}.paragraph`, `unknown paragraph ${quote.paragraph}`);
    else if (!p.text.includes(quote.text)) checker.fail(id, `${field}.text`, `is not verbatim in paragraph ${quote.paragraph}: "${quote.text}"`);
    return quote;
  }
  const found = paragraphs.find((p) => p.text.includes(quote.text));
  if (!found) {
    checker.fail(id, `${field}.text`, `is not verbatim in the source: "${quote.text}"`);
    return quote;
  }
  return { text: quote.text, paragraph: found.id };
}

function checkUniqueIds(lists: [string, { id: string }[]][], problems: string[]): void {
  const seen = new Map<string, string>();
  for (const [file, records] of lists) {
    for (const r of records) {
      const other = seen.get(r.id);
      if (other) problems.push(`${file}: ${r.id}: id: also used in ${other}`);
      seen.set(r.id, file);
    }
  }
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function isPresent<T>(x: T | null): x is T {
  return x !== null;
}

export type { Section };
