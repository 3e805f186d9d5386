/**
 * `npm run demo`: the main job on the bundled example corpus. Analyses the five seed articles (examples/data),
 * prints who said what about the Taliban, when and with which scores, then Russia's monthly timeline toward the
 * Taliban and the shifts found in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, timeline, type DatedScore, type Document } from '../src/index';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'data');
const docs: Document[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') }));

const { statements, problems } = analyze(docs, { target: 'Taliban' });
const signed = (x: number): string => (x > 0 ? `+${x.toFixed(2)}` : x < 0 ? x.toFixed(2) : ' 0   ');
const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

console.log(`Analysed ${docs.length} articles: ${statements.length} statements, ${problems.length} problem(s) reported.\n`);
console.log(`${'date'.padEnd(10)} ${'from'.padEnd(10)} ${'speaker'.padEnd(20)} ${'actor'.padEnd(8)} ${'target'.padEnd(8)} engage recogn threat  statement`);
for (const s of statements) {
  if (s.engagement.label === 0 && s.recognition.label === 0 && s.threat.label === 0) continue;
  console.log(
    `${(s.date ?? '?').padEnd(10)} ${(s.dateSource ?? '').padEnd(10)} ${clip(s.speaker ?? '(narrator)', 20).padEnd(20)} ${clip(s.actor ?? '-', 8).padEnd(8)} ${clip(s.target ?? '-', 8).padEnd(8)} ${signed(s.engagement.score)}  ${signed(s.recognition.score)}  ${signed(s.threat.score)}  ${clip(s.text.replace(/\s+/g, ' '), 70)}`,
  );
}
for (const p of problems) console.log(`problem: ${p.source}: ${p.kind}: ${p.message}`);

const dated = statements.filter((s): s is typeof s & { date: string } => s.date !== null) as readonly DatedScore[];
// Background facts (a 2003 designation) keep their own dates; the timeline covers the period the articles report on.
const t = timeline(dated, { actor: 'Russia', target: 'Taliban', interval: 'quarter', from: '2021-07-01' });
console.log(`\nRussia toward the Taliban, by quarter (mean with 95% interval; empty quarters shown as ·):`);
console.log(`${'period'.padEnd(8)}   n  ${'engagement'.padEnd(22)} ${'recognition'.padEnd(22)} ${'threat'.padEnd(22)} phase`);
const cell = (e: { mean: number | null; lo: number | null; hi: number | null }): string =>
  e.mean === null ? '·'.padEnd(22) : `${signed(e.mean)} [${signed(e.lo ?? e.mean)}, ${signed(e.hi ?? e.mean)}]`.padEnd(22);
for (const p of t.points) console.log(`${p.period.padEnd(8)} ${String(p.n).padStart(3)}  ${cell(p.engagement)} ${cell(p.recognition)} ${cell(p.threat)} ${p.phase}`);
console.log(`\nShifts (${t.shifts.length}):`);
for (const s of t.shifts) console.log(`- ${s.summary} (confidence ${s.confidence.toFixed(2)}, ${s.method})`);
if (t.shifts.length === 0) console.log('- none found: too few statements per period for a confident change point.');
