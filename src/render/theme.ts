// Colours for terminal output. Built on a private Chalk instance so the level is decided by
// the caller (from --color / NO_COLOR / TTY), never by chalk's own environment sniffing.
import { Chalk } from 'chalk';

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

/** With `color` false every style is the identity, so output holds no escape codes at all. */
export function createTheme(color: boolean, level: ColorLevel = 1): Theme {
  if (!color) {
    return { heading: identity, id: identity, muted: identity, amount: identity, warn: identity, error: identity, match: identity, label: identity };
  }
  const chalk = new Chalk({ level });
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
