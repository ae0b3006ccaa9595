// Where a glossary term is used: shared by the build of the bundled corpus and by imports.
import type { GlossaryRecord, Paragraph } from './types.js';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sections whose paragraphs use the term (or, for a defined term, its expansion), as a whole word. */
export function sectionsUsing(g: GlossaryRecord, paragraphs: Paragraph[]): string[] {
  const needles = [...new Set([g.term, ...(g.type === 'acronym' ? [] : g.expansions.map((e) => e.text))])].filter(Boolean);
  const patterns = needles.map((n) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(n)}s?(?=$|[^\\p{L}\\p{N}])`, g.type === 'acronym' ? 'u' : 'iu'));
  return [...new Set(paragraphs.filter((p) => patterns.some((re) => re.test(p.text))).map((p) => p.section))];
}
