// The corpus list answer: the bundled corpus and each imported one, with edition, file and counts.
import type { Corpus } from '../corpus/types.js';
import type { StoredCorpus } from '../corpus/store.js';
import { corpusCounts } from '../corpus/file.js';
import type { Answer } from '../context.js';
import type { Column, Row } from '../render/model.js';
import { note } from './common.js';

const COLUMNS: Column[] = [
  { key: 'name', header: 'Name', minWidth: 8, tone: 'id' },
  { key: 'edition', header: 'Edition', minWidth: 7, noWrap: true },
  { key: 'source', header: 'Source file', weight: 2, minWidth: 12 },
  { key: 'counts', header: 'Holds', weight: 2, minWidth: 12 },
  { key: 'imported', header: 'Imported', minWidth: 10 },
];

function countsText(counts: Record<string, number>): string {
  const pick = ['sections', 'paragraphs', 'programs', 'funding', 'countries', 'glossary'];
  return pick.filter((k) => counts[k] !== undefined).map((k) => `${counts[k]} ${k}`).join(', ');
}

export function corpusListAnswer(bundled: Corpus, stored: StoredCorpus[], folder: string): Answer {
  const rows: Row[] = [
    { name: 'bundled', edition: bundled.edition, source: bundled.source.file, counts: countsText(corpusCounts(bundled)), imported: 'ships with odaref', status: 'ok' },
    ...stored.map((s) => ({
      name: s.name,
      edition: s.header?.edition || null,
      source: s.header?.sourceFile ?? null,
      counts: s.header && !s.problem ? countsText(s.header.counts) : `${s.header ? '' : 'unreadable: '}${s.problem ?? 'bad header'}`,
      imported: s.header?.importedAt?.slice(0, 16).replace('T', ' ') ?? null,
      status: !s.header ? 'broken' : s.problem ? 'older format' : 'ok',
    })),
  ];
  return {
    payload: { folder, count: rows.length, results: rows.map((r, i) => (i === 0 ? { ...r, counts: corpusCounts(bundled) } : { ...r, counts: stored[i - 1].header?.counts ?? null, file: stored[i - 1].file })) },
    listing: { columns: [...COLUMNS, { key: 'status', header: 'Status' }], rows },
    human: (kit) => `${kit.renderTable(COLUMNS, rows, kit)}${note(kit, `Imported corpora live in ${folder} (ODAREF_HOME changes it).`)}`,
  };
}
