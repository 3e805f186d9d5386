#!/usr/bin/env node
import { runCli } from './runCli';

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`stance-shift: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
