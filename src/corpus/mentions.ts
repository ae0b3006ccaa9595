// Runs the place gazetteer over the chapter: which paragraphs name which country or grouping.
// A country named only inside an organisation's name (UNRWA's "Palestine Refugees") is not a mention.
import type { CountryCuration, GroupingRecord, OrganisationRecord, Paragraph } from './types.js';
import type { IsoCountry } from './build.js';
import { buildGazetteer, findPlaces, type GazetteerEntry } from '../extract/places.js';

export function gazetteerEntries(
  isoCountries: IsoCountry[],
  curation: Map<string, CountryCuration>,
  groupings: GroupingRecord[],
): GazetteerEntry[] {
  const primaryNames = new Map(isoCountries.map((c) => [c.name.toLowerCase(), c.alpha3]));
  const entries: GazetteerEntry[] = isoCountries.map((iso) => {
    const c = curation.get(iso.alpha3);
    // An alias that is another country's own name ("Congo" listed for the DRC) would misfile it.
    const aliases = [...iso.aliases, ...(c?.aliases ?? [])].filter((a) => {
      const owner = primaryNames.get(a.toLowerCase());
      return owner === undefined || owner === iso.alpha3;
    });
    return { code: iso.alpha3, kind: 'country', names: [...new Set([c?.name ?? iso.name, iso.name, ...aliases])], demonyms: c?.demonyms ?? [], places: c?.places ?? [] };
  });
  for (const g of groupings) entries.push({ code: g.id, kind: 'grouping', names: [g.name, ...g.aliases] });
  return entries;
}

export function shadowNames(organisations: OrganisationRecord[]): string[] {
  return organisations.flatMap((o) => [o.name, ...o.aliases]).filter((n) => n.split(/\s+/).length > 1);
}

/** code -> ids of the paragraphs that name it (in document order, no repeats). */
export function findMentions(
  paragraphs: Paragraph[],
  isoCountries: IsoCountry[],
  curation: Map<string, CountryCuration>,
  groupings: GroupingRecord[],
  organisations: OrganisationRecord[],
): Map<string, string[]> {
  const gazetteer = buildGazetteer(gazetteerEntries(isoCountries, curation, groupings));
  const shadows = shadowNames(organisations);
  const mentions = new Map<string, string[]>();
  for (const p of paragraphs) {
    for (const m of findPlaces(p.text, gazetteer, { shadowNames: shadows })) {
      if (m.insideName) continue;
      const list = mentions.get(m.code) ?? [];
      if (list[list.length - 1] !== p.id) list.push(p.id);
      mentions.set(m.code, list);
    }
  }
  return mentions;
}
