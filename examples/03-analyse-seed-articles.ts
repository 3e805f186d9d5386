/**
 * Example 3: analyse articles — statements with speaker, actor, target, date (and where it came from) and scores.
 *
 *   npx tsx examples/03-analyse-seed-articles.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/index';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'data');
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((id) => ({ id, text: readFileSync(join(dir, id), 'utf8') }));

const { statements, problems } = analyze(docs, { target: 'Taliban', signalOnly: true });
for (const s of statements.slice(0, 12)) {
  console.log(`${s.date} (${s.dateSource}) ${s.speaker ?? 'narrator'} [${s.actor} -> ${s.target}] E${s.engagement.label} R${s.recognition.label} T${s.threat.label}: ${s.text.slice(0, 80)}`);
}
const byActor = new Map<string, number>();
for (const s of statements) byActor.set(s.actor ?? '-', (byActor.get(s.actor ?? '-') ?? 0) + 1);
console.log(`\n${statements.length} statements with a signal; by actor: ${[...byActor].map(([a, n]) => `${a} ${n}`).join(', ')}`);
console.log(`${problems.length} problem(s) reported (unbalanced quotes, undatable documents...)`);
