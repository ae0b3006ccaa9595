// npm run bench: cold start and peak memory of the CLI against a bare `node -e 0`, then in-process
// program search latency at 300 to 300,000 records and the ranking agreement of the prefilter.
// Everything is measured in this one run and printed as plain text tables; nothing is written.
//
// Environment: BENCH_RUNS (cold-start rounds, one pair per command each, default 30), BENCH_RSS_RUNS (default 5),
// BENCH_SIZES (comma-separated record counts, default 300,3000,30000,300000),
// BENCH_RSS_METHOD=preload (force the fallback peak-RSS method).
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadCorpusFile } from '../src/context.js';
import { PREFILTER_ABOVE } from '../src/search/record-index.js';
import { ROOT } from './inputs.js';
import { coldStartTable, measureColdStart } from './bench/coldstart.js';
import { measureMemory, memoryTable } from './bench/memory.js';
import { agreementReport, latencyTable, runSearchBench, QUERIES, type SizePlan } from './bench/search.js';
import { envInt, heading } from './bench/stats.js';

const started = Date.now();
const out = (text: string) => process.stdout.write(`${text}\n`);
/** Progress goes to stderr so that stdout holds only the report. */
const progress = (text: string) => process.stderr.write(`  [${((Date.now() - started) / 1000).toFixed(0)} s] ${text}\n`);

// Runs and targets per size. Fewer runs where one search is slow; the full scan is the
// comparison, not the product, so it runs only often enough to show its order of magnitude.
const PLANS: Record<number, Omit<SizePlan, 'size'>> = {
  300: { runs: 30, fullScanRuns: 30, target: 5 },
  3_000: { runs: 30, fullScanRuns: 15 },
  30_000: { runs: 15, fullScanRuns: 5, target: 20 },
  300_000: { runs: 7, fullScanRuns: 2, target: 100 },
};

function plans(): SizePlan[] {
  const sizes = (process.env.BENCH_SIZES ?? '300,3000,30000,300000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return sizes.map((size) => ({ size, ...(PLANS[size] ?? { runs: 15, fullScanRuns: 5 }) }));
}

const cpu = cpus();
out('odaref benchmark');
out(
  [
    `date:   ${new Date().toISOString()}`,
    `cpus:   ${cpu.length} x ${cpu[0]?.model ?? 'unknown'}`,
    `memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node:   ${process.version} (${process.platform} ${process.arch})`,
  ].join('\n'),
);

const runs = envInt('BENCH_RUNS', 30);
out(heading('1. Cold start (stdout to a pipe, NO_COLOR=1, COLUMNS=80)'));
out(`Each command runs right after a \`node -e 0\` run: ${runs} timed rounds of every command, after 2 warm-up runs of each.`);
progress(`cold start: ${runs} rounds of 4 commands`);
out(coldStartTable(measureColdStart(ROOT, runs)));

out(heading('2. Peak memory'));
progress('peak RSS');
out(memoryTable(measureMemory(ROOT, envInt('BENCH_RSS_RUNS', 5))));

out(heading('3. In-process program search latency'));
out(
  [
    'Records: the bundled corpus\'s programs, padded with synthetic ones recombined from them (seeded).',
    `Queries: ${QUERIES.map((q) => `"${q.query}" (${q.kind})`).join(', ')}.`,
    PREFILTER_ABOVE === 0
      ? 'The default mode is what RecordIndex.search chooses: the word-index prefilter, at every size (PREFILTER_ABOVE = 0).'
      : `The default mode is what RecordIndex.search chooses: the word-index prefilter above ${PREFILTER_ABOVE.toLocaleString('en')} records.`,
    '"index ms" is programIndex(); "first query" adds building the word index (words, pairs and which fields hold them, one',
    'pass over the records) and the search documents of the records the query reaches (made on demand) to the first search.',
    'At 300,000 records, where no untimed query comes first, the first timed one makes the documents of its hits too. The full',
    'scan, for comparison, is Fuse over every record followed by the same exact-word rule.',
  ].join('\n'),
);
const corpus = loadCorpusFile(join(ROOT, 'dist/corpus.json'));
const reports = runSearchBench(corpus, plans(), progress);
out(latencyTable(reports));

out(heading('4. Ranking agreement: prefiltered top 10 vs full Fuse scan top 10'));
out(agreementReport(reports));

out(`\ntotal benchmark time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
