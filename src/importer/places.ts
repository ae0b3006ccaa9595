// The place gazetteer built from the reference corpus's countries and groupings, and the role a
// place plays where it is named: recipient by default, venue for "held in X" or a place in Japan,
// mention inside an organisation's name, and nothing at all for Japan as the donor.
import type { Corpus, CountryRole, OrganisationRecord } from '../corpus/types.js';
import { buildGazetteer, findPlaces, isDonorMention, type Gazetteer, type GazetteerEntry, type PlaceMatch } from '../extract/places.js';
import { shadowNames } from '../corpus/mentions.js';

const DONOR_COUNTRY = 'JPN';

export function gazetteerFromCorpus(reference: Corpus): Gazetteer {
  const ownNames = new Map(reference.countries.map((c) => [c.name.toLowerCase(), c.alpha3]));
  const entries: GazetteerEntry[] = reference.countries.map((c) => ({
    code: c.alpha3,
    kind: 'country',
    // An alias that is another country's own name would misfile it (as in corpus/mentions.ts).
    names: [c.name, ...c.aliases.filter((a) => (ownNames.get(a.toLowerCase()) ?? c.alpha3) === c.alpha3)],
    demonyms: c.demonyms,
    places: c.places,
  }));
  for (const g of reference.groupings) entries.push({ code: g.id, kind: 'grouping', names: [g.name, ...g.aliases] });
  return buildGazetteer(entries);
}

export interface PlaceInText extends PlaceMatch {
  /** Null when the match is Japan acting as the donor, or Japan named in passing: not a place of the record. */
  role: CountryRole | null;
}

export class PlaceFinder {
  private readonly shadows: string[];

  constructor(
    private readonly gazetteer: Gazetteer,
    organisations: OrganisationRecord[],
  ) {
    this.shadows = shadowNames(organisations);
  }

  // The same sentence is searched for several records: remember the answers.
  private readonly cache = new Map<string, PlaceInText[]>();

  find(text: string): PlaceInText[] {
    let found = this.cache.get(text);
    if (!found) {
      found = findPlaces(text, this.gazetteer, { shadowNames: this.shadows }).map((m) => ({ ...m, role: roleOf(text, m) }));
      this.cache.set(text, found);
    }
    return found;
  }
}

// "held in Lyon, France", "hosted in Tokyo", "took place in Nairobi".
const VENUE_BEFORE = /\b(?:held|hosted|convened|organi[sz]ed|took\s+place|taking\s+place|met)\s+(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*(?:\p{Lu}[\p{L}'’-]*,\s+)?$/u;

function roleOf(text: string, match: PlaceMatch): CountryRole | null {
  if (match.insideName) return 'mention';
  const before = text.slice(Math.max(0, match.start - 80), match.start);
  if (VENUE_BEFORE.test(before)) return 'venue';
  if (match.code === DONOR_COUNTRY) {
    if (isDonorMention(text, match)) return null;
    // Training "in Japan", a conference "in Tokyo": Japan as the place where it happens.
    return /\b(?:in|at)\s+$/.test(before) ? 'venue' : null;
  }
  return 'recipient';
}
