import fc from 'fast-check';
import { EMPTY_MOMENTS, addMoment, mergeMoments, momentValues, removeMoment, subtractMoments, type WeightedMoments } from '../../src/series/WeightedMoments';
import { weightedEstimate } from '../../src/series/weightedEstimate';
import { InvalidOptionError } from '../../src/errors';

const build = (obs: readonly (readonly [number, number])[]): WeightedMoments => obs.reduce((m, [x, w]) => addMoment(m, x, w), EMPTY_MOMENTS);

describe('WeightedMoments', () => {
  it('keeps count, Σw, Σwx, Σwx² and Σw²', () => {
    // (0.5, w 2) and (-1, w 0.5): Σw 2.5, Σwx 1 − 0.5 = 0.5, Σwx² 0.5 + 0.5 = 1, Σw² 4.25
    expect(momentValues(build([[0.5, 2], [-1, 0.5]]))).toEqual({ n: 2, w: 2.5, wx: 0.5, wxx: 1, ww: 4.25 });
  });

  it('removing an observation is exact', () => {
    const m = build([[0.1, 0.6], [0.7, 0.8]]);
    expect(momentValues(removeMoment(addMoment(m, 0.3, 1), 0.3, 1))).toEqual(momentValues(m));
  });

  it('subtracting a subset gives the statistics of the rest', () => {
    const a = build([[0.1, 0.6]]);
    const b = build([[0.7, 0.8], [-0.2, 1]]);
    expect(momentValues(subtractMoments(mergeMoments(a, b), b))).toEqual(momentValues(a));
  });
});

describe('weightedEstimate', () => {
  it('one statement: the prior spread, t with 1 df, clipped to [-1, 1]', () => {
    const e = weightedEstimate(build([[0.3, 1]]));
    // n_eff 1, no sample df: s* = 0.5, se = 0.5, df = 1, half width 12.7·0.5 > 1.3
    expect(e).toMatchObject({ mean: 0.3, lo: -1, hi: 1, n: 1, weight: 1, effectiveN: 1, se: 0.5, df: 1 });
  });

  it('two statements, equal weights: hand-computed interval', () => {
    const e = weightedEstimate(build([[0.5, 1], [1, 1]]));
    // mean 0.75; s² = (1.25 − 1.5²/2) / (2 − 2/2) = 0.125; pooled (0.25 + 0.125) / 2 = 0.1875;
    // se = √(0.1875 / 2) = 0.30619; t(0.975; 2) = 4.30265; lo = 0.75 − 1.31743
    expect(e.mean).toBe(0.75);
    expect(e.df).toBe(2);
    expect(e.se).toBeCloseTo(0.306186218, 8);
    expect(e.lo).toBeCloseTo(-0.567412966, 8);
    expect(e.hi).toBe(1);
  });

  it('unequal weights: weighted mean and Kish effective size', () => {
    // x = (1, 0, 0) with w = (2, 1, 1): mean 2/4 = 0.5, n_eff 16/6 = 2.667
    const e = weightedEstimate(build([[1, 2], [0, 1], [0, 1]]), { bounds: null });
    expect(e.mean).toBe(0.5);
    expect(e.effectiveN).toBeCloseTo(8 / 3, 12);
    // s² = (2 − 4/4) / (4 − 6/4) = 0.4; df = 1 + 5/3; pooled = (0.25 + (5/3)·0.4) / (8/3) = 0.34375
    expect(e.df).toBeCloseTo(8 / 3, 12);
    expect(e.se).toBeCloseTo(Math.sqrt(0.34375 / (8 / 3)), 12);
  });

  it('an empty period has null estimates, never NaN', () => {
    expect(weightedEstimate(EMPTY_MOMENTS)).toEqual({ mean: null, lo: null, hi: null, n: 0, weight: 0, effectiveN: 0, se: null, df: null });
  });

  it('a wider level gives a wider interval', () => {
    const m = build([[0.1, 1], [0.3, 1], [0.2, 1], [0.4, 1]]);
    const narrow = weightedEstimate(m, { level: 0.8 });
    const wide = weightedEstimate(m, { level: 0.99 });
    expect((wide.hi as number) - (wide.lo as number)).toBeGreaterThan((narrow.hi as number) - (narrow.lo as number));
  });

  const obs = fc.array(fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0.05, max: 2, noNaN: true })), { minLength: 1, maxLength: 30 });

  it('the interval always contains the estimate and stays within [-1, 1]', () => {
    fc.assert(
      fc.property(obs, fc.double({ min: 0.5, max: 0.999, noNaN: true }), (o, level) => {
        const e = weightedEstimate(build(o), { level });
        expect(e.lo as number).toBeLessThanOrEqual(e.mean as number);
        expect(e.hi as number).toBeGreaterThanOrEqual(e.mean as number);
        expect(e.lo as number).toBeGreaterThanOrEqual(-1);
        expect(e.hi as number).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('does not depend on the order of the statements', () => {
    fc.assert(
      fc.property(obs, (o) => {
        expect(weightedEstimate(build([...o].reverse()))).toEqual(weightedEstimate(build(o)));
      }),
    );
  });

  it('merging two halves gives the estimate of the whole, exactly', () => {
    fc.assert(
      fc.property(obs, fc.nat(), (o, cut) => {
        const k = cut % (o.length + 1);
        expect(weightedEstimate(mergeMoments(build(o.slice(k)), build(o.slice(0, k))))).toEqual(weightedEstimate(build(o)));
      }),
    );
  });

  it.each([
    [{ level: 1 }, 'level'],
    [{ level: 0 }, 'level'],
    [{ priorSd: 0 }, 'priorSd'],
    [{ priorDf: -1 }, 'priorDf'],
    [{ bounds: [1, -1] as const }, 'bounds'],
  ])('rejects %j naming %s', (options, name) => {
    expect(() => weightedEstimate(build([[0, 1]]), options)).toThrow(InvalidOptionError);
    expect(() => weightedEstimate(build([[0, 1]]), options)).toThrow(name);
  });
});
