import fc from 'fast-check';
import { bocpd } from '../../src/changepoint/methods/bocpd';
import { detectChangePoints } from '../../src/changepoint/detectChangePoints';
import { estimateNoiseSd } from '../../src/changepoint/estimateNoiseSd';
import { groupAtoms } from '../../src/changepoint/groupAtoms';
import { changePointsByDate } from '../../src/changepoint/changePointsByDate';
import { InsufficientDataError, InvalidOptionError } from '../../src/errors';
import { atom, atomOf } from './helpers';

describe('bocpd', () => {
  it('puts nearly all the probability of a clean step on its first atom', () => {
    const r = bocpd([0, 0, 0, 0, 1, 1, 1, 1].map(atom), { sd: 0.1, lag: 2 });
    expect(r.probability[4]).toBeGreaterThan(0.98);
    for (const i of [1, 2, 3, 5, 6, 7]) expect(r.probability[i]).toBeLessThan(0.05);
    expect(r.probability[0]).toBe(0);
    expect(r.runLength).toEqual([1, 2, 3, 4, 1, 2, 3, 4]);
  });

  it('two atoms, hand-computed: P(new run at atom 1) = H·p0(x1) / (H·p0(x1) + (1 − H)·p1(x1))', () => {
    // prior N(0, 1), sd 1, H = 1/2. p1 is the predictive after one observation x0 = 0: N(0, 1/2 + 1);
    // p0 is the prior predictive N(0, 1 + 1). With x1 = 2: p0 ∝ e^{−1}/√2, p1 ∝ e^{−4/3}/√1.5.
    const p0 = Math.exp(-4 / 4) / Math.sqrt(2 * Math.PI * 2);
    const p1 = Math.exp(-4 / 3) / Math.sqrt(2 * Math.PI * 1.5);
    const r = bocpd([atom(0), atom(2)], { sd: 1, priorSd: 1, priorMean: 0, expectedRun: 2, lag: 0 });
    expect(r.probability[1]).toBeCloseTo(p0 / (p0 + p1), 12);
  });

  it('an atom of several observations counts as their mean with variance sd²/W', () => {
    const many = bocpd([atomOf([0, 0]), atomOf([1, 1])], { sd: 1, priorSd: 1, priorMean: 0, expectedRun: 2, lag: 0 });
    const one = bocpd([{ n: 1, w: 2, wx: 0, wxx: 0 }, { n: 1, w: 2, wx: 2, wxx: 2 }], { sd: 1, priorSd: 1, priorMean: 0, expectedRun: 2, lag: 0 });
    expect(many.probability).toEqual(one.probability);
  });

  it('probabilities stay in [0, 1] and the window mass is at least the point probability', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2, maxLength: 40 }), (xs) => {
        const r = bocpd(xs.map(atom), { sd: 0.3 });
        r.probability.forEach((p, i) => {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1 + 1e-12);
          expect(r.windowMass[i] as number).toBeGreaterThanOrEqual(p - 1e-12);
        });
      }),
    );
  });

  it.each([
    [{ sd: 0 }, 'sd'],
    [{ sd: 1, expectedRun: 1 }, 'expectedRun'],
    [{ sd: 1, priorSd: -1 }, 'priorSd'],
    [{ sd: 1, lag: -1 }, 'lag'],
    [{ sd: 1, priorMean: Number.NaN }, 'priorMean'],
  ])('rejects %j naming %s', (options, name) => {
    expect(() => bocpd([0, 1, 2].map(atom), options)).toThrow(InvalidOptionError);
    expect(() => bocpd([0, 1, 2].map(atom), options)).toThrow(name);
  });

  it('needs two atoms', () => {
    expect(() => bocpd([atom(0)], { sd: 1 })).toThrow(InsufficientDataError);
  });
});

describe('estimateNoiseSd', () => {
  it('uses the pooled variance within atoms when they hold enough observations', () => {
    // 11 atoms of (i − 0.1, i + 0.1): within RSS 0.02 each, df 1 each → variance 0.02, sd √0.02 = 0.1414,
    // however far the level moves between atoms (here by 1 each time)
    const atoms = Array.from({ length: 11 }, (_, i) => atomOf([i - 0.1, i + 0.1]));
    expect(estimateNoiseSd(atoms)).toBeCloseTo(Math.sqrt(0.02), 9);
  });

  it('otherwise, the scaled MAD of standardised consecutive differences', () => {
    // differences 0.1, 0.2, −0.1, 0.3, divided by √2; median 0.15/√2; absolute deviations 0.05, 0.05, 0.25, 0.15 (/√2)
    // → MAD 0.1/√2 → sd 1.4826·0.0707 = 0.10484
    expect(estimateNoiseSd([0, 0.1, 0.3, 0.2, 0.5].map(atom))).toBeCloseTo((1.482602218505602 * 0.1) / Math.SQRT2, 12);
  });

  it('is floored for a constant series', () => {
    expect(estimateNoiseSd([1, 1, 1, 1].map(atom))).toBe(0.01);
  });

  it('needs three atoms', () => {
    expect(() => estimateNoiseSd([atom(0), atom(1)])).toThrow(InsufficientDataError);
  });
});

describe('groupAtoms', () => {
  it('groups irregular statement-level data by time, in time order, independent of input order', () => {
    const items = [
      { t: 20, x: 1 },
      { t: 3, x: 0.5 },
      { t: 20, x: 0 },
      { t: 7, x: null },
    ];
    const opts = { time: (d: (typeof items)[number]) => d.t, value: (d: (typeof items)[number]) => d.x };
    const g = groupAtoms(items, opts);
    expect(g).toEqual({ times: [3, 20], atoms: [atom(0.5), { n: 2, w: 2, wx: 1, wxx: 1 }] });
    expect(groupAtoms([...items].reverse(), opts)).toEqual(g);
  });

  it('rejects a non-positive weight', () => {
    expect(() => groupAtoms([1], { time: () => 0, value: () => 0, weight: () => 0 })).toThrow(InvalidOptionError);
  });
});

describe('detectChangePoints', () => {
  const series = [0, 0.1, -0.1, 0, 0.05, 1, 0.9, 1.1, 1, 0.95].map(atom);

  it.each(['pelt', 'bocpd'] as const)('%s finds the one step, with a confidence in [0, 1]', (method) => {
    const r = detectChangePoints(series, { method });
    expect(r.changes.map((c) => c.index)).toEqual([5]);
    expect(r.changes[0]?.confidence).toBeGreaterThan(0.5);
    expect(r.changes[0]?.confidence).toBeLessThanOrEqual(1);
  });

  it.each(['pelt', 'bocpd'] as const)('%s finds nothing in a flat noisy series', (method) => {
    const flat = [0.05, -0.02, 0.01, -0.04, 0.03, 0, -0.01, 0.02, -0.03, 0.04].map(atom);
    expect(detectChangePoints(flat, { method }).changes).toEqual([]);
  });

  it('PELT reports its penalty (MBIC by default) and BOCPD its per-atom probabilities', () => {
    const p = detectChangePoints(series, { method: 'pelt' });
    expect(p.penalty).toBeCloseTo(3 * Math.log(10), 12);
    expect(p.probability).toBeNull();
    const b = detectChangePoints(series, { method: 'bocpd' });
    expect(b.penalty).toBeNull();
    expect(b.probability).toHaveLength(10);
  });

  it('works on irregular statement-level data through groupAtoms', () => {
    const days = [1, 2, 5, 9, 10, 30, 31, 33, 40, 41, 44];
    const values = [0, 0.1, -0.1, 0, 0.05, -0.05, 0.8, 0.9, 0.85, 0.95, 0.9];
    const { times, atoms } = groupAtoms(days.map((d, i) => ({ d, x: values[i] as number })), { time: (o) => o.d, value: (o) => o.x });
    const found = detectChangePoints(atoms, { method: 'pelt' }).changes.map((c) => times[c.index]);
    expect(found).toEqual([31]);
  });

  it('too few atoms: InsufficientDataError saying how many are needed', () => {
    expect(() => detectChangePoints([atom(0), atom(1)], { method: 'pelt' })).toThrow(/at least 3 time points/);
    expect(() => detectChangePoints([0, 1, 0].map(atom), { method: 'pelt' })).toThrow(/at least 4 time points/);
  });

  it.each([
    [{ method: 'cusum' }, 'method'],
    [{ method: 'pelt', sd: -1 }, 'sd'],
    [{ method: 'bocpd', threshold: 0 }, 'threshold'],
    [{ method: 'pelt', penalty: 'aic' }, 'penalty'],
  ])('rejects %j naming %s', (options, name) => {
    expect(() => detectChangePoints(series, options as never)).toThrow(InvalidOptionError);
    expect(() => detectChangePoints(series, options as never)).toThrow(name);
  });
});

describe('changePointsByDate (statement level, no bucketing)', () => {
  const dated = [
    ['2021-08-02', -0.7],
    ['2021-08-09', -0.8],
    ['2021-08-09', -0.75],
    ['2021-08-30', -0.65],
    ['2021-09-14', -0.8],
    ['2021-09-28', -0.7],
    ['2021-10-04', 0.6],
    ['2021-10-05', 0.7],
    ['2021-10-20', 0.65],
    ['2021-11-02', 0.75],
    ['2021-11-30', 0.6],
  ] as const;

  it.each(['pelt', 'bocpd'] as const)('%s dates the change between the last date before and the first after', (method) => {
    const found = changePointsByDate(dated, { method, dimension: 'engagement', date: (d) => d[0], value: (d) => d[1] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ dimension: 'engagement', method, date: '2021-10-04', dateRange: { start: '2021-09-28', end: '2021-10-04' } });
    expect(found[0]?.index).toBeUndefined();
  });

  it('rejects a bad date', () => {
    expect(() => changePointsByDate([['2021-02-30', 1]] as const, { method: 'pelt', dimension: 'threat', date: (d) => d[0], value: (d) => d[1] })).toThrow(InvalidOptionError);
  });
});
