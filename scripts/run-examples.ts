/**
 * `npm run examples`: runs every numbered example and the demo, and checks each prints its key output. Fails (exit
 * 1) naming the example when one crashes or its output lacks what it is there to show.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Each example and lines its output must contain (regular expressions). */
const EXAMPLES: readonly { readonly file: string; readonly expect: readonly RegExp[] }[] = [
  { file: 'examples/01-score-a-statement.ts', expect: [/engagement 1 {2}recognition -1 .*engagement without recognition {2}Working with the Taliban/, /threat -1 .*They are not our enemies/, /engagement 0 {2}recognition 0 .*all countries concerned/] },
  { file: 'examples/02-explain-a-score.ts', expect: [/phase: engagement without recognition/, /negation +x-1 "not"/, /intensifier/] },
  { file: 'examples/03-analyse-seed-articles.ts', expect: [/Roman Babushkin \[Russia -> Taliban\]/, /\(background\)/, /statements with a signal; by actor: Russia \d+/] },
  { file: 'examples/04-timeline-and-shifts.ts', expect: [/true changes at months/, /precision/i] },
  { file: 'examples/05-custom-lexicon-eu-syria.ts', expect: [/2024-12-10 {2}E-1/, /2025-02 {2}engagement 1\.00/] },
  { file: 'examples/06-compare-actors.ts', expect: [/^India +-1\.00/m, /^China +1\.00/m] },
  { file: 'examples/demo.ts', expect: [/Analysed 5 articles/, /Russia toward the Taliban, by quarter/, /2021-Q3 .*engagement without recognition/] },
];

const tsx = resolve('node_modules/.bin/tsx');
let failed = 0;
for (const { file, expect } of EXAMPLES) {
  const started = Date.now();
  const r = spawnSync(tsx, [file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const missing = expect.filter((re) => !re.test(r.stdout));
  const ok = r.status === 0 && missing.length === 0;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (!ok) {
    failed += 1;
    if (r.status !== 0) process.stdout.write(`  exit ${r.status}\n${r.stderr}\n`);
    for (const re of missing) process.stdout.write(`  output lacks ${re}\n`);
  }
}
process.stdout.write(`${EXAMPLES.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
