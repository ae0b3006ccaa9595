// The search answer: one ranked list, each hit with its type, title, the passage with the match
// highlighted (on a terminal) and its citation.
import type { Answer, RenderKit } from '../context.js';
import type { Column, Row } from '../render/model.js';
import type { Catalogue } from '../search/catalogue.js';
import { parseQuery, snippetAround, type SearchHit } from '../search/everything.js';
import { note, provenance, shortSection } from './common.js';

const COLUMNS: Column[] = [
  { key: 'type', header: 'Type', minWidth: 7, noWrap: true, tone: 'muted' },
  { key: 'title', header: 'Title', weight: 2, minWidth: 12 },
  { key: 'snippet', header: 'Passage', weight: 4, minWidth: 16 },
  { key: 'cite', header: 'Cite', weight: 1.2, minWidth: 10, tone: 'muted' },
];

const FLAT_COLUMNS: Column[] = [
  { key: 'type', header: 'Type' },
  { key: 'id', header: 'ID' },
  { key: 'title', header: 'Title' },
  { key: 'snippet', header: 'Passage' },
  { key: 'section', header: 'Section' },
  { key: 'sectionTitle', header: 'Section title' },
  { key: 'paragraphs', header: 'Paragraphs' },
];

export function searchAnswer(cat: Catalogue, query: string, types: readonly string[], hits: SearchHit[], total: number): Answer {
  const rows: Row[] = hits.map((h) => {
    return { type: h.type, id: h.id, title: h.title, snippet: snippetAround(h.snippet, query), section: h.section, sectionTitle: h.sectionTitle, paragraphs: h.paragraphs, cite: h.type === 'paragraph' ? h.id : `${h.id}\n${shortSection(h.section)}` };
  });
  return {
    payload: { query, types, ...provenance(cat), count: hits.length, total, results: hits.map((h) => ({ ...h, snippet: snippetAround(h.snippet, query) })) },
    listing: { columns: FLAT_COLUMNS, rows },
    human: (kit) => {
      const q = parseQuery(query);
      const needles = [...q.phrases, ...q.words];
      const columns = COLUMNS.map((c) => (c.key === 'snippet' || c.key === 'title' ? { ...c, highlight: needles } : c));
      const more = total > hits.length ? note(kit, `${hits.length} of ${total} shown; --limit raises the number.`) : '';
      return `${kit.renderTable(columns, rows, kit)}${more}${note(kit, 'odaref show ID prints a record or paragraph in full.')}`;
    },
  };
}
