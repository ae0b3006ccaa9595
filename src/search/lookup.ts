// Finds any record, section or paragraph by its id, for `odaref show`.
import Fuse from './fuse.js';
import type { Figure, Funding, Glossary, Organisation, Paragraph, Program, Section } from '../corpus/types.js';
import type { Catalogue } from './catalogue.js';

export type Found =
  | { type: 'program'; record: Program }
  | { type: 'funding'; record: Funding }
  | { type: 'figure'; record: Figure }
  | { type: 'glossary'; record: Glossary }
  | { type: 'organisation'; record: Organisation }
  | { type: 'section'; record: Section }
  | { type: 'paragraph'; record: Paragraph };

/** Ids typed by hand lose their case or gain spaces; nothing else is forgiven here. */
const normaliseId = (id: string) => id.trim().toLowerCase().replace(/\s+/g, '');

export function allIds(cat: Catalogue): string[] {
  const c = cat.corpus;
  return [
    ...c.sections.map((s) => s.id),
    ...c.programs.map((r) => r.id),
    ...c.funding.map((r) => r.id),
    ...c.figures.map((r) => r.id),
    ...c.glossary.map((r) => r.id),
    ...c.organisations.map((r) => r.id),
    ...c.paragraphs.map((p) => p.id),
  ];
}

export function findById(cat: Catalogue, id: string): Found | undefined {
  const want = normaliseId(id);
  const c = cat.corpus;
  const match = <T extends { id: string }>(list: T[]) => list.find((r) => normaliseId(r.id) === want);
  const program = match(c.programs);
  if (program) return { type: 'program', record: program };
  const funding = match(c.funding);
  if (funding) return { type: 'funding', record: funding };
  const figure = match(c.figures);
  if (figure) return { type: 'figure', record: figure };
  const glossary = match(c.glossary);
  if (glossary) return { type: 'glossary', record: glossary };
  const organisation = match(c.organisations);
  if (organisation) return { type: 'organisation', record: organisation };
  const section = match(c.sections);
  if (section) return { type: 'section', record: section };
  const paragraph = match(c.paragraphs);
  if (paragraph) return { type: 'paragraph', record: paragraph };
  return undefined;
}

/** Ids close to a mistyped one; ids are long and structured, so a generous threshold. */
export function suggestIds(cat: Catalogue, id: string, limit = 3): string[] {
  const fuse = new Fuse(allIds(cat), { threshold: 0.4, ignoreLocation: true });
  return fuse.search(id.slice(0, 64), { limit }).map((r) => r.item);
}
