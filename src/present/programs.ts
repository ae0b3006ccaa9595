// The programs answer: a table of efforts, each with its citation; full records in JSON.
import type { Program } from '../corpus/types.js';
import type { Answer, RenderKit } from '../context.js';
import type { Column, Row } from '../render/model.js';
import type { Catalogue } from '../search/catalogue.js';
import { note, periodText, provenance, shortSection } from './common.js';

export const PROGRAM_COLUMNS: Column[] = [
  { key: 'id', header: 'ID', noWrap: false, weight: 1, minWidth: 12, tone: 'id' },
  { key: 'title', header: 'Title', weight: 3, minWidth: 16 },
  { key: 'countries', header: 'Countries', weight: 2, minWidth: 10 },
  { key: 'partners', header: 'Partners', weight: 1.5, minWidth: 8 },
  { key: 'period', header: 'Period', weight: 1, minWidth: 8 },
  { key: 'shortSection', header: 'Section', minWidth: 6, noWrap: true, tone: 'muted' },
];

export function programRow(cat: Catalogue, p: Program): Row {
  return {
    id: p.id,
    title: p.title,
    countries: p.countries.map((c) => `${cat.placeName(c.code)}${c.role === 'recipient' ? '' : ` (${c.role})`}`),
    partners: [...p.actors, ...p.partners].map((id) => cat.orgLabel(id)),
    period: periodText(p.period),
    section: p.section,
    shortSection: shortSection(p.section, p),
    paragraphs: p.paragraphs,
    type: p.type,
  };
}

/** Flat formats (csv, plain) carry the citation on every row. */
const FLAT_COLUMNS: Column[] = [
  ...PROGRAM_COLUMNS.filter((c) => c.key !== 'shortSection'),
  { key: 'section', header: 'Section' },
  { key: 'type', header: 'Type' },
  { key: 'paragraphs', header: 'Paragraphs' },
];

export function programsAnswer(cat: Catalogue, query: string | null, filters: Record<string, unknown>, programs: Program[], total: number): Answer {
  const rows = programs.map((p) => programRow(cat, p));
  return {
    payload: () => ({
      query,
      filters,
      count: programs.length,
      total,
      ...provenance(cat),
      results: programs.map((p) => ({ ...p, countryNames: p.countries.map((c) => cat.placeName(c.code)) })),
    }),
    listing: { columns: FLAT_COLUMNS, rows },
    human: (kit: RenderKit) => {
      const table = kit.renderTable(PROGRAM_COLUMNS, rows, kit);
      const more = total > programs.length ? note(kit, `${programs.length} of ${total} shown; --limit raises the number.`) : '';
      const count = `${programs.length} program${programs.length === 1 ? '' : 's'}; each cites its section and paragraphs (--json gives the quotes).`;
      return `${table}${more}${note(kit, count)}`;
    },
  };
}
