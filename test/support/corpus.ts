// The real corpus, built in process from data/ once per test file, and a fixture funding maker.
import { buildCorpus } from '../../src/corpus/build.js';
import type { Corpus, Funding } from '../../src/corpus/types.js';
import { Catalogue } from '../../src/search/catalogue.js';
import { readBuildInputs } from '../../scripts/inputs.js';

let cached: { corpus: Corpus; problems: string[] } | undefined;

export function realBuild(): { corpus: Corpus; problems: string[] } {
  cached ??= buildCorpus(readBuildInputs());
  return cached;
}

export function realCatalogue(): Catalogue {
  return new Catalogue(realBuild().corpus);
}

export function funding(id: string, over: Partial<Funding> = {}): Funding {
  return {
    id,
    amount: 1_000_000,
    currency: 'USD',
    approximate: false,
    amountText: '$1 million',
    status: 'disbursed',
    basis: 'one-year',
    modality: [],
    channel: null,
    beneficiaries: [],
    period: null,
    purpose: 'test',
    themes: [],
    themeNames: [],
    relations: [],
    statedTotal: false,
    donor: 'japan',
    quotes: [],
    section: '9',
    sectionPath: [],
    paragraphs: [],
    programs: [],
    channelName: null,
    crsChannel: null,
    ...over,
  };
}
