import { PassThrough, Writable, type Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/CliCommand';
import { runCli } from '../../src/cli/runCli';

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** A writable stream that keeps what is written, as UTF-8 text. */
export function capture(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs the CLI in-process with captured stdout and stderr (not a terminal); `ownsProcess` as the executable sets it. */
export async function runCliCaptured(
  argv: readonly string[],
  options: { readonly cwd?: string; readonly stdin?: Readable; readonly ownsProcess?: boolean } = {},
): Promise<CliRun> {
  const out = capture();
  const err = capture();
  const io: CliIo = {
    stdin: options.stdin ?? new PassThrough(),
    stdout: out.stream,
    stderr: err.stream,
    isTTY: false,
    cwd: options.cwd ?? process.cwd(),
    ...(options.ownsProcess !== undefined ? { ownsProcess: options.ownsProcess } : {}),
  };
  const code = await runCli(argv, io);
  return { code, out: out.text(), err: err.text() };
}
