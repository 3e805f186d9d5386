#!/usr/bin/env node
import { runCli } from './runCli';

// A closed pipe (`stance-shift analyze ... | head`) ends the output quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  ownsProcess: true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`stance-shift: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
