// Typed errors carrying their exit code; src/cli.ts is the one place that prints them and exits.

export const EXIT = { ok: 0, notFound: 1, usage: 2, data: 2, interrupted: 130 } as const;

export class OdarefError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** One line telling the user what to do next. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad arguments or options: exit 2. */
export class UsageError extends OdarefError {
  constructor(message: string, hint?: string) {
    super(message, EXIT.usage, hint);
  }
}

/** Nothing matched, or a name the chapter never mentions: exit 1. */
export class NotFoundError extends OdarefError {
  constructor(
    message: string,
    hint?: string,
    /** Did-you-mean candidates, also carried in the JSON payload. */
    readonly suggestions: string[] = [],
  ) {
    super(message, EXIT.notFound, hint);
  }
}

/** A missing, truncated or corrupted corpus: exit 2. */
export class DataError extends OdarefError {
  constructor(message: string, hint?: string) {
    super(message, EXIT.data, hint);
  }
}
