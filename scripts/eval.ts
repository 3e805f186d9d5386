/**
 * `npm run eval`: the gold-set evaluations. Scores ../shared/data/dev-statements.jsonl and
 * ../shared/data/seeds-gold.jsonl (when they exist) as lone statements, then aligns the seed gold with the analysed
 * seed articles (statement, actor, speaker and date agreement). Extra arguments go to every `eval` call
 * (for example `--json` or `--errors`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCli } from '../src/cli/runCli';

const shared = resolve(process.cwd(), process.env.STANCE_SHIFT_SHARED ?? '../shared/data');
const files = ['dev-statements.jsonl', 'seeds-gold.jsonl'].map((f) => resolve(shared, f)).filter((f) => existsSync(f));
const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, isTTY: false, cwd: process.cwd() };

async function main(): Promise<number> {
  if (files.length === 0) {
    process.stdout.write(`No gold files in ${shared}: nothing to evaluate.\n`);
    return 0;
  }
  let worst = 0;
  for (const file of files) {
    process.stdout.write(`\n== statements: ${file}\n`);
    const docs = file.endsWith('seeds-gold.jsonl') ? ['--docs', resolve(process.cwd(), 'examples/data')] : [];
    worst = Math.max(worst, await runCli(['eval', '--gold', file, ...docs, ...process.argv.slice(2)], io));
  }
  // Exit 3 means "some input was reported on stderr" (an unbalanced quote in a seed article): the figures stand.
  return worst === 3 ? 0 : worst;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
