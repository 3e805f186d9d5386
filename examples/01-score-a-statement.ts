/**
 * Example 1: score one statement on engagement, recognition and threat.
 *
 *   npx tsx examples/01-score-a-statement.ts
 *
 * A lone statement is scored with its target given: pronouns and implicit objects refer to it.
 */
import { scoreStatement } from '../src/index';

const statements = [
  'Working with the Taliban does not amount to recognising their government.',
  'We will keep our embassy in Kabul open and continue talks with them.',
  'There is no rush to recognise the new authorities.',
  'They are not our enemies.',
  'Moscow maintains close dialogue with all countries concerned.',
];

for (const text of statements) {
  const s = scoreStatement(text, { target: 'Taliban' });
  console.log(`engagement ${s.engagement.label}  recognition ${s.recognition.label}  threat ${s.threat.label}  ${s.phase.padEnd(30)}  ${text}`);
}
