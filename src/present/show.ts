// The show answer: one record with every field, its source paragraphs quoted in full, and its
// citation; a section prints its text under its headings. --cite gives a plain and a BibTeX reference.
import type { Paragraph, Section } from '../corpus/types.js';
import type { Answer, RenderKit } from '../context.js';
import type { Catalogue } from '../search/catalogue.js';
import type { Found } from '../search/lookup.js';
import { amountText, heading, note, provenance, relationTexts } from './common.js';

type Pair = [string, string | string[] | null];

function paragraphsOf(cat: Catalogue, found: Found): Paragraph[] {
  if (found.type === 'paragraph') return [found.record];
  if (found.type === 'section') return sectionParagraphs(cat, found.record);
  return found.record.paragraphs.map((id) => cat.paragraphs.get(id)!).filter(Boolean);
}

/** A section's own paragraphs and those of every section under it, in document order. */
function sectionParagraphs(cat: Catalogue, section: Section): Paragraph[] {
  const ids = new Set<string>();
  const visit = (s: Section) => {
    s.paragraphs.forEach((p) => ids.add(p));
    cat.corpus.sections.filter((c) => c.parent === s.id).forEach(visit);
  };
  visit(section);
  return cat.corpus.paragraphs.filter((p) => ids.has(p.id));
}

function sectionOf(cat: Catalogue, found: Found): Section | undefined {
  if (found.type === 'section') return found.record;
  const id = found.type === 'paragraph' ? found.record.section : found.record.section;
  return cat.sections.get(id);
}

function fields(cat: Catalogue, found: Found): Pair[] {
  const orgs = (ids: string[]) => ids.map((id) => `${cat.orgName(id)} (${id})`);
  const period = (p: { text: string; from: string | null; to: string | null; assumption?: string } | null) =>
    p ? `${p.text} (${p.from ?? 'open'} to ${p.to ?? 'open'})${p.assumption ? `; assumed: ${p.assumption}` : ''}` : null;
  switch (found.type) {
    case 'program': {
      const p = found.record;
      return [
        ['ID', p.id], ['Title', p.title], ['Type', p.type], ['Summary', `${p.summary} (odaref's summary)`],
        ['Actors', orgs(p.actors)], ['Partners', orgs(p.partners)],
        ['Countries', p.countries.map((c) => `${cat.placeName(c.code)}: ${c.role}${c.places?.length ? ` (${c.places.join(', ')})` : ''}${c.note ? `; ${c.note}` : ''}`)],
        ['Period', period(p.period)],
        ['Themes', p.themes.map((t, i) => `${t} ${p.themeNames[i]}`)],
        ['Funding', p.funding.map((id) => { const f = cat.funding.get(id); return f ? `${amountText(f)} (${id})` : id; })],
        ['From a caption', p.fromCaption ? 'yes' : null],
        ...errata(p.errata), ['Notes', p.notes ?? null],
      ];
    }
    case 'funding': {
      const f = found.record;
      return [
        ['ID', f.id], ['Amount', amountText(f)], ['Exact value', f.amount === null ? null : `${f.amount} ${f.currency}`],
        ['As printed', f.amountText], ['Status', f.status], ['Basis', f.basis], ['Stated total', f.statedTotal ? 'yes, the text states it as a total' : null],
        ['Modality', f.modality], ['Through', f.channel ? `${cat.orgName(f.channel)}${f.crsChannel ? ` (CRS channel ${f.crsChannel})` : ''}` : null],
        ['For', f.beneficiaries.map((b) => cat.placeName(b))], ['Donor', cat.orgName(f.donor)], ['Period', period(f.period)],
        ['Purpose', f.purpose], ['Relations', relationTexts(cat, f)], ['Themes', f.themes.map((t, i) => `${t} ${f.themeNames[i]}`)],
        ['Programs', f.programs], ...errata(f.errata), ['Notes', f.notes ?? null],
      ];
    }
    case 'figure': {
      const f = found.record;
      return [['ID', f.id], ['Value', `${f.valueText} ${f.unit}`], ['Exact value', String(f.value)], ['Kind', f.kind], ['Status', f.status ?? null], ['Description', f.description], ['Funding', f.relatedFunding ?? null], ['Notes', f.notes ?? null]];
    }
    case 'glossary': {
      const g = found.record;
      return [
        ['ID', g.id], ['Term', g.term], ['Type', g.type],
        ['Expansions', g.expansions.map((e) => `${e.text} (${e.origin === 'text' ? 'as printed' : 'standard expansion, not in the text'})`)],
        ['Definition', g.definition ?? (g.noDefinition ? 'none: bold in the text, never defined' : null)], ['Definition source', g.definitionOrigin],
        ['Example', g.example ?? null], ['Used in', g.usedIn], ...errata(g.errata), ['Notes', g.notes ?? null],
      ];
    }
    case 'organisation': {
      const o = found.record;
      return [['ID', o.id], ['Name', o.name], ['Acronym', o.acronym ?? null], ['Kind', o.kind], ['CRS channel', o.crsChannel ?? null], ['Also written', o.aliases], ...errata(o.errata), ['Notes', o.notes ?? null]];
    }
    case 'section': {
      const s = found.record;
      return [['ID', s.id], ['Title', s.title], ['Path', s.path.join(' > ')]];
    }
    case 'paragraph': {
      const p = found.record;
      return [['ID', p.id], ['Kind', p.kind], ['Section', `${p.section} ${cat.sections.get(p.section)?.title ?? ''}`], ['Source lines', p.lines.join(', ')]];
    }
  }
}

function errata(list: { printed: string; normalised: string; note: string }[] | undefined): Pair[] {
  return (list ?? []).map((e) => ['Erratum', `printed "${e.printed}", read as "${e.normalised}": ${e.note}`] as Pair);
}

export interface Reference {
  plain: string;
  bibtex: string;
}

export function reference(cat: Catalogue, found: Found, version: string): Reference {
  const src = cat.corpus.source;
  const section = sectionOf(cat, found);
  const paragraphs = paragraphsOf(cat, found).map((p) => p.id);
  // The chapter's own title is already in the reference; the path starts below it.
  const where = `section ${section?.id ?? ''} "${section?.path.slice(1).join(' > ') ?? ''}"${found.type === 'section' ? '' : `, paragraph${paragraphs.length === 1 ? '' : 's'} ${paragraphs.join(', ')}`}`;
  const edited = found.type === 'section' || found.type === 'paragraph'
    ? 'Quoted from the source.'
    : `Record ${found.record.id} was created by the odaref project (odaref ${version}) by editing this source; it is not the Ministry's own work.`;
  const plain = `${src.publisher}, ${src.edition}, "${src.part}", ${where}. ${src.licence.split(',')[0]}. ${edited}`;
  const key = `odaref:${found.record.id}`.replace(/[^A-Za-z0-9:_.-]/g, '_');
  const bibtex = [
    `@misc{${key},`,
    `  author       = {{${src.publisher}}},`,
    `  title        = {{${src.edition}}: ${src.part}},`,
    `  year         = {${cat.corpus.edition}},`,
    `  howpublished = {${where.replace(/"/g, "''")}},`,
    `  note         = {${edited} Public Data License 1.0.}`,
    '}',
  ].join('\n');
  return { plain, bibtex };
}

export function showAnswer(cat: Catalogue, found: Found, version: string, cite: boolean): Answer {
  const paragraphs = paragraphsOf(cat, found);
  const ref = reference(cat, found, version);
  const section = sectionOf(cat, found);
  const payload = {
    id: found.record.id,
    type: found.type,
    ...provenance(cat),
    record: found.record,
    source: paragraphs.map((p) => ({ id: p.id, kind: p.kind, section: p.section, text: p.text })),
    citation: { section: section?.id ?? null, sectionPath: section?.path ?? [], paragraphs: paragraphs.map((p) => p.id), ...ref },
  };
  const rows = fields(cat, found).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)).map(([field, value]) => ({ field, value }));
  return {
    payload,
    listing: { columns: [{ key: 'field', header: 'field' }, { key: 'value', header: 'value' }], rows },
    human: (kit: RenderKit) => {
      if (cite) return `${heading(kit, 'Reference')}${kit.reflow(ref.plain, kit.width)}\n\n${heading(kit, 'BibTeX')}${ref.bibtex}\n`;
      const out = [kit.renderKeyValue(rows.map((r) => [r.field, r.value] as [string, string | string[]]), kit)];
      if (found.type !== 'section' && found.type !== 'paragraph' && 'quotes' in found.record && found.record.quotes.length) {
        out.push('\n' + heading(kit, 'Quoted'));
        for (const q of found.record.quotes) out.push(`${kit.reflow(`“${q.text}” (${q.paragraph})`, kit.width, 2)}\n`);
      }
      out.push('\n' + heading(kit, found.type === 'section' ? 'Text' : 'Source paragraphs'));
      let lastSection = '';
      for (const p of paragraphs) {
        if (found.type === 'section' && p.section !== lastSection) {
          out.push(heading(kit, cat.sections.get(p.section)!.path.slice(found.record.path.length - 1).join(' > ')));
          lastSection = p.section;
        }
        const label = p.kind === 'body' ? p.id : `${p.id} (${p.kind})`;
        out.push(note(kit, label));
        out.push(`${kit.reflow(p.text, kit.width, 2)}\n`);
        for (const f of p.footnotes) out.push(note(kit, `  footnote ${f.marker}: ${f.text}`));
      }
      out.push('\n' + note(kit, `Cite: ${ref.plain}`));
      return out.join('');
    },
  };
}
