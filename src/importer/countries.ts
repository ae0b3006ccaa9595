// Countries and groupings for the imported corpus: the reference lists (so a country the chapter
// never names is still known as one), with `mentioned`/`mentions` recomputed from this chapter.
import type { Country, Funding, Grouping, Paragraph, Program } from '../corpus/types.js';
import type { PlaceFinder } from './places.js';

export function countriesAndGroupings(
  reference: { countries: Country[]; groupings: Grouping[] },
  paragraphs: Paragraph[],
  places: PlaceFinder,
  records: { programs: Program[]; funding: Funding[] },
): { countries: Country[]; groupings: Grouping[] } {
  const mentions = new Map<string, string[]>();
  for (const p of paragraphs) {
    for (const m of places.find(p.text)) {
      // A country named only inside an organisation's name is not a mention of it.
      if (m.insideName) continue;
      const list = mentions.get(m.code) ?? [];
      if (list[list.length - 1] !== p.id) list.push(p.id);
      mentions.set(m.code, list);
    }
  }
  const inRecords = new Set([...records.programs.flatMap((p) => p.countries.map((c) => c.code)), ...records.funding.flatMap((f) => f.beneficiaries)]);
  const countries = reference.countries.map((c) => {
    const found = mentions.get(c.alpha3) ?? [];
    return { ...c, mentioned: found.length > 0 || inRecords.has(c.alpha3), mentions: found };
  });
  const groupings = reference.groupings.map((g) => {
    const found = mentions.get(g.id) ?? [];
    return { ...g, mentioned: found.length > 0 || inRecords.has(g.id), mentions: found };
  });
  return { countries, groupings };
}
