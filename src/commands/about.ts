// odaref about: where the corpus comes from, the terms it is reused under, and what it holds.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { corpusCounts } from '../corpus/file.js';
import { formatOf, withOutputOptions, type OutputFlags } from './_options.js';

export function registerAbout(program: Command, ctx: Context): void {
  const cmd = program.command('about').description('the source, its licence and attribution, and what the corpus holds');
  withOutputOptions(cmd, { limit: false });
  cmd.action(async (flags: OutputFlags) => {
    const format = formatOf(flags);
    const cat = ctx.catalogue(flags.corpus);
    const { source } = cat.corpus;
    const counts = corpusCounts(cat.corpus);
    const rows = Object.entries(counts).map(([kind, count]) => ({ kind, count }));
    await ctx.emit(
      {
        payload: { source, counts, attribution: { iati: 'IATI Standard (http://iatistandard.org/), CC BY 4.0: DAC purpose codes, CRS channel codes, DAC regions' } },
        listing: { columns: [{ key: 'kind', header: 'Kind' }, { key: 'count', header: 'Count' }], rows },
        human: (kit) =>
          kit.renderKeyValue(
            [
              ['Source', `${source.publisher}, ${source.edition}`],
              ['Part', source.part],
              ['Licence', source.licence],
              ['Citation', source.citation],
              ['Edited', source.editedStatement],
              ['Reference date', `${source.referenceDate}: ${source.referenceDateNote}`],
              ['Codelists', 'OECD DAC purpose codes, CRS channel codes and DAC regions from the IATI Standard (http://iatistandard.org/), CC BY 4.0'],
              ['Countries', 'ISO 3166-1 names and codes from the i18n-iso-countries package (MIT)'],
              ['Corpus', rows.map((r) => `${r.count} ${r.kind}`).join(', ')],
            ],
            kit,
          ),
      },
      { ...flags, format },
    );
  });
}
