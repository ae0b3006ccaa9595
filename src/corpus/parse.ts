// Turns the chapter as handed to us (a text conversion of the printed layout) into sections and
// paragraphs with stable ids, undoing the layout's artefacts: escaped dollars, bold marks, page
// breaks inside sentences, captions dropped into the body, and footnotes away from their marker.
import type { Footnote, Paragraph, ParagraphKind, Section, SectionKind } from './types.js';

export interface ParsedDocument {
  sections: Section[];
  paragraphs: Paragraph[];
  /** Problems the parser noticed (a heading that looks cut, a footnote with no marker...). */
  warnings: string[];
}

interface Block {
  text: string;
  line: number;
  blankLinesBefore: number;
}

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const FOOTNOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.+)$/;

/** A paragraph that ends like this has finished its sentence; otherwise a page break cut it. */
const SENTENCE_END = /[.!?:;][”"’)]*$|[.!?][”"’)]*\s*$/;

/** A heading is short; anything longer is body text that happens to start like one. */
const MAX_HEADING_LENGTH = 160;

const STOPWORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'against', 'in', 'on', 'to', 'including', 'with']);

type HeadingMatch = { kind: SectionKind; title: string; number?: string };

export function matchHeading(text: string, inGlossary: boolean): HeadingMatch | null {
  if (text.length > MAX_HEADING_LENGTH) return null;
  let m: RegExpMatchArray | null;
  if (/^Glossary$/i.test(text)) return { kind: 'glossary', title: 'Glossary' };
  if (inGlossary) return null;
  if ((m = text.match(/^(\d+-\d+)\s+(\S.*)$/)) && !/\.$/.test(text)) return { kind: 'section', number: m[1], title: m[2] };
  if ((m = text.match(/^\((\d+)\)\s+(\S.*)$/)) && !/\.$/.test(text)) return { kind: 'subsection', number: m[1], title: m[2] };
  if ((m = text.match(/^(\d+)\s+([A-Z].*)$/)) && !/[.,]$/.test(text) && !/^\d+\s+\w+\s+\d/.test(text)) {
    return { kind: 'chapter', number: m[1], title: m[2] };
  }
  if ((m = text.match(/^■\s*(.+)$/))) return { kind: 'efforts', title: m[1].trim() };
  if ((m = text.match(/^●\s*(.+)$/))) return { kind: 'topic', title: m[1].trim() };
  if ((m = text.match(/^([A-Z])\.\s+([A-Z].*)$/)) && !/\.$/.test(text)) return { kind: 'lettered', number: m[1], title: m[2] };
  if ((m = text.match(/^Specific Example\s*[:：]?\s*(.*)$/))) return { kind: 'example', title: m[1] ? `Specific Example: ${m[1]}` : 'Specific Example' };
  return null;
}

export function slugify(title: string, maxWords = 4): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOPWORDS.has(w));
  return words.slice(0, maxWords).join('-') || 'section';
}

/** The inline cleaning every paragraph gets; returns the clean text and the bold terms it held. */
export function cleanInline(raw: string): { text: string; bold: { term: string; glossary: boolean }[]; markers: { marker: string; index: number }[] } {
  const bold: { term: string; glossary: boolean }[] = [];
  let text = raw.replace(/\\\$/g, '$');
  text = text.replace(/\*\*(.+?)\*\*(\*?)/g, (_all, term: string, star: string) => {
    bold.push({ term, glossary: star === '*' });
    return term;
  });
  const markers: { marker: string; index: number }[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(SUPERSCRIPT_RUN)) {
    out += text.slice(last, m.index);
    markers.push({ marker: toDigits(m[0]), index: out.length });
    last = (m.index ?? 0) + m[0].length;
  }
  out += text.slice(last);
  return { text: out.replace(/[ \t]+/g, ' ').trim(), bold, markers };
}

function toDigits(superscript: string): string {
  return [...superscript].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('');
}

function readBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let blanks = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      blanks++;
      return;
    }
    blocks.push({ text: line.trim(), line: i + 1, blankLinesBefore: blanks });
    blanks = 0;
  });
  return blocks;
}

/** Captions are set apart by extra blank lines in the conversion; body text by one. */
const CAPTION_BLANK_LINES = 2;

function sentenceSearch(text: string, index: number): string {
  // The sentence that ends at (or just before) the footnote marker.
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf('. ', before.length - 2), before.lastIndexOf('.” ', before.length - 3));
  return before.slice(start >= 0 ? start + 2 : 0).trim();
}

interface OpenSections {
  chapter?: Section;
  numbered?: Section;
  efforts?: Section;
  lettered?: Section;
  topic?: Section;
  glossary?: Section;
}

export function parseChapter(source: string): ParsedDocument {
  const blocks = readBlocks(source);
  const sections: Section[] = [];
  const sectionById = new Map<string, Section>();
  const paragraphs: Paragraph[] = [];
  const warnings: string[] = [];
  const counters = new Map<string, number>();
  const open: OpenSections = {};
  let exampleCount = 0;
  let current: Section | undefined;

  const addSection = (kind: SectionKind, id: string, title: string, parent: Section | undefined): Section => {
    let unique = id;
    for (let n = 2; sectionById.has(unique); n++) unique = `${id}-${n}`;
    const section: Section = { id: unique, title, kind, parent: parent?.id ?? null, path: [...(parent?.path ?? []), title], paragraphs: [] };
    sections.push(section);
    sectionById.set(unique, section);
    return section;
  };

  const nextId = (section: Section, prefix: string): string => {
    const key = `${section.id}/${prefix}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return `${key}${n}`;
  };

  const ensureSection = (): Section => {
    if (!current) current = addSection('chapter', '0', 'Untitled', undefined);
    return current;
  };

  const addParagraph = (kind: ParagraphKind, rawText: string, lineNos: number[], section: Section, id?: string): Paragraph => {
    const { text, bold, markers } = cleanInline(rawText);
    const prefix = kind === 'caption' ? 'c' : 'p';
    const paragraph: Paragraph = { id: id ?? nextId(section, prefix), section: section.id, kind, text, bold, footnotes: [], lines: lineNos };
    for (const m of markers) paragraph.footnotes.push({ marker: m.marker, text: '', sentence: sentenceSearch(text, m.index) });
    paragraphs.push(paragraph);
    section.paragraphs.push(paragraph.id);
    return paragraph;
  };

  // The body paragraph whose sentence a page break left unfinished, with the raw pieces so far.
  let pending: { raw: string[]; lines: number[]; section: Section } | null = null;
  const flushPending = (): void => {
    if (!pending) return;
    addParagraph('body', pending.raw.join(' '), pending.lines, pending.section);
    pending = null;
  };
  const footnoteQueue: { marker: string; text: string; line: number }[] = [];

  for (const block of blocks) {
    const heading = matchHeading(block.text, Boolean(open.glossary));
    if (heading) {
      flushPending();
      const section = openHeading(heading);
      current = section;
      continue;
    }
    const footnote = block.text.match(FOOTNOTE_LINE);
    if (footnote) {
      footnoteQueue.push({ marker: toDigits(footnote[1]), text: cleanInline(footnote[2]).text, line: block.line });
      continue;
    }
    if (open.glossary && current === open.glossary) {
      flushPending();
      addParagraph(block.text.startsWith('*') ? 'glossary-term' : 'glossary-definition', block.text.replace(/^\*/, ''), [block.line], current);
      continue;
    }
    const section = ensureSection();
    if (pending) {
      if (continuesSentence(block)) {
        pending.raw.push(block.text);
        pending.lines.push(block.line);
        if (SENTENCE_END.test(block.text)) flushPending();
        continue;
      }
      addParagraph('caption', block.text, [block.line], pending.section);
      continue;
    }
    if (block.blankLinesBefore >= CAPTION_BLANK_LINES) {
      addParagraph('caption', block.text, [block.line], section);
      continue;
    }
    if (SENTENCE_END.test(block.text)) addParagraph('body', block.text, [block.line], section);
    else pending = { raw: [block.text], lines: [block.line], section };
  }
  if (pending) {
    const p = pending as { raw: string[]; lines: number[]; section: Section };
    warnings.push(`paragraph at line ${p.lines[0]} ends mid-sentence`);
    flushPending();
  }
  attachFootnotes();
  // Captions and footnotes were set aside while their sentence was open: restore document order.
  const firstLine = new Map(paragraphs.map((p) => [p.id, p.lines[0]]));
  paragraphs.sort((a, b) => a.lines[0] - b.lines[0]);
  for (const s of sections) s.paragraphs.sort((a, b) => (firstLine.get(a) ?? 0) - (firstLine.get(b) ?? 0));
  return { sections, paragraphs, warnings };

  function openHeading(h: HeadingMatch): Section {
    switch (h.kind) {
      case 'chapter': {
        const s = addSection('chapter', h.number ?? '0', h.title, undefined);
        Object.assign(open, { chapter: s, numbered: s, efforts: undefined, lettered: undefined, topic: undefined, glossary: undefined });
        return s;
      }
      case 'section':
      case 'subsection': {
        const parent = h.kind === 'section' ? open.chapter : numberedParent();
        const id = h.kind === 'section' ? h.number! : `${parent?.id ?? '0'}(${h.number})`;
        const s = addSection(h.kind, id, h.title, parent);
        Object.assign(open, { numbered: s, efforts: undefined, lettered: undefined, topic: undefined });
        return s;
      }
      case 'efforts': {
        const base = open.numbered ?? open.chapter;
        const s = addSection('efforts', `${base?.id ?? '0'}.efforts`, h.title, base);
        Object.assign(open, { efforts: s, lettered: undefined, topic: undefined });
        return s;
      }
      case 'lettered': {
        const base = open.numbered ?? open.chapter;
        const s = addSection('lettered', `${base?.id ?? '0'}.${h.number}`, h.title, open.efforts ?? base);
        Object.assign(open, { lettered: s, topic: undefined });
        return s;
      }
      case 'topic': {
        const base = open.lettered ?? open.numbered ?? open.chapter;
        const s = addSection('topic', `${base?.id ?? '0'}.${slugify(h.title)}`, h.title, open.lettered ?? open.efforts ?? base);
        open.topic = s;
        return s;
      }
      case 'example': {
        const base = open.numbered ?? open.chapter;
        exampleCount++;
        return addSection('example', `${base?.id ?? '0'}.example-${exampleCount}`, h.title, open.topic ?? open.lettered ?? open.efforts ?? base);
      }
      case 'glossary': {
        const s = addSection('glossary', `${open.chapter?.id ?? '0'}.glossary`, h.title, open.chapter);
        open.glossary = s;
        return s;
      }
    }
  }

  function numberedParent(): Section | undefined {
    // A subsection "(1)" belongs to the nearest "2-1" style section.
    let s: Section | undefined = open.numbered;
    while (s && s.kind !== 'section' && s.kind !== 'chapter') s = s.parent ? sectionById.get(s.parent) : undefined;
    return s;
  }

  function attachFootnotes(): void {
    for (const note of footnoteQueue) {
      const anchor = [...paragraphs].reverse().find((p) => p.footnotes.some((f) => f.marker === note.marker && f.text === ''));
      if (!anchor) {
        warnings.push(`footnote ${note.marker} at line ${note.line} has no marker in the text`);
        continue;
      }
      const footnoteRef = anchor.footnotes.find((f) => f.marker === note.marker) as Footnote;
      footnoteRef.text = note.text;
      const section = sectionById.get(anchor.section)!;
      const id = `${section.id}/fn${note.marker}`;
      paragraphs.push({ id, section: section.id, kind: 'footnote', text: note.text, bold: [], footnotes: [], lines: [note.line] });
      section.paragraphs.push(id);
    }
  }
}

/** Whether a block carries on the sentence a page break cut, rather than being a caption dropped in. */
function continuesSentence(block: Block): boolean {
  if (/^[a-z(]/.test(block.text)) return true;
  // A capitalised continuation ("Demining Training in Benin ...", "Indonesia, etc.") sits one blank
  // line down and finishes its sentence; a caption or figure label set in the gap does not.
  return block.blankLinesBefore < CAPTION_BLANK_LINES && SENTENCE_END.test(block.text);
}
