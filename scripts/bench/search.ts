// In-process search latency of the program index at several collection sizes, and how far the
// word-index prefilter changes the top of the ranking compared with a full Fuse scan.
import Fuse from 'fuse.js';
import type { Corpus, Program } from '../../src/corpus/types.js';
import { Catalogue } from '../../src/search/catalogue.js';
import { docField, programIndex, type ProgramDoc } from '../../src/search/programs.js';
import { FUSE_BUDGET, MIN_PREFIX_WORD, PREFILTER_ABOVE, SHORT_FIELD, type Hit, type RecordIndex, type SearchPlan } from '../../src/search/record-index.js';
import { PROGRAM_KEYS, recordFuse } from '../../src/search/fuse-options.js';
import { boundedEditDistance, maxEdits } from '../../src/search/edit-distance.js';
import { tokens } from '../../src/search/normalise.js';
import { syntheticPrograms } from './synthetic.js';
import { median, ms, percentile, table, timed, verdict } from './stats.js';

export interface SizePlan {
  size: number;
  /** Timed runs per query in the default mode. */
  runs: number;
  /** Timed full-scan runs per query for comparison; 0 skips the full scan. */
  fullScanRuns: number;
  /** Latency target for the default mode, in ms. */
  target?: number;
}

export const QUERIES = [
  { query: 'landmine', kind: 'exact word' },
  { query: 'landmien', kind: 'misspelling' },
  { query: 'mine cambodia', kind: 'two words' },
];

/** A full scan predicted to take longer than this is skipped: at 300,000 records one takes 12-26 s,
 * which is still worth it, as the ranking agreement there is the point of the comparison. */
const FULL_SCAN_BUDGET_MS = 30_000;
/** All full scans at the largest size together, so the whole benchmark stays within a few minutes. */
const LARGEST_FULL_SCANS_BUDGET_MS = 90_000;
const TOP = 10;

type Mode = 'default' | 'prefilter' | 'full scan';

interface Timing {
  size: number;
  query: string;
  mode: Mode;
  /** What `default` resolved to at this size. */
  resolved: string;
  samples: number[];
  hits: number;
  target?: number;
  note?: string;
}

interface Agreement {
  size: number;
  query: string;
  agree: number;
  /** The longer of the two top lists (fewer than 10 when a query has fewer hits). */
  of: number;
  /** The prefilter's plan: the step that answered, its candidates and how many Fuse scored. */
  plan: SearchPlan;
  /** Hits returned by each, and how many of the prefiltered ones carry an estimated score. */
  hits: number;
  fullHits: number;
  estimated: number;
  diffs: string[];
  skipped?: string;
}

export interface SizeReport {
  size: number;
  vocabulary: number;
  pairs: number;
  constructMs: number;
  firstQueryMs: number;
  /** Building Fuse's index over every record, for the full scans only. */
  fuseIndexMs: number;
  timings: Timing[];
  agreements: Agreement[];
  heapMb: number;
}

function search(index: RecordIndex<ProgramDoc>, query: string, mode: Mode): Hit<ProgramDoc>[] {
  return mode === 'default' ? index.search(query) : index.search(query, { prefilter: mode === 'prefilter' });
}

function sample(
  index: RecordIndex<ProgramDoc>,
  query: string,
  mode: Mode,
  runs: number,
  warmup: boolean,
): { samples: number[]; hits: Hit<ProgramDoc>[] } {
  // One untimed call first where it is cheap: it pays one-off costs (JIT, the vocabulary).
  let hits = warmup ? search(index, query, mode) : [];
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = timed(() => search(index, query, mode));
    samples.push(t.ms);
    hits = t.value;
    if (t.ms > FULL_SCAN_BUDGET_MS) break; // one such run says enough
  }
  return { samples, hits };
}

export function runSearchBench(corpus: Corpus, plans: SizePlan[], log: (line: string) => void): SizeReport[] {
  const realCat = new Catalogue(corpus);
  const largest = Math.max(...plans.map((p) => p.size));

  const reports: SizeReport[] = [];
  /** Per query, its full-scan median at the last size that ran one, to predict the next size's
   * (a full scan grows linearly with the records; queries differ by up to 2x). */
  const lastFullScan = new Map<string, { size: number; ms: number }>();
  for (const plan of plans) {
    // Made for each size (the seeded generator gives every size the same first records), so a
    // small size is timed in a small heap, as a lookup runs, not beside 300,000 records.
    const generated = timed(() => syntheticPrograms(corpus.programs, plan.size, (code) => realCat.placeName(code)));
    const programs: Program[] = generated.value;
    log(`generated ${plan.size.toLocaleString('en')} program records (${corpus.programs.length} real) in ${ms(generated.ms)} ms`);
    // A catalogue over the real corpus with the programs replaced: programIndex builds its docs and
    // index exactly as the CLI does, whatever options src/ chooses.
    const cat = new Catalogue({ ...corpus, programs });
    const built = timed(() => programIndex(cat));
    const index = built.value;
    const first = timed(() => index.search(QUERIES[0].query));
    const resolved = plan.size > PREFILTER_ABOVE ? 'prefilter' : 'full scan';
    log(`${plan.size.toLocaleString('en')} records: index ${ms(built.ms)} ms, first query ${ms(first.ms)} ms`);

    const timings: Timing[] = [];
    const agreements: Agreement[] = [];
    const isLargest = plan.size === largest;
    const predict = (query: string) => {
      const last = lastFullScan.get(query);
      return last ? (last.ms * plan.size) / last.size : 0;
    };
    // At the largest size the full scans share one budget: each runs as often as what is left allows.
    let budgetLeft = LARGEST_FULL_SCANS_BUDGET_MS;
    // Fuse's own index, which only a full scan uses, is built apart from the timed scans.
    const scans = plan.fullScanRuns > 0 && QUERIES.some((q) => predict(q.query) <= FULL_SCAN_BUDGET_MS);
    const fuseIndex = scans ? timed(() => index.prepare(false)).ms : 0;
    for (const { query } of QUERIES) {
      // At the largest size the code is long warm and each call costs a lot: no untimed warm-up.
      const def = sample(index, query, 'default', plan.runs, !isLargest);
      timings.push({ size: plan.size, query, mode: 'default', resolved, samples: def.samples, hits: def.hits.length, target: plan.target });

      // The other mode, for comparison: the prefilter below the switch-over, a full scan above it.
      let pre = resolved === 'prefilter' ? def.hits : undefined;
      let full = resolved === 'full scan' ? def.hits : undefined;
      if (!pre) {
        const p = sample(index, query, 'prefilter', plan.runs, true);
        timings.push({ size: plan.size, query, mode: 'prefilter', resolved: 'forced', samples: p.samples, hits: p.hits.length });
        pre = p.hits;
      }
      if (!full) {
        const predicted = predict(query);
        const fullRuns = isLargest && predicted > 0 ? Math.min(plan.fullScanRuns, Math.floor(budgetLeft / predicted)) : plan.fullScanRuns;
        if (fullRuns === 0 || predicted > FULL_SCAN_BUDGET_MS) {
          const why =
            plan.fullScanRuns === 0
              ? 'not requested'
              : predicted > FULL_SCAN_BUDGET_MS
                ? `skipped: predicted ${ms(predicted)} ms per scan > ${FULL_SCAN_BUDGET_MS} ms`
                : `skipped: a scan of ~${ms(predicted)} ms exceeds the ${ms(budgetLeft)} ms left of the ${LARGEST_FULL_SCANS_BUDGET_MS} ms budget`;
          timings.push({ size: plan.size, query, mode: 'full scan', resolved: 'forced', samples: [], hits: 0, note: why });
        } else {
          const f = sample(index, query, 'full scan', fullRuns, !isLargest);
          timings.push({ size: plan.size, query, mode: 'full scan', resolved: 'forced', samples: f.samples, hits: f.hits.length });
          if (isLargest) budgetLeft -= f.samples.reduce((sum, t) => sum + t, 0);
          lastFullScan.set(query, { size: plan.size, ms: median(f.samples) });
          full = f.hits;
        }
      }
      agreements.push(
        full
          ? compare(index, query, pre, full, plan.size)
          : { size: plan.size, query, agree: 0, of: 0, plan: index.plan(query), hits: pre.length, fullHits: 0, estimated: 0, diffs: [], skipped: 'full scan did not run' },
      );
    }
    reports.push({
      size: plan.size,
      vocabulary: index.vocabularySize,
      pairs: index.pairCount,
      constructMs: built.ms,
      firstQueryMs: first.ms,
      fuseIndexMs: fuseIndex,
      timings,
      agreements,
      heapMb: process.memoryUsage().heapUsed / 2 ** 20,
    });
  }
  return reports;
}

// ---- ranking agreement ----

/** Words of `query` the record holds as words, or (long enough) as word starts: the exact-word rule. */
function exactWords(doc: ProgramDoc, words: string[]): string[] {
  const text = new Set(PROGRAM_KEYS.flatMap((k) => tokens(docField(doc, k.name))));
  return words.filter((w) => text.has(w) || (w.length >= MIN_PREFIX_WORD && [...text].some((t) => t.startsWith(w))));
}

/** What Fuse matched in a record for the query: the best-scoring field, and the stretch of it
 * from the first letter Fuse marked to the last. */
function fuseMatch(doc: ProgramDoc, query: string): string {
  const [hit] = new Fuse([doc], { ...recordFuse<ProgramDoc>(PROGRAM_KEYS), includeMatches: true }).search(query);
  const best = hit?.matches?.[0];
  if (!best?.value || best.indices.length === 0) return 'Fuse matched no field';
  const from = Math.min(...best.indices.map(([a]) => a));
  const to = Math.max(...best.indices.map(([, b]) => b));
  return `Fuse matched "${best.value.slice(from, Math.min(to + 1, from + 40))}" in ${best.key ?? 'a field'} ("${best.value.slice(0, 70)}")`;
}

/** Why the word index did not offer a record the full scan ranks: per query word it lacks, the
 * record's nearest word and what Fuse matched instead. */
function whyNotCandidate(index: RecordIndex<ProgramDoc>, idx: number, doc: ProgramDoc, query: string, plan: SearchPlan): string {
  const words = tokens(query);
  if (plan.step === 'complete') return `not a candidate: it ${holds(doc, words)}, and the records holding every word exactly were searched first (the exact-word rule)`;
  const missing = words.filter((w) => !index.candidates([w]).includes(idx));
  if (missing.length === 0) return `not a candidate, though each word alone finds it (the ${plan.step} step intersects them)`;
  const reasons = missing.map((w) => {
    let nearest = '';
    let best = Infinity;
    for (const t of PROGRAM_KEYS.flatMap((k) => tokens(docField(doc, k.name)))) {
      const d = boundedEditDistance(w, t, 99);
      if (d < best) [best, nearest] = [d, t];
    }
    return `no word within ${maxEdits(w.length)} change(s) of "${w}" (nearest "${nearest}", ${best})`;
  });
  return `not a candidate: ${reasons.join('; ')}; ${fuseMatch(doc, query)}, inside or across words, which the index does not look for`;
}

function holds(doc: ProgramDoc, words: string[]): string {
  return `holds ${exactWords(doc, words).length}/${words.length} words exactly`;
}

function compare(index: RecordIndex<ProgramDoc>, query: string, pre: Hit<ProgramDoc>[], full: Hit<ProgramDoc>[], size: number): Agreement {
  const words = tokens(query);
  const plan = index.plan(query);
  const ids = (hits: Hit<ProgramDoc>[]) => hits.slice(0, TOP).map((h) => h.item.record.id);
  const preTop = ids(pre);
  const fullTop = ids(full);
  const rankIn = (hits: Hit<ProgramDoc>[], id: string) => hits.findIndex((h) => h.item.record.id === id);
  const position = new Map(Array.from({ length: index.records.length }, (_, i) => [index.records.at(i)!.record.id, i]));
  const offered = new Map(plan.ranked.map((r, k) => [r, k]));
  /** How many of the full scan's hits share a hit's score. */
  const ties = (hit: Hit<ProgramDoc>) => full.filter((h) => h.score === hit.score).length;
  const diffs: string[] = [];

  for (const id of fullTop.filter((x) => !preTop.includes(x))) {
    const idx = position.get(id)!;
    const doc = index.records.at(idx)!;
    const fullHit = full[rankIn(full, id)];
    const r = rankIn(pre, id);
    const k = offered.get(idx);
    let why: string;
    if (k === undefined) why = whyNotCandidate(index, idx, doc, query, plan);
    else if (k >= plan.scored) {
      const where = r >= 0 ? `returned unchecked at #${r + 1}` : 'not returned: the estimate expects no field to match';
      why = `a candidate, but #${k + 1} of ${plan.ranked.length} by the estimate (${plan.estimates[k].toFixed(4)} for Fuse's ${fullHit.score.toFixed(4)}), past the ${plan.scored} Fuse scores; ${where}`;
    } else if (r < 0) why = `scored by Fuse but dropped: some candidates hold every word and this one ${holds(doc, words)}`;
    else why = orderWhy(fullHit, pre[r], `ranks ${r + 1} in the prefiltered search`, ties(fullHit), k);
    diffs.push(`only in full scan: ${id} (full #${rankIn(full, id) + 1}) - ${why}`);
  }
  for (const id of preTop.filter((x) => !fullTop.includes(x))) {
    const doc = index.records.at(position.get(id)!)!;
    const mine = pre[rankIn(pre, id)];
    const r = rankIn(full, id);
    const unchecked = mine.estimated ? `returned unchecked (past the ${plan.scored} Fuse scores) with the estimate ${mine.score.toFixed(4)}; ` : '';
    const why =
      r < 0
        ? `${unchecked}not in the full scan's results: it ${holds(doc, words)}; ${fuseMatch(doc, query)}`
        : unchecked + orderWhy(full[r], mine, `ranks ${r + 1} in the full scan`, ties(full[r]), offered.get(position.get(id)!));
    diffs.push(`only in prefiltered: ${id} (prefiltered #${rankIn(pre, id) + 1}) - ${why}`);
  }
  const agree = preTop.filter((x) => fullTop.includes(x)).length;
  // Same members, different order.
  if (diffs.length === 0 && preTop.join() !== fullTop.join()) {
    preTop.forEach((id, i) => {
      if (fullTop[i] !== id) diffs.push(`order differs: ${id} prefiltered #${i + 1}, full #${fullTop.indexOf(id) + 1} - ${orderWhy(full[fullTop.indexOf(id)], pre[i], '', ties(pre[i]), offered.get(position.get(id)!))}`);
    });
  }
  const estimated = pre.filter((h) => h.estimated).length;
  return { size, query, agree, of: Math.max(preTop.length, fullTop.length), plan, hits: pre.length, fullHits: full.length, estimated, diffs };
}

function orderWhy(full: Hit<ProgramDoc>, pre: Hit<ProgramDoc>, where: string, ties: number, offeredAt: number | undefined): string {
  const prefix = where ? `${where}; ` : '';
  if (pre.estimated) return `${prefix}order differs: the prefiltered score is an estimate (${pre.score.toFixed(4)}; Fuse's is ${full.score.toFixed(4)})`;
  if (Math.abs(full.score - pre.score) > 1e-12) {
    return `${prefix}order differs: Fuse scored it differently on the candidates (full ${full.score.toFixed(4)}, prefiltered ${pre.score.toFixed(4)})`;
  }
  if (ties > 1) {
    const offered = offeredAt === undefined ? '' : `, and the prefilter offered this one to Fuse at #${offeredAt + 1} by its estimate`;
    return `${prefix}same Fuse score (${full.score.toFixed(4)}), which ${ties} of the full scan's hits share (both sides list equal scores in record order)${offered}; displaced by the records that only one side ranks above it`;
  }
  return `${prefix}order differs: same Fuse score (${full.score.toFixed(4)}), displaced by the records that only one side ranks above it`;
}

// ---- printing ----

export function latencyTable(reports: SizeReport[]): string {
  const build = table(
    ['records', 'vocabulary', 'word pairs', 'index ms', 'first query ms', 'build total ms', 'default mode', 'full-scan index ms', 'heap MB'],
    reports.map((r) => [
      r.size.toLocaleString('en'),
      r.vocabulary.toLocaleString('en'),
      r.pairs.toLocaleString('en'),
      ms(r.constructMs),
      ms(r.firstQueryMs),
      ms(r.constructMs + r.firstQueryMs),
      r.size > PREFILTER_ABOVE ? 'prefilter' : 'full scan',
      r.fuseIndexMs > 0 ? ms(r.fuseIndexMs) : '-',
      r.heapMb.toFixed(0),
    ]),
  );
  const rows = reports.flatMap((r) =>
    r.timings.map((t) => {
      const label = t.mode === 'default' ? `default (${t.resolved})` : `${t.mode} (forced)`;
      if (t.samples.length === 0) return [r.size.toLocaleString('en'), t.query, label, '0', '-', '-', '-', '-', t.note ?? ''];
      const med = median(t.samples);
      return [
        r.size.toLocaleString('en'),
        t.query,
        label,
        String(t.samples.length),
        ms(med),
        ms(percentile(t.samples, 95)),
        String(t.hits),
        t.target !== undefined ? `<= ${t.target} ms` : '-',
        t.target !== undefined ? verdict(med <= t.target) : '',
      ];
    }),
  );
  const notes = [
    'vocabulary, word pairs: distinct words of the searched fields, and distinct adjacent pairs (matched run together: "land mines").',
    'full-scan index ms: Fuse\'s own index over every record, built (untimed above) only for the full scans compared with.',
    'heap MB: this process after the size\'s runs, including its generated records.',
    'hits: records search() returned, after RecordIndex\'s exact-word filtering; none is dropped for number (callers slice with --limit).',
  ].join('\n');
  return `${build}\n${notes}\n\n${table(['records', 'query', 'mode', 'runs', 'median ms', 'p95 ms', 'hits', 'target', 'result'], rows)}`;
}

export function agreementReport(reports: SizeReport[]): string {
  const rows = reports.flatMap((r) =>
    r.agreements.map((a) => [
      a.size.toLocaleString('en'),
      a.query,
      a.plan.step,
      a.skipped ? '-' : String(a.plan.candidates.length),
      String(a.plan.scored),
      a.skipped ? '-' : `${a.hits} (${a.estimated})`,
      a.skipped ? '-' : String(a.fullHits),
      a.skipped ? 'n/a' : `${a.agree}/${a.of}`,
      a.skipped ? a.skipped : a.diffs.length === 0 ? 'identical' : `${a.diffs.length} difference(s)`,
    ]),
  );
  const tokenSearch = recordFuse(PROGRAM_KEYS).useTokenSearch === true;
  const notes = [
    'step: which of the prefilter\'s steps answered: "complete" (records holding every query word exactly), "all" (every',
    'word, fuzzily or not), "any" (any word). candidates: the records that step offered, ranked by exact words, then by an',
    `estimate of Fuse's score (Fuse's own Bitap score for fields up to ${SHORT_FIELD} characters, from the words for longer ones).`,
    `Fuse scored: the first ${FUSE_BUDGET} of them (FUSE_BUDGET), by Fuse itself, so those scores are Fuse's.`,
    tokenSearch
      ? 'Fuse\'s token search weighs words by how many of the records searched hold them (TF-IDF), so it scores a record\ndifferently among the candidates than among all records: the prefiltered and the full scan\'s scores can differ.'
      : 'Fuse.js without its token search (useTokenSearch, off in fuse-options.ts) scores a record the same whatever else it\nsearches, so the prefiltered and the full scan\'s scores of a record are equal.',
    'hits (estimated): records returned, and how many of them came from past the Fuse budget, unchecked, with the estimate',
    'as their score (kept when the estimate expects a field within Fuse\'s threshold). full hits: records the full scan returned',
    '(Fuse over every record, then the same exact-word rule). The counts differ where Fuse matches a query word inside or',
    'across words in a record the index does not offer (only the full scan has it), or where the estimate keeps an unchecked',
    'record Fuse would not match, or drops one it would.',
  ].join('\n');
  const details = reports.flatMap((r) =>
    r.agreements
      .filter((a) => a.diffs.length > 0)
      .map((a) => `${a.size.toLocaleString('en')} records, "${a.query}":\n${a.diffs.map((d) => `  - ${d}`).join('\n')}`),
  );
  const head = ['records', 'query', 'step', 'candidates', 'Fuse scored', 'hits (estimated)', 'full hits', 'top-10 agree', 'top-10'];
  return [table(head, rows), notes, ...details].join('\n\n');
}
