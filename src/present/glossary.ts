// The glossary answer: one entry in full when the term matched exactly, else a table grouped by type.
import type { Glossary } from '../corpus/types.js';
import type { Answer, RenderKit } from '../context.js';
import type { Column, Row } from '../render/model.js';
import type { Catalogue } from '../search/catalogue.js';
import { note, provenance } from './common.js';

const TYPE_LABEL: Record<Glossary['type'], string> = {
  glossary: 'glossary box',
  'bold-term': 'bold term',
  acronym: 'acronym',
  concept: 'concept',
};

export const GLOSSARY_COLUMNS: Column[] = [
  { key: 'term', header: 'Term', weight: 1.5, minWidth: 12, tone: 'label' },
  { key: 'type', header: 'Type', minWidth: 7, tone: 'muted' },
  { key: 'meaning', header: 'Meaning', weight: 4, minWidth: 20 },
  { key: 'source', header: 'Source', weight: 1, minWidth: 8, tone: 'muted' },
];

function meaning(g: Glossary): string {
  const expansions = g.expansions.map((e) => `${e.text}${e.origin === 'external' ? ' [not expanded in the text]' : ''}`);
  const parts = [...expansions];
  if (g.definition) parts.push(g.definition);
  if (!g.definition && g.noDefinition) parts.push('(bold in the text, but the chapter gives no definition)');
  if (parts.length === 0) parts.push('(named in the text without a definition)');
  return parts.join(' / ');
}

function source(g: Glossary): string {
  if (g.definitionOrigin === 'glossary') return "chapter's glossary";
  if (g.definitionOrigin === 'inline') return 'defined inline';
  if (g.expansions.some((e) => e.origin === 'text')) return 'expanded in the text';
  if (g.expansions.length && g.expansions.every((e) => e.origin === 'external')) return 'external (standard expansion)';
  return g.section || 'text';
}

export function glossaryRow(g: Glossary): Row {
  return {
    id: g.id,
    term: g.term,
    type: TYPE_LABEL[g.type],
    meaning: meaning(g),
    source: source(g),
    usedIn: g.usedIn,
    section: g.section,
    paragraphs: g.paragraphs,
  };
}

const FLAT_COLUMNS: Column[] = [
  { key: 'id', header: 'ID' },
  ...GLOSSARY_COLUMNS,
  { key: 'usedIn', header: 'Used in' },
  { key: 'section', header: 'Section' },
  { key: 'paragraphs', header: 'Paragraphs' },
];

function detail(g: Glossary, kit: RenderKit, cat: Catalogue): string {
  const pairs: [string, string | string[] | null][] = [
    ['Term', g.term],
    ['Type', TYPE_LABEL[g.type]],
  ];
  g.expansions.forEach((e, i) => {
    const label = g.expansions.length > 1 ? `Expansion ${i + 1}` : 'Stands for';
    pairs.push([label, `${e.text} (${e.origin === 'text' ? `as printed in ${e.quote?.paragraph ?? 'the text'}` : 'standard expansion; the chapter does not expand it'})`]);
  });
  if (g.definition) pairs.push(['Definition', g.definition], ['Source', source(g)]);
  else if (g.noDefinition) pairs.push(['Definition', 'none: the chapter prints it in bold but never defines it']);
  if (g.example) pairs.push(['Example', g.example]);
  if (g.organisation) pairs.push(['Organisation', cat.orgName(g.organisation)]);
  for (const e of g.errata ?? []) pairs.push(['Erratum', `printed "${e.printed}", read as "${e.normalised}": ${e.note}`]);
  if (g.notes) pairs.push(['Note', g.notes]);
  pairs.push(['Used in', g.usedIn.length ? g.usedIn : null], ['Cited', g.paragraphs.length ? g.paragraphs : null]);
  return kit.renderKeyValue(pairs, kit);
}

export function glossaryAnswer(cat: Catalogue, query: string | null, type: string | null, entries: Glossary[], exact: boolean, total: number): Answer {
  const rows = entries.map(glossaryRow);
  return {
    payload: { query, type, exact, ...provenance(cat), count: entries.length, total, results: entries },
    listing: { columns: FLAT_COLUMNS, rows },
    human: (kit) => {
      if (exact) return entries.map((g) => detail(g, kit, cat)).join('\n');
      const more = total > entries.length ? note(kit, `${entries.length} of ${total} shown; --limit raises the number.`) : '';
      return `${kit.renderTable(GLOSSARY_COLUMNS, rows, kit)}${more}`;
    },
  };
}
