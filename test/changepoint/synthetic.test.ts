import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticSeries, type SyntheticSeriesOptions } from '../../src/changepoint/syntheticSeries';
import { syntheticStatements } from '../../src/changepoint/syntheticStatements';
import { seededRandom } from '../../src/changepoint/seededRandom';
import { changePointMetrics, changePointScores } from '../../src/changepoint/changePointMetrics';
import { measureDetection } from '../../src/changepoint/measureDetection';
import { groupAtoms } from '../../src/changepoint/groupAtoms';
import { detectChangePoints } from '../../src/changepoint/detectChangePoints';
import { InvalidOptionError } from '../../src/errors';

const FIXTURES = join(__dirname, 'fixtures');

describe('seededRandom', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('syntheticSeries', () => {
  it('has the requested structure', () => {
    const s = syntheticSeries({ seed: 7, periods: 60, changes: 4, minGap: 8, emptyShare: 0.2 });
    expect(s.levels).toHaveLength(60);
    expect(s.changePoints).toHaveLength(4);
    expect(s.empty.filter(Boolean)).toHaveLength(12);
    // changes at least minGap apart and from both ends
    const cps = [0, ...s.changePoints, 60];
    cps.slice(1).forEach((c, i) => expect(c - (cps[i] as number)).toBeGreaterThanOrEqual(8));
    // the level changes exactly at the change points, by the shift size
    s.levels.forEach((l, p) => {
      if (p === 0) return;
      const jump = Math.abs(l - (s.levels[p - 1] as number));
      if (s.changePoints.includes(p)) expect(jump).toBeCloseTo(0.5, 12);
      else expect(jump).toBe(0);
    });
    // no statement in an empty period; every other period has 1..5
    for (const [p, isEmpty] of s.empty.entries()) {
      const k = s.observations.filter((o) => o.period === p).length;
      if (isEmpty) expect(k).toBe(0);
      else expect(k >= 1 && k <= 5).toBe(true);
    }
    for (const o of s.observations) expect(Math.abs(o.value)).toBeLessThanOrEqual(1);
  });

  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.json')))('reproduces the shipped fixture %s byte for byte', (file) => {
    const fixture = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { options: SyntheticSeriesOptions; series: unknown };
    expect(JSON.parse(JSON.stringify(syntheticSeries(fixture.options)))).toEqual(fixture.series);
  });

  it.each([
    [{ seed: 1.5 }, 'seed'],
    [{ seed: 1, periods: 1 }, 'periods'],
    [{ seed: 1, snr: 0 }, 'snr'],
    [{ seed: 1, emptyShare: 1 }, 'emptyShare'],
    [{ seed: 1, shift: 2 }, 'shift'],
    [{ seed: 1, periods: 20, changes: 4, minGap: 8 }, 'changes'],
  ])('rejects %j naming %s', (options, name) => {
    expect(() => syntheticSeries(options)).toThrow(InvalidOptionError);
    expect(() => syntheticSeries(options)).toThrow(name);
  });

  it('turns into scored statements dated in their periods', () => {
    const s = syntheticSeries({ seed: 1, periods: 20, changes: 1 });
    const st = syntheticStatements(s, { start: '2021-08-18', interval: 'month', dimension: 'recognition' });
    expect(st).toHaveLength(s.observations.length);
    expect((st[0]?.date ?? '').slice(0, 7) >= '2021-08').toBe(true);
    expect(st.every((x) => x.engagement.label === 0 && x.recognition.label !== 0)).toBe(true);
  });
});

describe('changePointMetrics', () => {
  const metricCases: [number[], (number | [number, number])[], number, [number, number, number], string][] = [
    [[10, 30], [11, 20, 30], 1, [2, 1, 0], 'one found change is 10 away from any truth'],
    [[10, 30], [12], 1, [0, 1, 2], 'two periods off is a miss and a false alarm'],
    [[10, 30], [12], 2, [1, 0, 1], 'within a margin of 2'],
    [[10], [9, 11], 1, [1, 1, 0], 'two found changes cannot both claim one true change'],
    [[11], [[12, 14]], 1, [1, 0, 0], 'a range across a gap matches within the margin of its start'],
    [[13], [[12, 14]], 0, [1, 0, 0], 'a true change inside the range matches with no margin'],
    [[10], [[12, 14]], 1, [0, 1, 1], 'two before the range is a miss'],
    [[], [], 1, [0, 0, 0], 'nothing to find, nothing found'],
  ];
  it.each(metricCases)('truth %j, found %j, margin %d: TP/FP/FN %j (%s)', (truth, found, margin, [tp, fp, fn]) => {
    const s = changePointMetrics(truth, found, { margin });
    expect([s.truePositives, s.falsePositives, s.falseNegatives]).toEqual([tp, fp, fn]);
  });

  it('precision and recall are 1 with nothing to report and nothing missed (never NaN)', () => {
    expect(changePointScores(0, 0, 0)).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1, f1: 1 });
    expect(changePointScores(0, 2, 2).f1).toBe(0);
  });
});

describe('accuracy on synthetic series', () => {
  const seeds = Array.from({ length: 100 }, (_, i) => i + 1);

  // The acceptance criterion of the change-point methods (docs/time.md has the full table).
  it.each(['pelt', 'bocpd'] as const)('%s: precision and recall >= 0.9 within ±1 period at SNR 2 with 20%% of periods empty', (method) => {
    const s = measureDetection({ method, seeds, snr: 2, emptyShare: 0.2 });
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['pelt', 'bocpd'] as const)('%s gets the easy fixture exactly right', (method) => {
    const fixture = JSON.parse(readFileSync(join(FIXTURES, 'synthetic-snr4-empty0-seed3.json'), 'utf8')) as {
      series: { changePoints: number[]; observations: { period: number; value: number }[] };
    };
    const { times, atoms } = groupAtoms(fixture.series.observations, { time: (o) => o.period, value: (o) => o.value });
    const found = detectChangePoints(atoms, { method }).changes.map((c) => times[c.index]);
    expect(found).toEqual(fixture.series.changePoints);
  });

  it('accuracy falls as the noise grows (the measure is sensitive, not a constant)', () => {
    const easy = measureDetection({ method: 'pelt', seeds: seeds.slice(0, 30), snr: 4, emptyShare: 0.2 });
    const hard = measureDetection({ method: 'pelt', seeds: seeds.slice(0, 30), snr: 1, emptyShare: 0.2 });
    expect(hard.recall).toBeLessThan(easy.recall - 0.3);
  });
});
