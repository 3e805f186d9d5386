/**
 * Example 6: compare several actors' stances toward one target on the same periods.
 *
 *   npx tsx examples/06-compare-actors.ts
 */
import { compareTimelines, scoreStatement, type DatedScore } from '../src/index';

const news: readonly [string, string, string][] = [
  ['Russia', '2021-09-10', 'Russia is not planning to negotiate with the Taliban.'],
  ['Russia', '2021-10-20', 'Russia hosted talks with the Taliban in Moscow.'],
  ['Russia', '2022-03-02', 'Moscow keeps close contacts with the Taliban but is in no rush to recognise them.'],
  ['China', '2021-09-15', 'China keeps its embassy in Kabul open and maintains contact with the Taliban.'],
  ['China', '2022-03-24', 'Beijing hosted the Taliban foreign minister for talks on trade.'],
  ['India', '2021-09-20', 'India closed its embassy in Kabul and has no contact with the Taliban.'],
  ['India', '2022-06-23', 'India reopened its embassy in Kabul and sent a technical team to meet the Taliban.'],
];

const scored: DatedScore[] = news.map(([actor, date, text]) => ({ actor, date, text, target: 'Taliban', ...scoreStatement(text, { actor, target: 'Taliban' }) }));
const timelines = compareTimelines(scored, { pairs: ['Russia', 'China', 'India'].map((actor) => ({ actor, target: 'Taliban' })), interval: 'quarter' });

const periods = timelines[0]!.points.map((p) => p.period);
console.log(`engagement by quarter    ${periods.map((p) => p.padStart(8)).join('')}`);
for (const t of timelines) {
  console.log(`${t.actor.padEnd(24)} ${t.points.map((p) => (p.engagement.mean === null ? '-' : p.engagement.mean.toFixed(2)).padStart(8)).join('')}`);
}
