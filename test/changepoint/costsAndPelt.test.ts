import fc from 'fast-check';
import { normalMeanCost } from '../../src/changepoint/costs/normalMeanCost';
import { pelt } from '../../src/changepoint/methods/pelt';
import { penaltyPath } from '../../src/changepoint/methods/penaltyPath';
import { changePenalty } from '../../src/changepoint/changePenalty';
import type { SegmentCost } from '../../src/changepoint/costs/SegmentCost';
import { InsufficientDataError, InvalidOptionError } from '../../src/errors';
import { atom, atomOf } from './helpers';

/** Exhaustive optimal partitioning (O(n²) dynamic programme without pruning), the reference PELT must match. */
function bruteForce(cost: SegmentCost, penalty: number, minSize: number): number {
  const n = cost.size;
  const best = [-penalty];
  for (let t = 1; t <= n; t++) {
    let v = Infinity;
    for (let s = 0; s <= t - minSize; s++) {
      if (s !== 0 && s < minSize) continue;
      v = Math.min(v, (best[s] as number) + cost.cost(s, t) + penalty);
    }
    best.push(v);
  }
  return best[n] as number;
}

describe('normalMeanCost', () => {
  it.each([
    [[0, 0, 1, 1], 1, 0, 4, 1, 'four points, mean 0.5, squared deviations 4 × 0.25'],
    [[0, 0, 1, 1], 1, 0, 2, 0, 'a constant segment costs nothing'],
    [[0, 2], 2, 0, 2, 0.5, 'RSS 2 divided by sd² 4'],
    [[5], 1, 0, 1, 0, 'one point'],
  ])('%j, sd %d, [%d, %d) costs %d (%s)', (xs, sd, start, end, expected) => {
    expect(normalMeanCost(xs.map(atom), { sd }).cost(start, end)).toBeCloseTo(expected, 12);
  });

  it('weights an atom of several observations by its count', () => {
    // [0, 0] then [1]: mean 1/3, RSS 2·(1/9) + (4/9) = 2/3
    expect(normalMeanCost([atomOf([0, 0]), atom(1)], { sd: 1 }).cost(0, 2)).toBeCloseTo(2 / 3, 12);
    expect(normalMeanCost([atomOf([0, 0]), atom(1)], { sd: 1 }).observations).toBe(3);
  });

  it('rejects a non-positive sd', () => {
    expect(() => normalMeanCost([atom(0)], { sd: 0 })).toThrow(InvalidOptionError);
  });
});

describe('changePenalty', () => {
  it.each([
    ['bic' as const, 100, 2 * Math.log(100)],
    ['mbic' as const, 100, 3 * Math.log(100)],
    [7.5, 100, 7.5],
  ])('%s for %d observations is %d', (rule, n, expected) => {
    expect(changePenalty(rule, n)).toBeCloseTo(expected, 12);
  });

  it.each([[-1], [Number.NaN], ['aic']])('rejects %j', (rule) => {
    expect(() => changePenalty(rule as never, 10)).toThrow(InvalidOptionError);
  });
});

describe('pelt', () => {
  it('finds a clean step', () => {
    const r = pelt(normalMeanCost([0, 0, 0, 1, 1, 1].map(atom), { sd: 0.1 }), { penalty: 5 });
    // no-change cost = 6·0.25 / 0.01 = 150 > one change (0) + penalty 5
    expect(r.changePoints).toEqual([3]);
    expect(r.cost).toBe(0);
    expect(r.penalised).toBe(5);
  });

  it('a penalty larger than the gain keeps one segment', () => {
    expect(pelt(normalMeanCost([0, 0, 0, 1, 1, 1].map(atom), { sd: 0.1 }), { penalty: 151 }).changePoints).toEqual([]);
  });

  it('respects the minimum segment size', () => {
    // a one-point spike cannot be its own segment with minSize 2
    const r = pelt(normalMeanCost([0, 0, 0, 5, 0, 0, 0].map(atom), { sd: 0.1 }), { penalty: 1, minSize: 2 });
    for (const [i, cp] of r.changePoints.entries()) expect(cp - (r.changePoints[i - 1] ?? 0)).toBeGreaterThanOrEqual(2);
    expect(7 - (r.changePoints[r.changePoints.length - 1] ?? 0)).toBeGreaterThanOrEqual(2);
  });

  it('regression: pruning waits minSize atoms (a pruned start can still end a segment before then)', () => {
    const xs = [0, 0, 0, -0.66, 0, 0, -0.41, 0, 0, 1, 0.01, 0, 0];
    const cost = normalMeanCost(xs.map(atom), { sd: 0.2 });
    expect(pelt(cost, { penalty: 0.5 }).penalised).toBeCloseTo(bruteForce(cost, 0.5, 2), 9);
  });

  it('matches exhaustive optimal partitioning (pruning loses nothing)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 4, maxLength: 25 }),
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        fc.integer({ min: 1, max: 3 }),
        (xs, penalty, minSize) => {
          fc.pre(xs.length >= 2 * minSize);
          const cost = normalMeanCost(xs.map(atom), { sd: 0.3 });
          expect(pelt(cost, { penalty, minSize }).penalised).toBeCloseTo(bruteForce(cost, penalty, minSize), 9);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('too few atoms: a typed error saying how many are needed', () => {
    const run = () => pelt(normalMeanCost([0, 1, 2].map(atom), { sd: 1 }), { penalty: 1, minSize: 2 });
    expect(run).toThrow(InsufficientDataError);
    expect(run).toThrow('at least 4 time points');
    try {
      run();
    } catch (e) {
      expect((e as InsufficientDataError).needed).toBe(4);
      expect((e as InsufficientDataError).got).toBe(3);
    }
  });

  it.each([
    [{ penalty: -1 }, 'penalty'],
    [{ penalty: 1, minSize: 0 }, 'minSize'],
    [{ penalty: 1, minSize: 1.5 }, 'minSize'],
  ])('rejects %j naming %s', (options, name) => {
    expect(() => pelt(normalMeanCost([0, 1, 2, 3].map(atom), { sd: 1 }), options)).toThrow(name);
  });
});

describe('penaltyPath (CROPS)', () => {
  const cost = normalMeanCost([0, 0, 0, 1, 1, 1, 3, 3, 3].map(atom), { sd: 0.1 });

  it('lists every optimal segmentation with its penalty range', () => {
    const path = penaltyPath(cost, { min: 1, max: 10_000 });
    // Hand computation (sd² = 0.01): one change at 6 leaves RSS 1.5 → cost 150; none: RSS 14 → 1400.
    // Two changes (cost 0) beat one for penalties below 150; one beats none below 1400 − 150 = 1250.
    expect(path.map((e) => e.changePoints)).toEqual([[3, 6], [6], []]);
    expect(path[0]?.penaltyTo).toBeCloseTo(150, 9);
    expect(path[1]?.penaltyTo).toBeCloseTo(1250, 9);
    expect(path[0]?.penaltyFrom).toBe(1);
    expect(path[2]?.penaltyTo).toBe(10_000);
  });

  it('agrees with PELT inside each range', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 6, maxLength: 20 }), (xs) => {
        const c = normalMeanCost(xs.map(atom), { sd: 0.2 });
        for (const e of penaltyPath(c, { min: 0.5, max: 200 })) {
          if (e.penaltyTo - e.penaltyFrom < 1e-6) continue;
          const mid = Math.sqrt(e.penaltyFrom * e.penaltyTo);
          expect(pelt(c, { penalty: mid }).changePoints.length).toBe(e.changePoints.length);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('rejects max <= min', () => {
    expect(() => penaltyPath(cost, { min: 5, max: 5 })).toThrow(InvalidOptionError);
  });
});
