// Reads everything the corpus is built from: the chapter, its metadata, the curated records and the
// reference lists. Shared by the build and by the tests that check the corpus against its sources.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildInputs, CuratedFiles, IsoCountry } from '../src/corpus/build.js';
import { activeCodes, parseCodelist } from '../src/corpus/codelists.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CURATED = ['programs', 'funding', 'figures', 'organisations', 'glossary', 'countries', 'groupings'] as const;

export function readBuildInputs(root = ROOT): BuildInputs {
  const meta = JSON.parse(readFileSync(join(root, 'data/source/source.json'), 'utf8'));
  const sourceText = readFileSync(join(root, 'data/source', meta.file), 'utf8');
  const curated = Object.fromEntries(
    CURATED.map((name) => [name, readJsonArray(join(root, 'data/curated', `${name}.json`))]),
  ) as unknown as CuratedFiles;
  const codelist = (file: string) => activeCodes(parseCodelist(readFileSync(join(root, 'data/reference/iati', file), 'utf8')));
  return {
    name: 'bundled',
    edition: meta.editionYear,
    sourceText,
    source: {
      title: meta.title,
      part: meta.part,
      edition: meta.edition,
      publisher: meta.publisher,
      file: `data/source/${meta.file}`,
      sha256: createHash('sha256').update(sourceText).digest('hex'),
      licence: meta.licence,
      citation: meta.citation,
      editedStatement: meta.editedStatement,
      referenceDate: meta.referenceDate,
      referenceDateNote: meta.referenceDateNote,
    },
    curated,
    isoCountries: readIsoCountries(),
    dacSectors: codelist('Sector.xml'),
    crsChannels: codelist('CRSChannelCode.xml'),
    dacRegions: codelist('Region.xml'),
  };
}

function readJsonArray(file: string): unknown[] {
  const value = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(value)) throw new Error(`${file}: must hold a JSON array of records`);
  return value;
}

/** ISO 3166-1 from the i18n-iso-countries package: English names and aliases, and the Japanese name. */
export function readIsoCountries(): IsoCountry[] {
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries');
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/ja.json'));
  const en: Record<string, string | string[]> = countries.getNames('en', { select: 'all' });
  const ja: Record<string, string | string[]> = countries.getNames('ja', { select: 'all' });
  const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  return Object.keys(en)
    .map((alpha2) => {
      const [name, ...aliases] = list(en[alpha2]);
      return { alpha2, alpha3: countries.alpha2ToAlpha3(alpha2) as string, name, aliases: [...aliases, ...list(ja[alpha2])] };
    })
    .sort((a, b) => a.alpha3.localeCompare(b.alpha3));
}
