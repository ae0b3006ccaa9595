// npm run build: chapter + curated records + reference lists -> dist/corpus.json, then the CLI bundle.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleCli, writeCodeCache } from './bundle.js';
import { readBuildInputs, ROOT } from './inputs.js';
import { buildCorpus } from '../src/corpus/build.js';
import { serialiseCorpus } from '../src/corpus/file.js';

const started = Date.now();
const inputs = readBuildInputs();
const { corpus, problems, warnings } = buildCorpus(inputs);
for (const w of warnings) console.error(`warning: ${w}`);
if (problems.length > 0) {
  for (const p of problems) console.error(`error: ${p}`);
  console.error(`build failed: ${problems.length} problem(s) in data/curated/`);
  process.exit(1);
}
mkdirSync(join(ROOT, 'dist'), { recursive: true });
const text = serialiseCorpus(corpus);
writeFileSync(join(ROOT, 'dist', 'corpus.json'), text);
await bundleCli();
writeCodeCache();
const counts = JSON.parse(text.slice(0, text.indexOf('\n'))).counts as Record<string, number>;
console.error(
  `built dist/corpus.json (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}) and dist/odaref.cjs in ${Date.now() - started} ms`,
);
