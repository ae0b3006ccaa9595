// Synthetic program records in the real corpus's shape, generated in memory with a seeded PRNG.
//
// Every field is drawn from the real programs (titles, summary sentences, partner and actor lists,
// country references, theme lists), so word frequencies, field lengths and the share of records
// that hold "landmine" or "Cambodia" stay those of the real corpus. A larger collection also has
// more distinct words, mostly names (project sites, districts): some records get an invented
// place name drawn from a Zipf-like distribution, so the vocabulary grows with the record count
// roughly as Heaps' law says (about 1,800 words at 3,000 records, 6,000 at 30,000 and 37,000 at
// 300,000) instead of staying at the real corpus's ~1,200, which would flatter the vocabulary lookup.
import type { PlaceRef, Program } from '../../src/corpus/types.js';

/** mulberry32: small, fast and good enough to make the same records on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONSONANTS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'y', 'z', 'ch', 'sh', 'th'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
/** Invented names are ranks in a pool this large; a log-uniform rank is close to Zipf's law. */
const NAME_POOL = 1_000_000;
/** Share of synthetic records that name an invented place. */
const INVENTED_PLACE_SHARE = 0.3;

/** The invented place name of a rank: always the same name for the same rank. */
function inventedName(rank: number): string {
  const r = prng(rank * 2654435761);
  const syllables = 3 + Math.floor(r() * 2);
  let name = '';
  for (let i = 0; i < syllables; i++) {
    name += CONSONANTS[Math.floor(r() * CONSONANTS.length)] + VOWELS[Math.floor(r() * VOWELS.length)];
  }
  if (r() < 0.3) name += 'n';
  return name[0].toUpperCase() + name.slice(1);
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

/**
 * `count` programs: the real ones first (so the smallest size is the bundled corpus padded), then
 * synthetic ones. Any prefix is itself a realistic collection, so one generation serves all sizes.
 */
export function syntheticPrograms(real: Program[], count: number, placeName: (code: string) => string, seed = 20181231): Program[] {
  const rand = prng(seed);
  const sentences = real.flatMap((p) => p.summary.split(/(?<=[.;])\s+(?=[A-Z])/)).filter((s) => s.length > 0);
  const titleWords = real.map((p) => p.title.split(' '));
  const placeRefs: PlaceRef[] = real.flatMap((p) => p.countries);
  const invented = () => inventedName(Math.floor(Math.pow(NAME_POOL, rand())));

  const out: Program[] = real.slice(0, count);
  for (let i = out.length; i < count; i++) {
    const base = pick(rand, real);
    // Title: a real title, or the start of one joined to the end of another; sometimes a place or phase.
    let title: string;
    if (rand() < 0.6) {
      title = base.title;
    } else {
      const a = pick(rand, titleWords);
      const b = pick(rand, titleWords);
      title = [...a.slice(0, 1 + Math.floor(rand() * a.length)), ...b.slice(Math.floor(rand() * b.length))].join(' ');
    }
    // Countries: one to three real references, one of them perhaps with an invented place in it.
    const countries: PlaceRef[] = [];
    const nCountries = base.countries.length === 0 && rand() < 0.5 ? 0 : 1 + Math.floor(rand() * 3);
    for (let c = 0; c < nCountries && placeRefs.length > 0; c++) countries.push({ ...pick(rand, placeRefs) });
    const summaryParts = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(rand, sentences));
    if (rand() < INVENTED_PLACE_SHARE) {
      const place = invented();
      const where = countries[0];
      if (where) {
        where.places = [...(where.places ?? []), place];
        summaryParts.push(`Work centres on ${place} in ${placeName(where.code)}.`);
      } else {
        summaryParts.push(`A pilot runs in ${place}.`);
      }
      if (rand() < 0.3) title = `${title} in ${place}`;
    }
    if (rand() < 0.15) title = `${title} (phase ${2 + Math.floor(rand() * 4)})`;
    const themesFrom = pick(rand, real);
    out.push({
      ...base,
      id: `syn-${String(i).padStart(6, '0')}`,
      title,
      summary: summaryParts.join(' '),
      actors: pick(rand, real).actors,
      partners: pick(rand, real).partners,
      countries,
      themes: themesFrom.themes,
      themeNames: themesFrom.themeNames,
    });
  }
  return out;
}
