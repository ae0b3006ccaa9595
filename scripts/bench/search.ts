// In-process search latency of the program index at several collection sizes, and how far the
// token prefilter changes the top of the ranking compared with a full Fuse scan.
import type { Corpus, Program } from '../../src/corpus/types.js';
import { Catalogue } from '../../src/search/catalogue.js';
import { docField, programIndex, type ProgramDoc } from '../../src/search/programs.js';
import { PREFILTER_ABOVE, type Hit, type RecordIndex } from '../../src/search/record-index.js';
import { PROGRAM_KEYS, RECORD_THRESHOLD } from '../../src/search/fuse-options.js';
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

/** A full scan predicted (or measured) to take longer than this at the largest size is skipped. */
const FULL_SCAN_BUDGET_MS = 20_000;
/** All full scans at the largest size together, so the whole benchmark stays within minutes. */
const LARGEST_FULL_SCANS_BUDGET_MS = 60_000;
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
  candidates: number;
  diffs: string[];
  skipped?: string;
}

export interface SizeReport {
  size: number;
  vocabulary: number;
  constructMs: number;
  firstQueryMs: number;
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
  const all = timed(() => syntheticPrograms(corpus.programs, largest, (code) => realCat.placeName(code)));
  log(`generated ${largest.toLocaleString('en')} program records (${corpus.programs.length} real) in ${ms(all.ms)} ms`);

  const reports: SizeReport[] = [];
  /** The slowest full-scan median at the last size that ran one, to predict the next size's. */
  let lastFullScan: { size: number; ms: number } | undefined;
  for (const plan of plans) {
    const programs: Program[] = all.value.slice(0, plan.size);
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
    // Full-scan runs here: predicted from the last size's scan (it grows linearly), capped by the budget.
    const predicted = lastFullScan ? (lastFullScan.ms * plan.size) / lastFullScan.size : 0;
    const fullRuns = isLargest && predicted > 0
      ? Math.min(plan.fullScanRuns, Math.floor(LARGEST_FULL_SCANS_BUDGET_MS / (QUERIES.length * predicted)))
      : plan.fullScanRuns;
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
        if (fullRuns === 0 || predicted > FULL_SCAN_BUDGET_MS) {
          const why =
            plan.fullScanRuns === 0
              ? 'not requested'
              : predicted > FULL_SCAN_BUDGET_MS
                ? `skipped: predicted ${ms(predicted)} ms per scan > ${FULL_SCAN_BUDGET_MS} ms`
                : `skipped: ${QUERIES.length} scans of ~${ms(predicted)} ms exceed the ${LARGEST_FULL_SCANS_BUDGET_MS} ms budget`;
          timings.push({ size: plan.size, query, mode: 'full scan', resolved: 'forced', samples: [], hits: 0, note: why });
        } else {
          const f = sample(index, query, 'full scan', fullRuns, !isLargest);
          timings.push({ size: plan.size, query, mode: 'full scan', resolved: 'forced', samples: f.samples, hits: f.hits.length });
          const slowest = Math.max(median(f.samples), lastFullScan?.size === plan.size ? lastFullScan.ms : 0);
          lastFullScan = { size: plan.size, ms: slowest };
          full = f.hits;
        }
      }
      agreements.push(full ? compare(index, query, pre, full, plan.size) : { size: plan.size, query, agree: 0, of: 0, candidates: 0, diffs: [], skipped: 'full scan did not run' });
    }
    reports.push({
      size: plan.size,
      vocabulary: vocabularySize(index.records),
      constructMs: built.ms,
      firstQueryMs: first.ms,
      timings,
      agreements,
      heapMb: process.memoryUsage().heapUsed / 2 ** 20,
    });
  }
  return reports;
}

/** Distinct words over the searched fields, as the prefilter's vocabulary counts them. */
function vocabularySize(docs: ProgramDoc[]): number {
  const words = new Set<string>();
  for (const d of docs) for (const k of PROGRAM_KEYS) for (const w of tokens(docField(d, k.name))) words.add(w);
  return words.size;
}

// ---- ranking agreement ----

/** Mirrors MIN_PREFIX_WORD in src/search/record-index.ts (not exported). */
const MIN_PREFIX_WORD = 4;

/** Words of `query` the record holds as words, or (long enough) as word starts: the exact-word rule. */
function exactWords(doc: ProgramDoc, words: string[]): string[] {
  const text = new Set(PROGRAM_KEYS.flatMap((k) => tokens(docField(doc, k.name))));
  return words.filter((w) => text.has(w) || (w.length >= MIN_PREFIX_WORD && [...text].some((t) => t.startsWith(w))));
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}

/** Why the prefilter did not keep a record the full scan ranks: which query word it lacks, and its nearest text. */
function whyNotCandidate(index: RecordIndex<ProgramDoc>, idx: number, doc: ProgramDoc, words: string[]): string {
  const missing = words.filter((w) => !index.candidates([w]).includes(idx));
  if (missing.length === 0) return 'not a candidate, though each word alone finds it (the candidate lists intersect differently)';
  const reasons = missing.map((w) => {
    const fields = PROGRAM_KEYS.map((k) => tokens(docField(doc, k.name)));
    // Two adjacent words run together ("land mines" for "landmine") match Fuse's whole-text scan.
    for (const ts of fields) {
      for (let i = 0; i + 1 < ts.length; i++) {
        const joined = ts[i] + ts[i + 1];
        if (levenshtein(joined, w) <= Math.ceil(w.length * RECORD_THRESHOLD)) return `"${w}" matched across two words ("${ts[i]} ${ts[i + 1]}")`;
      }
    }
    let nearest = '';
    let best = Infinity;
    for (const t of fields.flat()) {
      const d = levenshtein(t, w);
      if (d < best) [best, nearest] = [d, t];
    }
    const hint = words.length > 1 ? `; Fuse scored the query "${words.join(' ')}" as one string against the text` : '';
    return `no vocabulary word within the fuzzy threshold of "${w}" (nearest "${nearest}", ${best} edits)${hint}`;
  });
  return reasons.join('; ');
}

function compare(index: RecordIndex<ProgramDoc>, query: string, pre: Hit<ProgramDoc>[], full: Hit<ProgramDoc>[], size: number): Agreement {
  const words = tokens(query);
  const ids = (hits: Hit<ProgramDoc>[]) => hits.slice(0, TOP).map((h) => h.item.record.id);
  const preTop = ids(pre);
  const fullTop = ids(full);
  const rankIn = (hits: Hit<ProgramDoc>[], id: string) => hits.findIndex((h) => h.item.record.id === id);
  const candidates = new Set(index.candidates(words));
  const position = new Map(index.records.map((d, i) => [d.record.id, i]));
  const diffs: string[] = [];
  const holds = (doc: ProgramDoc) => `holds ${exactWords(doc, words).length}/${words.length} words exactly`;

  for (const id of fullTop.filter((x) => !preTop.includes(x))) {
    const idx = position.get(id)!;
    const doc = index.records[idx];
    const r = rankIn(pre, id);
    let why: string;
    if (!candidates.has(idx)) why = whyNotCandidate(index, idx, doc, words);
    else if (r < 0) why = `a candidate, but the prefiltered search dropped it: some candidates hold every word and this one ${holds(doc)}`;
    else why = orderWhy(full[rankIn(full, id)], pre[r], `ranks ${r + 1} in the prefiltered search`);
    diffs.push(`only in full scan: ${id} (full #${rankIn(full, id) + 1}) - ${why}`);
  }
  for (const id of preTop.filter((x) => !fullTop.includes(x))) {
    const doc = index.records[position.get(id)!];
    const r = rankIn(full, id);
    const why =
      r < 0
        ? `not in the full scan's results: it ${holds(doc)}; the full scan re-ranks only Fuse's first hits by exact words and drops the rest once some hold every word, so Fuse placed it beyond them`
        : orderWhy(full[r], pre[rankIn(pre, id)], `ranks ${r + 1} in the full scan`);
    diffs.push(`only in prefiltered: ${id} (prefiltered #${rankIn(pre, id) + 1}) - ${why}`);
  }
  const agree = preTop.filter((x) => fullTop.includes(x)).length;
  // Same members, different order.
  if (diffs.length === 0 && preTop.join() !== fullTop.join()) {
    preTop.forEach((id, i) => {
      if (fullTop[i] !== id) diffs.push(`order differs: ${id} prefiltered #${i + 1}, full #${fullTop.indexOf(id) + 1} - ${orderWhy(full[fullTop.indexOf(id)], pre[i], '')}`);
    });
  }
  return { size, query, agree, of: Math.max(preTop.length, fullTop.length), candidates: candidates.size, diffs };
}

function orderWhy(full: Hit<ProgramDoc>, pre: Hit<ProgramDoc>, where: string): string {
  const prefix = where ? `${where}; ` : '';
  if (Math.abs(full.score - pre.score) > 1e-12) {
    return `${prefix}order differs: scores computed on the candidate set (full ${full.score.toFixed(4)}, prefiltered ${pre.score.toFixed(4)})`;
  }
  return `${prefix}order differs: same Fuse score (${full.score.toFixed(4)}), displaced by the records that only one side ranks above it`;
}

// ---- printing ----

export function latencyTable(reports: SizeReport[]): string {
  const build = table(
    ['records', 'vocabulary', 'index ms', 'first query ms', 'build total ms', 'default mode', 'heap MB'],
    reports.map((r) => [
      r.size.toLocaleString('en'),
      r.vocabulary.toLocaleString('en'),
      ms(r.constructMs),
      ms(r.firstQueryMs),
      ms(r.constructMs + r.firstQueryMs),
      r.size > PREFILTER_ABOVE ? 'prefilter' : 'full scan',
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
    'heap MB: this process after the size\'s runs, including all generated records (they are made once, for the largest size).',
    'hits: records search() returned, after RecordIndex\'s exact-word filtering.',
  ].join('\n');
  return `${build}\n${notes}\n\n${table(['records', 'query', 'mode', 'runs', 'median ms', 'p95 ms', 'hits', 'target', 'result'], rows)}`;
}

export function agreementReport(reports: SizeReport[]): string {
  const rows = reports.flatMap((r) =>
    r.agreements.map((a) => [
      a.size.toLocaleString('en'),
      a.query,
      a.skipped ? '-' : String(a.candidates),
      a.skipped ? 'n/a' : `${a.agree}/${a.of}`,
      a.skipped ? a.skipped : a.diffs.length === 0 ? 'identical' : `${a.diffs.length} difference(s)`,
    ]),
  );
  const details = reports.flatMap((r) =>
    r.agreements
      .filter((a) => a.diffs.length > 0)
      .map((a) => `${a.size.toLocaleString('en')} records, "${a.query}":\n${a.diffs.map((d) => `  - ${d}`).join('\n')}`),
  );
  return [table(['records', 'query', 'candidates', 'top-10 agree', 'top-10'], rows), ...details].join('\n\n');
}
