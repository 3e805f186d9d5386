/**
 * Example 4: timelines, uncertainty, smoothing, change points and shifts on seeded synthetic data with known truth.
 *
 *   npx tsx examples/04-timeline-and-shifts.ts
 *
 * 1. A synthetic stance series (known change points, noisy statements, empty months) becomes scored statements.
 * 2. `timeline` buckets them by month: weighted means with intervals, a smoothed series, change points, shifts.
 * 3. The PELT penalty path shows how the answer depends on the penalty.
 * 4. Two partial timelines merge into exactly the single-run result.
 * 5. Precision and recall of both methods at several noise levels and gap densities (the table in docs/time.md).
 */
import { syntheticSeries } from '../src/changepoint/syntheticSeries';
import { syntheticStatements } from '../src/changepoint/syntheticStatements';
import { groupAtoms } from '../src/changepoint/groupAtoms';
import { estimateNoiseSd } from '../src/changepoint/estimateNoiseSd';
import { normalMeanCost } from '../src/changepoint/costs/normalMeanCost';
import { changePenalty } from '../src/changepoint/changePenalty';
import { penaltyPath } from '../src/changepoint/methods/penaltyPath';
import { measureDetection } from '../src/changepoint/measureDetection';
import { timeline } from '../src/stance/timeline';
import { timelinePartial } from '../src/stance/timelinePartial';
import { timelineMergePartials } from '../src/stance/timelineMergePartials';
import { timelineFromPartial } from '../src/stance/timelineFromPartial';

const fmt = (x: number | null): string => (x === null ? '   -  ' : (x >= 0 ? '+' : '') + x.toFixed(2));

// 1. Four years of monthly data: 48 months, 3 shifts of 0.5, statement noise 0.25 (SNR 2), 20% of months empty.
const series = syntheticSeries({ seed: 2021, periods: 48, changes: 3, snr: 2, emptyShare: 0.2 });
const statements = syntheticStatements(series, { start: '2021-01-01', interval: 'month', actor: 'Russia', target: 'Taliban' });
console.log(`${statements.length} statements over ${series.levels.length} months; true changes at months ${series.changePoints.join(', ')}`);

// 2. The timeline.
const t = timeline(statements, { actor: 'Russia', target: 'Taliban', interval: 'month' });
console.log('\nperiod    n   engagement [95% interval]   smoothed   true level');
t.points.forEach((p, i) => {
  const s = t.smoothed[i];
  const e = p.engagement;
  console.log(
    `${p.period}  ${String(p.n).padStart(2)}   ${fmt(e.mean)} [${fmt(e.lo)}, ${fmt(e.hi)}]     ${fmt(s?.engagement.mean ?? null)}     ${fmt(series.levels[i] ?? null)}`,
  );
});
console.log('\nChange points (engagement):');
for (const c of t.changePoints.filter((x) => x.dimension === 'engagement')) {
  console.log(`  ${c.method.padEnd(5)} ${c.date} (index ${c.index}, confidence ${c.confidence.toFixed(2)})`);
}
console.log('\nShifts:');
for (const s of t.shifts) console.log(`  ${s.summary}`);

// 3. The penalty path: every optimal segmentation between a quarter and four times the MBIC penalty.
const { atoms } = groupAtoms(series.observations, { time: (o) => o.period, value: (o) => o.value });
const cost = normalMeanCost(atoms, { sd: estimateNoiseSd(atoms) });
const mbic = changePenalty('mbic', cost.observations);
console.log(`\nPenalty path (MBIC = ${mbic.toFixed(1)}):`);
for (const e of penaltyPath(cost, { min: mbic / 4, max: mbic * 4 })) {
  console.log(`  penalty ${e.penaltyFrom.toFixed(1).padStart(6)} to ${e.penaltyTo.toFixed(1).padStart(6)}: ${e.changePoints.length} changes at atoms [${e.changePoints.join(', ')}]`);
}

// 4. Partitions merge exactly.
const half = statements.length >> 1;
const options = { actor: 'Russia', target: 'Taliban', interval: 'month' } as const;
const merged = timelineFromPartial(timelineMergePartials([timelinePartial(statements.slice(half), options), timelinePartial(statements.slice(0, half), options)]));
console.log(`\nMerged partials equal the single run: ${JSON.stringify(merged) === JSON.stringify(t)}`);

// 5. Accuracy table: 100 seeded series of 60 months, 4 changes, 1-5 statements per non-empty month, margin ±1 month.
const seeds = Array.from({ length: 100 }, (_, i) => i + 1);
console.log('\nPrecision / recall within ±1 period (100 series each)');
console.log('SNR   empty   PELT (MBIC)     BOCPD');
for (const snr of [1, 1.5, 2, 3, 4]) {
  for (const emptyShare of [0, 0.2, 0.4]) {
    const cell = (method: 'pelt' | 'bocpd'): string => {
      const s = measureDetection({ method, seeds, snr, emptyShare });
      return `${s.precision.toFixed(2)} / ${s.recall.toFixed(2)}`;
    };
    console.log(`${snr.toFixed(1).padEnd(5)} ${`${emptyShare * 100}%`.padEnd(7)} ${cell('pelt').padEnd(15)} ${cell('bocpd')}`);
  }
}
