// Colours for terminal output. Built on a private Chalk instance so the level is decided by
// the caller (from --color / NO_COLOR / TTY), never by chalk's own environment sniffing. chalk is
// loaded by loadColor() only when colour is wanted: output to a pipe or with NO_COLOR never pays
// for it (2-3 ms of a cold start).
import type { Chalk } from 'chalk';

export type ColorLevel = 1 | 2 | 3;

type Style = (text: string) => string;

export interface Theme {
  /** Table headers and section titles. */
  heading: Style;
  /** Record ids (program ids, ISO codes). */
  id: Style;
  /** Secondary text: placeholders for missing values, notes, citations. */
  muted: Style;
  amount: Style;
  warn: Style;
  error: Style;
  /** The part of a result that matched the search query. */
  match: Style;
  /** Keys in key/value and stacked layouts. */
  label: Style;
}

/** The styles a column can ask for. */
export type Tone = keyof Theme;

const identity: Style = (text) => text;

let ChalkClass: typeof Chalk | undefined;

/** Loads chalk, which createTheme(true) needs. */
export async function loadColor(): Promise<void> {
  ChalkClass ??= (await import('chalk')).Chalk;
}

/** With `color` false every style is the identity, so output holds no escape codes at all.
 * With `color` true, loadColor() must have been awaited. */
export function createTheme(color: boolean, level: ColorLevel = 1): Theme {
  if (!color) {
    return { heading: identity, id: identity, muted: identity, amount: identity, warn: identity, error: identity, match: identity, label: identity };
  }
  if (!ChalkClass) throw new Error('createTheme(true) before loadColor()');
  const chalk = new ChalkClass({ level });
  return {
    heading: (text) => chalk.bold(text),
    id: (text) => chalk.cyan(text),
    muted: (text) => chalk.dim(text),
    amount: (text) => chalk.green(text),
    warn: (text) => chalk.yellow(text),
    error: (text) => chalk.bold.red(text),
    match: (text) => chalk.bold.yellow(text),
    label: (text) => chalk.bold(text),
  };
}
