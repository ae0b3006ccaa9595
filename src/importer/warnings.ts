// Anything suspicious in the imported text, said once each in plain words: amounts with no
// currency, headings that look cut, empty sections, sentences a page break left open, footnotes
// that do not meet their markers, ambiguous place names, and a text with no headings at all.
import { extractCounts, extractMoney } from '../extract/money.js';
import { NUMBER_PATTERN } from '../extract/numbers.js';
import type { ParsedChapter } from './chapter.js';
import type { PlaceFinder } from './places.js';
import type { ReferenceDate } from './source.js';

/** A heading that ends like this was cut by the layout (or the conversion) mid-phrase. */
const CUT_HEADING_END =
  /(?:,|\b(?:and|or|of|for|in|on|to|the|a|an|with|against|including|by|from|at|as|into|through|between|but|nor))$/i;

const SENTENCE_END = /[.!?:;][”"’)]*$/;

const SCALED_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}.,$\u00a5])(?:${NUMBER_PATTERN})(?!\d)\s+(?:million|billion|trillion)\b`, 'gu');
/** Words around a number that make it money rather than a count of something. */
const MONEY_CONTEXT_BEFORE =
  /\b(?:contribut\w*|provid\w*|pledg\w*|disburs\w*|grants?|loans?|assistance|aid|funds?|funding|funded|worth|budget|amount\w*|total\w*|invest\w*|donat\w*|allocat\w*|financ\w*|spen[dt])\b/i;
const MONEY_CONTEXT_AFTER = /^\s+(?:in|of|for|worth)\s+(?:\w+\s+)?(?:aid|assistance|funding|grants?|loans?|contributions?|finance|financing)\b/i;

export function importWarnings(chapter: ParsedChapter, places: PlaceFinder, referenceDate: ReferenceDate): string[] {
  const warnings: string[] = [];
  if (chapter.paragraphs.length === 0) warnings.push('the file holds no text');
  else if (chapter.headingless) warnings.push('no headings recognised: imported as paragraphs');
  warnings.push(...headingWarnings(chapter));
  warnings.push(...chapter.parseWarnings);
  warnings.push(...openParagraphWarnings(chapter));
  for (const p of chapter.paragraphs) {
    for (const f of p.footnotes) if (f.text === '') warnings.push(`footnote marker ${f.marker} in ${p.id} has no footnote text`);
  }
  warnings.push(...currencyWarnings(chapter));
  for (const p of chapter.paragraphs) {
    for (const m of places.find(p.text)) if (m.ambiguous && !m.insideName) warnings.push(`${p.id}: ${m.ambiguous} (read as ${m.code})`);
  }
  if (!referenceDate.derived && referenceDate.note.startsWith('Not known')) {
    warnings.push('no reference date: the text names no dated event and no edition was given, so open periods have no end date');
  }
  return warnings;
}

function headingWarnings(chapter: ParsedChapter): string[] {
  const warnings: string[] = [];
  const hasChildren = new Set(chapter.sections.map((s) => s.parent).filter((p): p is string => p !== null));
  for (const s of chapter.sections) {
    if (chapter.headingless) continue;
    const end = CUT_HEADING_END.exec(s.title.trim());
    if (end) warnings.push(`heading "${s.title}" (section ${s.id}) looks cut: it ends with "${end[0]}"`);
    if (s.paragraphs.length === 0 && !hasChildren.has(s.id)) warnings.push(`section ${s.id} "${s.title}" has no paragraphs`);
  }
  return warnings;
}

/** Body paragraphs that end mid-sentence, beyond the one at the end of the file the parser reports. */
function openParagraphWarnings(chapter: ParsedChapter): string[] {
  const reported = new Set(chapter.parseWarnings.map((w) => /^paragraph at line (\d+) ends mid-sentence/.exec(w)?.[1]).filter(Boolean));
  return chapter.paragraphs
    .filter((p) => p.kind === 'body' && !SENTENCE_END.test(p.text) && !reported.has(String(p.lines[0])))
    .map((p) => `paragraph ${p.id} (line ${p.lines[0]}) ends mid-sentence`);
}

/** "contributed 5 million", "45 billion in assistance": money-like amounts with no $ or ¥. */
function currencyWarnings(chapter: ParsedChapter): string[] {
  const warnings: string[] = [];
  for (const p of chapter.paragraphs) {
    const claimed = [...extractMoney(p.text), ...extractCounts(p.text)];
    for (const m of p.text.matchAll(SCALED_NUMBER)) {
      const start = m.index;
      const end = start + m[0].length;
      if (claimed.some((c) => start < c.end && end > c.start)) continue;
      const before = p.text.slice(Math.max(0, start - 60), start);
      const after = p.text.slice(end, end + 40);
      if (!MONEY_CONTEXT_BEFORE.test(before) && !MONEY_CONTEXT_AFTER.test(after)) continue;
      warnings.push(`amount with no currency in ${p.id}: "${wordsBefore(p.text, start, end)}" (not recorded as funding)`);
    }
  }
  return warnings;
}

/** The amount with the few whole words before it: "has also contributed 154.5 billion". */
function wordsBefore(text: string, start: number, end: number): string {
  let from = Math.max(0, start - 25);
  // Do not start inside a word.
  if (from > 0 && /\S/.test(text[from - 1])) from = text.indexOf(' ', from) + 1 || start;
  return text.slice(from, end).trim();
}
