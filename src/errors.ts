/**
 * Typed errors. The text side is forgiving (no evidence gives a neutral score); the numeric side and options are
 * strict: they throw one of these, with a message that names the option or input and the fix.
 */

/** Base class of every error the library throws on purpose. */
export class StanceShiftError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** An option has a value the function cannot use. */
export class InvalidOptionError extends StanceShiftError {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super('invalid-option', `Invalid option "${option}": ${message}`);
  }
}

/** A user data file (lexicon, actor registry, dimension scheme) failed validation. */
export class DataValidationError extends StanceShiftError {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly problem: string,
  ) {
    super('invalid-data', `${file}: entry ${entry}: ${problem}`);
  }
}

/** Numeric input too small or malformed for the requested computation. */
export class InsufficientDataError extends StanceShiftError {
  constructor(
    readonly needed: number,
    readonly got: number,
    message: string,
  ) {
    super('insufficient-data', message);
  }
}

/** An input item could not be read (malformed JSONL line, unreadable file...) and the caller chose to fail. */
export class InputError extends StanceShiftError {
  constructor(
    readonly source: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super('bad-input', line === undefined ? `${source}: ${message}` : `${source}:${line}: ${message}`);
  }
}
