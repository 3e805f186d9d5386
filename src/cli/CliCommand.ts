import type { Readable, Writable } from 'node:stream';

/** Streams and environment a command runs with; tests pass their own. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  readonly isTTY: boolean;
  readonly cwd: string;
  /**
   * Whether the command runs as the process itself (the `stance-shift` executable), so that it may tune the
   * process's own V8 settings (see `tuneOwnProcess`); not when it runs inside another program.
   */
  readonly ownsProcess?: boolean;
}

/** Exit codes, documented in docs/cli-exit-codes.md. */
export const EXIT = {
  /** Everything was read and processed. */
  ok: 0,
  /** A fatal error: bad option, unreadable input with --strict, internal failure. */
  error: 1,
  /** Bad usage: unknown command or option. */
  usage: 2,
  /** Finished, but some input items were skipped and reported on stderr. */
  skipped: 3,
} as const;

/** One CLI command. */
export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full usage text for `stance-shift <name> --help`. */
  readonly usage: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
