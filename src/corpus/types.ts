// The shapes of the corpus: the curated records a person writes under data/curated/,
// and the generated corpus the CLI loads (the same records with their citations resolved).

/** A verbatim quote. `text` must be a substring of the cleaned text of one paragraph. */
export interface Quote {
  text: string;
  /** Paragraph id; optional in curated files (the build finds the paragraph), always set in the corpus. */
  paragraph?: string;
}

/** Where a record comes from: read from the chapter (default), or known from outside it. */
export type Origin = 'text' | 'external' | 'extracted';

/** A point or span in time, as the text states it and as dates. Fiscal years run April to March. */
export interface Period {
  /** The phrase as printed, e.g. "since 2007", "from 2016 to 2018", "FY2007 to FY2014". */
  text: string;
  /** ISO dates (YYYY-MM-DD), inclusive. `to` may be null for an unbounded future ("will continue"). */
  from: string | null;
  to: string | null;
  /** How an open or relative phrase was resolved, e.g. "open-ended 'since' runs to the reference date, January 2019". */
  assumption?: string;
}

/** A printed error in the source, quoted as printed and normalised beside it. */
export interface Erratum {
  printed: string;
  normalised: string;
  note: string;
}

export type CountryRole = 'recipient' | 'venue' | 'indirect-beneficiary' | 'host' | 'mention';

/** A country (ISO alpha-3) or a grouping id (e.g. "africa", "asean") with the role it plays in a record. */
export interface PlaceRef {
  code: string;
  role: CountryRole;
  /** Places inside the country that the text names (Rakhine, Erbil ...). */
  places?: string[];
  note?: string;
}

export type ProgramType = 'activity' | 'contribution' | 'pledge' | 'framework' | 'event';

export interface ProgramRecord {
  id: string;
  title: string;
  /** Our own words; never presented as the source's. */
  summary: string;
  type: ProgramType;
  /** Organisation ids (data/curated/organisations.json), the one that acts first. */
  actors: string[];
  partners: string[];
  countries: PlaceRef[];
  period: Period | null;
  /** OECD DAC 5-digit purpose codes. */
  themes: number[];
  funding: string[];
  /** True when the record comes from a photo caption or figure text rather than the body. */
  fromCaption?: boolean;
  errata?: Erratum[];
  notes?: string;
  origin?: Origin;
  quotes: Quote[];
}

export type Currency = 'USD' | 'JPY';
export type FundingStatus = 'announced' | 'disbursed' | 'achieved';
export type FundingBasis = 'one-year' | 'multi-year' | 'cumulative' | 'unspecified';
export type Modality =
  | 'grant'
  | 'technical-cooperation'
  | 'in-kind'
  | 'loan'
  | 'through-international-organisation'
  | 'through-ngo'
  | 'mixed';
export type RelationType =
  | 'same-amount' // the same money in another currency
  | 'achieved-against' // a result against a target
  | 'may-include' // this figure may include the other (a cumulative total and a pledge to the same fund)
  | 'part-of'; // this amount is a stated part of the other

export interface Relation {
  type: RelationType;
  target: string;
  note?: string;
}

export interface FundingRecord {
  id: string;
  /** Value in plain units (dollars, yen), or null for a flow the text names without an amount. */
  amount: number | null;
  currency: Currency | null;
  approximate: boolean;
  /** The amount as printed (after cleaning), e.g. "approximately $100,000"; null when no amount. */
  amountText: string | null;
  status: FundingStatus;
  basis: FundingBasis;
  modality: Modality[];
  /** Organisation id the money goes through, or null when bilateral / not stated. */
  channel: string | null;
  /** Countries (alpha-3) or one grouping id for regional money. */
  beneficiaries: string[];
  period: Period | null;
  purpose: string;
  themes: number[];
  relations: Relation[];
  /** The text itself states this figure as a total ("a total of", "totaling"). */
  statedTotal: boolean;
  donor: string;
  errata?: Erratum[];
  notes?: string;
  origin?: Origin;
  quotes: Quote[];
}

export type FigureKind = 'people-to-train' | 'people-trained' | 'graduates' | 'displaced-people' | 'countries' | 'other';

/** A count that is not money, kept so nothing mistakes it for an amount. */
export interface FigureRecord {
  id: string;
  value: number;
  approximate: boolean;
  /** As printed, e.g. "approximately 700,000". */
  valueText: string;
  unit: string;
  kind: FigureKind;
  description: string;
  /** Target or achieved, for training counts. */
  status?: 'target' | 'achieved' | 'stated';
  relatedFunding?: string[];
  relations?: Relation[];
  notes?: string;
  fromCaption?: boolean;
  origin?: Origin;
  quotes: Quote[];
}

export type OrganisationKind =
  | 'japanese-government'
  | 'japanese-agency'
  | 'japanese-ngo'
  | 'japanese-foundation'
  | 'un'
  | 'international'
  | 'regional'
  | 'fund'
  | 'framework'
  | 'foreign-government'
  | 'other';

export interface OrganisationRecord {
  id: string;
  name: string;
  acronym?: string;
  kind: OrganisationKind;
  /** CRS channel of delivery code (IATI CRSChannelCode), where the organisation has one. */
  crsChannel?: string;
  aliases: string[];
  errata?: Erratum[];
  notes?: string;
  origin?: Origin;
  quotes: Quote[];
}

/** Per-country curation on top of the ISO list: the spellings and places the source uses. */
export interface CountryCuration {
  alpha3: string;
  /** The display name where the ISO list's is not the one people use (e.g. "Laos" for the Lao PDR). */
  name?: string;
  /** Extra names and spellings, e.g. "Viet Nam", "Burma", "Ivory Coast", "DRC". */
  aliases: string[];
  demonyms: string[];
  /** Places inside the country, matched by the gazetteer and credited to it. */
  places: string[];
  /** DAC recipient region code (IATI Region codelist), where it is an ODA recipient. */
  dacRegion?: string;
  /** Grouping ids the country belongs to (e.g. "asean", "middle-east"). */
  groupings: string[];
  notes?: string;
}

export interface GroupingRecord {
  id: string;
  name: string;
  kind: 'region' | 'organisation-members';
  aliases: string[];
  /** Fixed membership (ASEAN) where it is defined; else members are the countries tagged with it. */
  members?: string[];
  /** Larger groupings this one lies within (Eastern Africa within Africa), for region filters. */
  within?: string[];
  /** Set when a name in the text is ambiguous, e.g. "Central Africa" read as the Central African Republic. */
  notes?: string;
}

export type GlossaryType = 'glossary' | 'acronym' | 'bold-term' | 'concept';

export interface Expansion {
  text: string;
  origin: Origin;
  quote?: Quote;
}

export interface GlossaryRecord {
  id: string;
  term: string;
  type: GlossaryType;
  expansions: Expansion[];
  definition: string | null;
  /** Where the definition comes from: the chapter's glossary box, inline in the text, or external. */
  definitionOrigin: 'glossary' | 'inline' | 'external' | null;
  example?: string;
  bold?: boolean;
  /** Bold terms the text marks but never defines say so, and nothing is invented. */
  noDefinition?: boolean;
  /** The organisation this acronym names, if any. */
  organisation?: string;
  errata?: Erratum[];
  notes?: string;
  origin?: Origin;
  quotes: Quote[];
}

// ---- the generated corpus ----

export type SectionKind = 'chapter' | 'section' | 'subsection' | 'efforts' | 'lettered' | 'topic' | 'example' | 'glossary';

export interface Section {
  id: string;
  title: string;
  kind: SectionKind;
  parent: string | null;
  /** Titles from the chapter down to this section. */
  path: string[];
  paragraphs: string[];
}

export type ParagraphKind = 'body' | 'caption' | 'footnote' | 'glossary-term' | 'glossary-definition';

export interface Footnote {
  marker: string;
  text: string;
  /** The sentence the marker annotates. */
  sentence: string;
}

export interface Paragraph {
  id: string;
  section: string;
  kind: ParagraphKind;
  text: string;
  /** Terms printed in bold; `glossary` when marked with the asterisk that points to the glossary. */
  bold: { term: string; glossary: boolean }[];
  footnotes: Footnote[];
  /** 1-based line numbers in the source file this paragraph was read from. */
  lines: number[];
}

/** What every corpus record carries once built: its citation. */
export interface Citation {
  /** Which corpus and white-paper edition the record comes from; set when corpora are combined. */
  corpus?: string;
  edition?: number;
  section: string;
  sectionPath: string[];
  paragraphs: string[];
}

export type Program = ProgramRecord & Citation & { themeNames: string[] };
export type Funding = FundingRecord & Citation & { themeNames: string[]; programs: string[]; channelName: string | null; crsChannel: string | null };
export type Figure = FigureRecord & Citation;
export type Organisation = OrganisationRecord & Citation;
export type Glossary = GlossaryRecord & Citation & { usedIn: string[] };

export interface Country {
  alpha2: string;
  alpha3: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  places: string[];
  dacRegion: string | null;
  dacRegionName: string | null;
  groupings: string[];
  mentioned: boolean;
  /** Paragraph ids where the gazetteer finds the country (or one of its places). */
  mentions: string[];
  notes?: string;
}

export type Grouping = GroupingRecord & { mentioned: boolean; mentions: string[] };

export interface SourceInfo {
  title: string;
  part: string;
  edition: string;
  publisher: string;
  file: string;
  sha256: string;
  licence: string;
  citation: string;
  editedStatement: string;
  referenceDate: string;
  referenceDateNote: string;
}

export interface Corpus {
  formatVersion: number;
  name: string;
  edition: number;
  source: SourceInfo;
  sections: Section[];
  paragraphs: Paragraph[];
  programs: Program[];
  funding: Funding[];
  figures: Figure[];
  organisations: Organisation[];
  countries: Country[];
  groupings: Grouping[];
  glossary: Glossary[];
  dacSectors: Record<string, string>;
  /** When several corpora are combined: each one's name, edition and source. */
  parts?: { name: string; edition: number; source: SourceInfo }[];
}
