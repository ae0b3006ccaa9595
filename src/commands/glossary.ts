// odaref glossary [term]: acronyms, the chapter's glossary box, bold terms and key concepts.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { GLOSSARY_TYPES } from '../corpus/enums.js';
import type { GlossaryType } from '../corpus/types.js';
import { queryGlossary } from '../search/glossary.js';
import { glossarySuggestions, orList, quoteInput, requireQuery } from '../search/resolve.js';
import { glossaryAnswer } from '../present/glossary.js';
import { choice, formatOf, withOutputOptions, type OutputFlags } from './_options.js';

/** One short word of letters and digits: looked up as an acronym, exactly or not at all. The
 * pattern is made on first use: parsing a Unicode-property class costs every start-up 0.2 ms. */
let acronymLike: RegExp | undefined;
const isAcronymLike = (term: string) => (acronymLike ??= /^[\p{L}\p{N}-]{2,7}$/u).test(term);

interface GlossaryFlags extends OutputFlags {
  type?: GlossaryType;
}

export function registerGlossary(program: Command, ctx: Context): void {
  const cmd = program
    .command('glossary')
    .description("what a term or acronym means, as the chapter gives it (and whether it came from the text)")
    .argument('[term]', 'a term, an acronym or words of a definition (e.g. DDR, "money laundering")')
    .option('--type <type>', `only ${GLOSSARY_TYPES.join('|')}`, choice(GLOSSARY_TYPES, '--type'));
  withOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  odaref glossary DDR
  odaref glossary unodc
  odaref glossary "trafficking in persons"
  odaref glossary --type acronym --format csv`,
  );
  cmd.action(async (term: string | undefined, flags: GlossaryFlags) => {
    const format = formatOf(flags);
    const cat = ctx.catalogue(flags.corpus);
    if (term !== undefined) term = requireQuery(term, 'term');
    const answer = queryGlossary(cat, term, flags.type);
    // An acronym is a name, not a description: "SALW" must not answer with ARSA, whose letters are close.
    if (term !== undefined && !answer.exact && isAcronymLike(term)) {
      const near = answer.entries.slice(0, 3).map((g) => g.term);
      throw new NotFoundError(
        `The chapter has no entry for ${quoteInput(term)}.${near.length ? ` Closest: ${orList(near)}.` : ''}`,
        '"odaref glossary --type acronym" lists every acronym; "odaref search" looks in the text.',
        near,
      );
    }
    if (answer.entries.length === 0) {
      const suggestions = term !== undefined ? glossarySuggestions(cat, term) : [];
      throw new NotFoundError(
        `No glossary entry matches ${term !== undefined ? quoteInput(term) : 'these filters'}${flags.type ? ` of type ${flags.type}` : ''}.${suggestions.length ? ` Did you mean ${orList(suggestions)}?` : ''}`,
        '"odaref glossary" alone lists every entry.',
        suggestions,
      );
    }
    const shown = answer.entries.slice(0, flags.limit);
    const result = glossaryAnswer(cat, term ?? null, flags.type ?? null, shown, answer.exact, answer.entries.length);
    if (term !== undefined && !answer.exact) result.notes = [`(no entry is named '${term}'; these come closest)`];
    await ctx.emit(result, { ...flags, format });
  });
}
