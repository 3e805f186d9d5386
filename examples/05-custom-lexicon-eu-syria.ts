/**
 * Example 5: another actor and target through data only — the EU and Syria's new authorities.
 *
 *   npx tsx examples/05-custom-lexicon-eu-syria.ts
 *
 * The target catalogue already knows HTS and its aliases (data/targets.json); a small lexicon extension adds
 * vocabulary of this case (sanctions waivers, the Caesar Act) without touching any code.
 */
import { createStanceScorer, defaultLexicon, extendLexicon, targetAliases, timeline, type DatedScore } from '../src/index';

const lexicon = extendLexicon(defaultLexicon(), {
  name: 'eu-syria.json',
  cues: [
    { id: 'eng.sanctions-waiver', pattern: 'waive|waived|waiver|waivers _{0,4} sanction*|caesar', dimension: 'engagement', sign: 1, weight: 0.7, note: 'sanctions waivers for Syria' },
    { id: 'eng.reconstruction-conference', pattern: 'reconstruction|donor conference', dimension: 'engagement', sign: 1, weight: 0.6, note: 'pledging conferences with the new authorities' },
  ],
});
const scorer = createStanceScorer({ lexicon });
const aliases = targetAliases('HTS');

const news: readonly [string, string][] = [
  ['2024-12-10', 'The EU said it would not engage with HTS, which remains on its list of terrorist organisations.'],
  ['2024-12-20', 'EU envoys met Syria’s new authorities in Damascus for the first time.'],
  ['2025-01-27', 'EU foreign ministers agreed to ease sanctions on Syria’s new authorities step by step.'],
  ['2025-02-24', 'The EU suspended sanctions on energy and transport and promised to hold talks with the interim Syrian government.'],
  ['2025-03-17', 'Brussels hosted a donor conference with the new Syrian authorities, although recognition is not on the table.'],
];

const scored: DatedScore[] = news.map(([date, text]) => ({ date, text, actor: 'EU', target: 'HTS', quote: 'none' as const, ...scorer.score(text, { actor: 'EU', target: 'HTS', targetAliases: aliases }) }));
for (const s of scored) console.log(`${s.date}  E${s.engagement.label} R${s.recognition.label}  ${s.text}`);

const t = timeline(scored, { actor: 'EU', target: 'HTS', interval: 'month' });
console.log('\nEU toward HTS, by month:');
for (const p of t.points) console.log(`  ${p.period}  engagement ${p.engagement.mean === null ? '-' : p.engagement.mean.toFixed(2)}  phase: ${p.phase}`);
