// Builds the commander program, runs it, and is the only place that turns errors into messages
// and exit codes (the CLI contract: 0 answered, 1 nothing found, 2 usage or data error).
import { Command, CommanderError } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { createContext, type Context, type Io } from './context.js';
import { EXIT, NotFoundError, OdarefError } from './errors.js';
import { sanitize, truncateForDisplay } from './render/sanitize.js';
import { renderJson } from './render/json.js';
import { registerCountry } from './commands/country.js';
import { registerPrograms } from './commands/programs.js';
import { registerFunding } from './commands/funding.js';
import { registerGlossary } from './commands/glossary.js';
import { registerAbout } from './commands/about.js';
import { registerSearch } from './commands/search.js';
import { registerShow } from './commands/show.js';
import { registerCompletion } from './commands/completion.js';
import { registerCorpus } from './commands/corpus.js';
import { registerImport } from './commands/import.js';

type Register = (program: Command, ctx: Context) => void;

/** The lookups, each run as `odaref NAME ...`: only the one named is set up, as defining all ten
 * commands and their options cost a cold start 2-3 ms. Help, completion, a typo (for commander's
 * "did you mean") and the rest get every command. */
const LOOKUPS: Record<string, Register> = {
  country: registerCountry,
  programs: registerPrograms,
  funding: registerFunding,
  glossary: registerGlossary,
  search: registerSearch,
  show: registerShow,
  about: registerAbout,
};

/** Every command, in the order help lists them. */
const COMMANDS: Record<string, Register> = {
  ...LOOKUPS,
  import: registerImport,
  corpus: registerCorpus,
  completion: registerCompletion,
};

/** Whether argv runs one of the lookups (not import, corpus, completion or help). */
export function isLookup(argv: string[]): boolean {
  return argv.length > 0 && Object.hasOwn(LOOKUPS, argv[0]);
}

export interface RunOptions {
  corpusFile: string;
}

/** A bug, not bad input: kept apart from the contract's codes so tests and users can tell. */
export const EXIT_INTERNAL = 70;

export async function run(argv: string[], io: Io, options: RunOptions): Promise<number> {
  const ctx = createContext(io, options.corpusFile);
  let commanderMessage = '';
  let active: Command | undefined;

  const program = new Command('odaref')
    .description('A cited reference to Japan\'s development cooperation, from the White Paper on Development Cooperation 2018 chapter "Sharing Universal Values and Realizing a Peaceful and Secure Society".')
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s) => {
        commanderMessage = s;
      },
    })
    .showSuggestionAfterError(true)
    .hook('preAction', (_program, actionCommand) => {
      active = actionCommand;
    });
  program.addHelpText(
    'after',
    `
Examples:
  odaref country Myanmar            what Japan does in Myanmar, with its funding
  odaref funding --partner UNICEF   what Japan funds through UNICEF
  odaref glossary DDR               what DDR stands for
  odaref programs landmine          efforts on mine action

Exit codes: 0 answered, 1 nothing found, 2 usage or data error, 130 interrupted.`,
  );

  const only = isLookup(argv) ? argv[0] : undefined;
  for (const [name, register] of Object.entries(COMMANDS)) if (!only || name === only) register(program, ctx);

  try {
    if (argv.length === 0) {
      io.stdout(program.helpInformation());
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return report(error);
  }

  function report(error: unknown): number {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      // The help command takes its exit code from process.exitCode; it has shown help (for an
      // unknown topic, the program's), so it answered.
      if (error.code === 'commander.help') return EXIT.ok;
      const where = commandPath(active ?? findCommand(program, argv));
      printError(commanderLine(commanderMessage || error.message), `Run '${where} --help' for usage.`);
      return EXIT.usage;
    }
    if (error instanceof OdarefError) {
      if (error instanceof NotFoundError && wantsJson(active)) {
        io.stdout(renderJson({ query: active?.args.length ? active.args.join(' ') : null, count: 0, results: [], suggestions: error.suggestions, error: error.message }));
      }
      printError(error.message, error.hint);
      return error.exitCode;
    }
    const e = error as Error;
    io.stderr(`odaref: internal error: ${e?.stack ?? String(e)}\nPlease report this with the command you ran.\n`);
    return EXIT_INTERNAL;
  }

  function printError(message: string, hint?: string): void {
    io.stderr(`odaref: ${sanitize(message)}\n`);
    if (hint) io.stderr(`hint: ${sanitize(hint)}\n`);
  }
}

/** commander's "error: unknown option '--x'\n(Did you mean --y?)" as one line. */
function commanderLine(message: string): string {
  const line = message
    .replace(/^error:\s*/i, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  // commander repeats the offending argument whole; a pasted megabyte should not come back.
  return truncateForDisplay(sanitize(line), MAX_MESSAGE_LENGTH);
}

/** Longest error line printed; a usage message is a sentence or two. */
const MAX_MESSAGE_LENGTH = 300;

function wantsJson(cmd: Command | undefined): boolean {
  const o = cmd?.opts() as { json?: boolean; format?: string } | undefined;
  return Boolean(o?.json || o?.format === 'json');
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The subcommand named in argv, for the hint after a parse error that stopped before any action. */
function findCommand(program: Command, argv: string[]): Command {
  const name = argv.find((a) => !a.startsWith('-'));
  return program.commands.find((c) => c.name() === name || c.aliases().includes(name ?? '')) ?? program;
}
