// npm run build: chapter + curated records + reference lists -> dist/corpus.json, then the CLI bundle.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleCli, writeCodeCache } from './bundle.js';
import { readBuildInputs, ROOT } from './inputs.js';
import { buildCorpus } from '../src/corpus/build.js';
import { corpusCounts, corpusIdentity, parseCorpusFile, serialiseCorpus } from '../src/corpus/file.js';
import { mergeCorpora } from '../src/corpus/merge.js';
import { Catalogue } from '../src/search/catalogue.js';
import { SEARCH_INDEX_FILE, serialiseIndexes } from '../src/search/index-file.js';
import { SEARCH_INDEXES } from '../src/search/indexes.js';

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
writeFileSync(join(ROOT, 'dist', SEARCH_INDEX_FILE), saveSearchIndexes(text));
await bundleCli();
writeCodeCache();
const counts = corpusCounts(corpus);
console.error(
  `built dist/corpus.json (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}) and dist/odaref.cjs in ${Date.now() - started} ms`,
);

/** The word indexes of the corpus as a lookup reads it back (index-file.ts). */
function saveSearchIndexes(corpusText: string): Buffer {
  const read = parseCorpusFile(corpusText, 'dist/corpus.json', 'npm run build');
  const cat = new Catalogue(mergeCorpora([read]));
  const indexes = Object.fromEntries(
    Object.entries(SEARCH_INDEXES).map(([kind, indexOf]) => {
      const index = indexOf(cat);
      return [kind, { signature: index.signature, data: index.wordIndexData() }];
    }),
  );
  return serialiseIndexes(corpusIdentity(read)!, indexes);
}
