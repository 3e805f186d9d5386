/**
 * Example 2: explain a score — every cue, where it is, the rules that changed it and its final weight.
 *
 *   npx tsx examples/02-explain-a-score.ts
 */
import { scoreStatement } from '../src/index';

const text = 'Russia has not officially recognised the Taliban, but it hasn’t evacuated its embassy in Kabul and keeps close contacts with them.';
const s = scoreStatement(text, { actor: 'Russia', target: 'Taliban' });

console.log(text);
console.log(`\nengagement ${JSON.stringify(s.engagement)}  recognition ${JSON.stringify(s.recognition)}  phase: ${s.phase}\n`);
for (const e of s.evidence) {
  console.log(`${e.dimension.padEnd(12)} "${e.cue}" at ${e.span.start}-${e.span.end} (${e.entryId}) base ${e.base} -> weight ${e.weight}`);
  for (const a of e.applied) console.log(`    ${a.ruleId.padEnd(16)} x${a.factor}${a.cue === undefined ? '' : ` "${a.cue}"`}: ${a.reason}`);
}
