import { localLevelSmoother } from '../../src/series/localLevelSmoother';
import { InvalidOptionError } from '../../src/errors';

describe('localLevelSmoother', () => {
  it('one observation: the posterior of a normal prior and a normal observation', () => {
    // prior N(0, 1), observation 0.5 with variance 1: posterior mean 0.25, variance 0.5
    const out = localLevelSmoother([{ mean: 0.5, variance: 1 }], { levelVariance: 0.1, bounds: null });
    expect(out.levels[0]?.mean).toBeCloseTo(0.25, 12);
    expect(out.levels[0]?.variance).toBeCloseTo(0.5, 12);
    expect(out.levels[0]?.lo).toBeCloseTo(0.25 - 1.959963985 * Math.sqrt(0.5), 8);
  });

  it('a gap gets a level between its neighbours and a wider interval than them', () => {
    const out = localLevelSmoother([{ mean: 0.2, variance: 0.01 }, null, { mean: 0.6, variance: 0.01 }], { levelVariance: 0.04, bounds: null });
    const [a, gap, b] = out.levels;
    expect(gap?.mean).toBeGreaterThan(a?.mean as number);
    expect(gap?.mean).toBeLessThan(b?.mean as number);
    expect(gap?.variance).toBeGreaterThan(a?.variance as number);
    expect(gap?.variance).toBeGreaterThan(b?.variance as number);
    // By symmetry of the two observations around the gap (equal R, equal q on each side, and a prior too weak to matter much)
    expect(gap?.mean).toBeCloseTo(0.4, 2);
  });

  it('hand-computed two-step filter and smoother', () => {
    // prior N(0, 1); q = 1; R = 1 at both steps; y = (1, 3)
    // t0: P = 1, K = 0.5, a = 0.5, P = 0.5.  t1: P- = 1.5, K = 0.6, a = 0.5 + 0.6·2.5 = 2, P = 0.6
    // smoother t0: C = 0.5 / 1.5 = 1/3, a = 0.5 + (2 − 0.5)/3 = 1, P = 0.5 + (0.6 − 1.5)/9 = 0.4
    const out = localLevelSmoother([{ mean: 1, variance: 1 }, { mean: 3, variance: 1 }], { levelVariance: 1, bounds: null });
    expect(out.levels[1]?.mean).toBeCloseTo(2, 12);
    expect(out.levels[1]?.variance).toBeCloseTo(0.6, 12);
    expect(out.levels[0]?.mean).toBeCloseTo(1, 12);
    expect(out.levels[0]?.variance).toBeCloseTo(0.4, 12);
  });

  it('picks the level variance with the largest likelihood from the grid', () => {
    const steady = localLevelSmoother(Array.from({ length: 20 }, (_, i) => ({ mean: i % 2 === 0 ? 0.1 : -0.1, variance: 0.04 })));
    const drifting = localLevelSmoother(Array.from({ length: 20 }, (_, i) => ({ mean: -0.9 + 0.09 * i, variance: 0.0001 })));
    expect(steady.levelVariance).toBeLessThan(drifting.levelVariance);
  });

  it('all gaps: no level anywhere (null, not NaN)', () => {
    expect(localLevelSmoother([null, null]).levels).toEqual([null, null]);
  });

  it.each([
    [{ levelVariance: -1 }, 'levelVariance'],
    [{ priorVariance: 0 }, 'priorVariance'],
    [{ level: 2 }, 'level'],
  ])('rejects %j naming %s', (options, name) => {
    expect(() => localLevelSmoother([{ mean: 0, variance: 1 }], options)).toThrow(InvalidOptionError);
    expect(() => localLevelSmoother([{ mean: 0, variance: 1 }], options)).toThrow(name);
  });

  it('rejects an observation without a positive variance', () => {
    expect(() => localLevelSmoother([{ mean: 0, variance: 0 }])).toThrow('observations');
  });
});
