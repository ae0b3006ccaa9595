// Figures: the counts the count extractor finds (people trained, countries ...), quoted by their
// sentence, so that no number that is not money is ever read as an amount.
import type { Figure, FigureRecord, Funding, Origin } from '../corpus/types.js';
import { extractCounts } from '../extract/money.js';
import type { ParsedChapter } from './chapter.js';
import { sentenceAt } from './text.js';

const COUNT_PARAGRAPH_KINDS = new Set(['body', 'caption', 'footnote']);

export function extractFigures(chapter: ParsedChapter, funding: Funding[]): Figure[] {
  const figures: Figure[] = [];
  for (const paragraph of chapter.paragraphs) {
    if (!COUNT_PARAGRAPH_KINDS.has(paragraph.kind)) continue;
    for (const m of extractCounts(paragraph.text)) {
      const sentence = sentenceAt(chapter.sentencesOf(paragraph), m.start);
      const quote = { text: sentence.text, paragraph: paragraph.id };
      // Money in the same sentence is what the count is usually part of ("... and train 2,000 personnel").
      const related = funding.filter((f) => f.quotes.some((q) => q.paragraph === paragraph.id && q.text === sentence.text)).map((f) => f.id);
      // FigureRecord has no `origin` field yet; the imported corpus carries one on every record.
      const record: FigureRecord & { origin: Origin } = {
        id: `fig-${figures.length + 1}`,
        value: m.value,
        approximate: m.approximate,
        valueText: m.valueText,
        unit: m.unit,
        kind: m.kind,
        description: m.text,
        status: m.kind === 'people-to-train' ? 'target' : m.kind === 'people-trained' || m.kind === 'graduates' ? 'achieved' : 'stated',
        ...(related.length ? { relatedFunding: related } : {}),
        notes: `Machine-extracted by odaref and not reviewed; the description is the count as printed${paragraph.kind === 'caption' ? ', from a caption' : ''}.`,
        ...(paragraph.kind === 'caption' ? { fromCaption: true } : {}),
        origin: 'extracted',
        quotes: [quote],
      };
      figures.push({ ...record, ...chapter.cite([quote]) });
    }
  }
  return figures;
}
