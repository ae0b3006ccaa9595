// The import answer: what was found in the chapter, and anything suspicious.
import type { Answer } from '../context.js';
import type { ImportSummary } from '../importer/index.js';
import { heading, note } from './common.js';

export function importAnswer(name: string, edition: number | null, source: string, stored: string, summary: ImportSummary, warnings: string[]): Answer {
  const rows = Object.entries(summary).map(([kind, count]) => ({ kind, count: count as number }));
  return {
    payload: { name, edition, source, stored, summary, warnings },
    listing: { columns: [{ key: 'kind', header: 'Kind' }, { key: 'count', header: 'Count' }], rows },
    human: (kit) => {
      const out = [
        kit.renderKeyValue(
          [
            ['Imported', name],
            ['Edition', edition === null ? 'not given (--edition YEAR places it in comparisons)' : String(edition)],
            ['From', source],
            ['Stored', stored],
            ['Found', rows.map((r) => `${r.count} ${r.kind}`).join(', ')],
          ],
          kit,
        ),
      ];
      if (warnings.length) {
        out.push('\n' + heading(kit, `Worth a look (${warnings.length})`));
        for (const w of warnings) out.push(note(kit, `- ${w}`));
      }
      out.push('\n' + note(kit, `Records are machine-extracted (origin: extracted), each with its quote. Try: odaref country --corpus ${name} --list`));
      return out.join('');
    },
  };
}
